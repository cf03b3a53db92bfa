import { chromium } from 'playwright-core';
const [,, url, cookie] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await b.newContext({ viewport: { width: 390, height: 844 } });
const [n, v] = cookie.split('=');
await ctx.addCookies([{ name: n, value: v, url: 'http://127.0.0.1:4399' }]);
const p = await ctx.newPage();
p.on('pageerror', (e) => console.log('pageerror:', e.message));
await p.goto(url);
await p.waitForTimeout(15000);
console.log(await p.evaluate(() => {
  const out = [];
  for (const e of document.querySelectorAll('body *')) {
    const r = e.getBoundingClientRect();
    if (r.right > innerWidth + 1) {
      let clipped = false;
      for (let a = e.parentElement; a; a = a.parentElement) { const o = getComputedStyle(a).overflowX; if (o === 'auto' || o === 'hidden' || o === 'scroll') { clipped = true; break; } }
      if (!clipped) out.push(`${e.tagName}.${e.className} right=${Math.round(r.right)} w=${Math.round(r.width)}`);
    }
  }
  return [document.documentElement.scrollWidth, ...out.slice(0, 15)].join('\n');
}));
await p.screenshot({ path: '/tmp/probe.png', fullPage: false });
await b.close();
