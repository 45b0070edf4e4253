// Bytes over the wire for a cold first view of /countries/norway, by kind
// (scripts/first-view.mjs), as Markdown. BENCH_URL: the release build's
// server. BENCH_SCALE (optional): "name=url" pairs, separated by spaces,
// of servers with generated datasets of different sizes: then a table of
// the first view on each, with the lazily loaded search index's size.
import { chromium } from '@playwright/test';
import { get } from 'node:http';
import { firstView, KINDS } from './first-view.mjs';

/** Bytes of a response as sent (node:http does not decompress). */
const encodedSize = (url) =>
  new Promise((resolve, reject) => {
    get(url, { headers: { 'Accept-Encoding': 'br' } }, (res) => {
      let n = 0;
      res.on('data', (chunk) => (n += chunk.length));
      res.on('end', () => resolve(n));
    }).on('error', reject);
  });

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = 'countries/norway';
const ready = 'article#org-jussbuss';

const shipped = await firstView(browser, process.env.BENCH_URL + page, ready);
console.log('| kind | bytes over the wire |');
console.log('|---|---|');
const names = { html: 'HTML', js: 'JS', wasm: 'wasm', css: 'CSS', data: 'data', other: 'other' };
for (const k of KINDS) console.log(`| ${names[k]} | ${kb(shipped.kinds[k])} |`);
console.log(`| **total** | **${kb(shipped.total)}** |`);
// What the first content waits for: the written page, the styles and the
// one script that blocks drawing (early.js).
const blocking = shipped.files.filter(
  (f) => f.kind === 'html' || f.kind === 'css' || /\/early-[0-9a-f]+\.js$/.test(new URL(f.url).pathname),
);
console.log(`| before the first content (HTML, CSS, early.js) | ${kb(blocking.reduce((n, f) => n + f.bytes, 0))} |`);
console.log();
console.log('Files:', shipped.files.map((f) => `\`${new URL(f.url).pathname}\` ${kb(f.bytes)}`).join(', '));

const scale = (process.env.BENCH_SCALE ?? '').split(' ').filter(Boolean);
if (scale.length > 0) {
  console.log('@@SCALE@@');
  console.log('| dataset | first view of /countries/norway | of which data | search.json (lazy, brotli as served) |');
  console.log('|---|---|---|---|');
  for (const pair of scale) {
    const url = pair.split('=')[1];
    const index = await (await fetch(url + 'data/index.json')).json();
    const withContent = index.countries.filter((c) => c.content);
    const orgs = withContent.reduce((n, c) => n + c.content.organisations.total, 0);
    const label = `${withContent.length} ${withContent.length === 1 ? 'country' : 'countries'}, ${orgs.toLocaleString('en')} organisations`;
    const view = await firstView(browser, url + page, ready);
    const search = await encodedSize(url + 'data/search.json');
    console.log(`| ${label} | ${kb(view.total)} | ${kb(view.kinds.data)} | ${kb(search)} |`);
  }
}
await browser.close();
