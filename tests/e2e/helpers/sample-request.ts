import { randomBytes } from 'node:crypto';
import { call, signInCookie } from './http';

let made: Promise<string> | undefined;

/**
 * A finished bulk request whose page the sweeps read (/bulk/request/?id=…): an import of one user
 * into Vendas, by names, as the admin; made once per test file, waited for until done.
 */
export function sampleRequest(): Promise<string> {
  made ??= (async () => {
    const cookie = await signInCookie('admin@demo.local');
    const tag = randomBytes(4).toString('hex');
    const csv = `nome;e-mail;telefone;senha;serviço;perfil\r\nAmostra Varredura;amostra.${tag}@empresa.com.br;11987650999;Amostra-9x;vendas;usuário\r\n`;
    const res = await call('/api/bulk/user-import/confirm', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: csv, cookie });
    if (res.status !== 202) throw new Error(`The sample import was refused: ${res.status} ${await res.text()}`);
    const { requestId } = (await res.json()) as { requestId: string };
    for (let i = 0; i < 150; i++) {
      const s = (await (await call(`/api/bulk/${requestId}`, { cookie })).json()) as { state: string };
      if (s.state === 'done') return requestId;
      if (s.state === 'failed' || s.state === 'cancelled') throw new Error(`The sample import ended ${s.state}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('The sample import did not finish in 30 s');
  })();
  return made;
}
