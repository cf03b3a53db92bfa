import type { RenderedAlert } from './render';

/** HTML text with `& < > " '` escaped: every value put in the e-mail's HTML goes through it. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The plain-text body: headline, lines, findings with their links, the links and the footer. */
export function emailText(m: RenderedAlert, findingsTitle: string): string {
  const out = [m.headline, '', ...m.lines];
  if (m.findings.length) {
    out.push('', `${findingsTitle}:`);
    for (const f of m.findings) {
      out.push(`- [${f.statusLabel}] ${f.record ? `${f.record}: ` : ''}${f.text}`);
      if (f.article) out.push(`  ${f.article.label}: ${f.article.url}`);
      if (f.screen) out.push(`  ${f.screen.label}: ${f.screen.url}`);
    }
    if (m.more) out.push(`- ${m.more}`);
  }
  out.push('', ...m.links.map((l) => `${l.label}: ${l.url}`), '', '-- ', m.footer);
  return out.join('\n') + '\n';
}

/** The HTML body: the same content in simple markup, every text escaped. */
export function emailHtml(m: RenderedAlert, findingsTitle: string): string {
  const e = escapeHtml;
  const a = (l: { url: string; label: string }) => `<a href="${e(l.url)}">${e(l.label)}</a>`;
  const findings = m.findings.length
    ? `<h2 style="font-size:16px">${e(findingsTitle)}</h2><ul>${m.findings
        .map(
          (f) =>
            `<li><strong>${e(f.statusLabel)}</strong> ${f.record ? `${e(f.record)}: ` : ''}${e(f.text)}${f.article ? `<br>${a(f.article)}` : ''}${
              f.screen ? ` · ${a(f.screen)}` : ''
            }</li>`,
        )
        .join('')}${m.more ? `<li>${e(m.more)}</li>` : ''}</ul>`
    : '';
  return (
    `<!doctype html><html lang="${e(m.lang)}"><head><meta charset="utf-8"><title>${e(m.subject)}</title></head>` +
    `<body style="font-family:sans-serif;line-height:1.4"><p><strong>${e(m.headline)}</strong></p>` +
    `<p>${m.lines.map(e).join('<br>')}</p>${findings}<p>${m.links.map(a).join(' · ')}</p>` +
    `<p style="color:#555;font-size:12px">${e(m.footer)}</p></body></html>`
  );
}
