/**
 * What the screens show of a contact's target (a credential): the host and the last characters.
 * `sac@empresa.com.br` → `sa…@empresa.com.br`; `https://hooks.example.com/services/T0/B1/xyza1b2`
 * → `hooks.example.com/…a1b2`. Never the path, the query or the whole address.
 */
export function targetHint(kind: 'email' | 'webhook', target: string): string {
  if (kind === 'email') {
    const at = target.lastIndexOf('@');
    const local = target.slice(0, at);
    return `${local.slice(0, 2)}…@${target.slice(at + 1)}`;
  }
  const url = new URL(target);
  const rest = `${url.pathname}${url.search}`.replace(/^\/+$/, '');
  return rest.length > 4 ? `${url.host}/…${rest.slice(-4)}` : url.host;
}
