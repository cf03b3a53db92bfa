import { describe, expect, test } from 'vitest';
import { startupErrorLines } from '@/server/startup-error';

describe('start-up errors say what to fix', () => {
  test('the message of each error along the chain, with the hint of known codes', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5999'), { code: 'ECONNREFUSED' });
    const e = new Error(
      'Could not connect to the PostgreSQL server in DATABASE_URL (postgres://omni:***@127.0.0.1:5999/omni). Check that it runs and the URL is right.',
      { cause: refused },
    );
    const lines = startupErrorLines(e).join('\n');
    expect(lines).toContain('Could not connect to the PostgreSQL server in DATABASE_URL (postgres://omni:***@127.0.0.1:5999/omni)');
    expect(lines).toContain('caused by Error(ECONNREFUSED): connect ECONNREFUSED 127.0.0.1:5999');
    expect(lines).toContain('hint: nothing listens at that host and port');
  });

  test('the embedded database held by another process names it', () => {
    const e = new Error(
      'The embedded database in /srv/data is in use by process 4242. Stop that process first, or point DATABASE_URL at a PostgreSQL server to share one database between processes.',
    );
    expect(startupErrorLines(e)[0]).toContain('in use by process 4242. Stop that process first');
  });

  test('a failed statement’s text and parameters are not logged', () => {
    const q = Object.assign(new Error('Failed query: insert into users (email, password_hash) values ($1, $2)\nparams: a@b.c,$argon2id$secret'), {
      code: '23505',
    });
    const lines = startupErrorLines(new Error('Could not apply the database migrations from /srv/migrations.', { cause: q })).join('\n');
    expect(lines).not.toContain('argon2id');
    expect(lines).not.toContain('insert into');
    expect(lines).toContain('(23505): (a database statement failed)');
  });
});
