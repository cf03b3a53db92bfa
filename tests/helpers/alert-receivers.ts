import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from './free-port';

/** An SMTP sink on loopback (plain, AUTH required): every accepted message, parsed by mailparser. */
export interface SmtpSink {
  port: number;
  user: string;
  password: string;
  mails: ParsedMail[];
  /** The ALERT_SMTP_URL reaching it. */
  url: string;
  stop(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const port = await freePort();
  const user = 'alerts@sink.test';
  const password = 'sink-password';
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, cb) {
      if (auth.username === user && auth.password === password) cb(null, { user });
      else cb(new Error('Invalid username or password'));
    },
    onData(stream, _session, cb) {
      simpleParser(stream)
        .then((m) => {
          mails.push(m);
          cb();
        })
        .catch(cb);
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port,
    user,
    password,
    mails,
    url: `smtp://${encodeURIComponent(user)}:${password}@127.0.0.1:${port}?tls=off`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** One request a receiver got. */
export interface Received {
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A `node:http` webhook receiver on 127.0.0.1. Each path answers by its script: `/flaky` 500, 500,
 * then 204; `/hang` never answers; `/redirect` 302 to the metadata address 169.254.169.254;
 * `/fail` always 500; anything else 204. Every request is recorded with its headers and body.
 */
export interface Receiver {
  base: string;
  received: Received[];
  on(path: string): Received[];
  stop(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  const seen = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      received.push({ path: url.pathname, query: url.searchParams, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const n = (seen.get(url.pathname) ?? 0) + 1;
      seen.set(url.pathname, n);
      if (url.pathname.startsWith('/hang')) return; // never answers
      if (url.pathname.startsWith('/redirect')) {
        res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
        return;
      }
      if (url.pathname.startsWith('/fail')) return void res.writeHead(500).end('boom');
      if (url.pathname.startsWith('/flaky') && n <= 2) return void res.writeHead(500).end('not yet');
      res.writeHead(204).end();
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${port}`,
    received,
    on: (path) => received.filter((r) => r.path === path),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
