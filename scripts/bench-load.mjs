// Loads the home page and the Norway page BENCH_RUNS times each with a cold
// cache, unthrottled and on an emulated slow phone connection (1.6 Mbit/s,
// 150 ms RTT, CPU 4x slower), and prints a Markdown table of the median time
// until the page's content shows.
import { chromium } from '@playwright/test';

const url = process.env.BENCH_URL;
const runs = Number(process.env.BENCH_RUNS ?? 9);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const pages = [
  ['home: country list', '', 'ul.country-list--all [data-code="NO"]'],
  ['Norway: first organisation card', 'countries/norway', 'article#org-jussbuss'],
];

async function load(path, ready, throttled) {
  // No service worker: its precaching would add to the bytes of a first load.
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  let bytes = 0;
  await cdp.send('Network.enable');
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  if (throttled) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  const start = Date.now();
  await page.goto(url + path);
  await page.locator(ready).waitFor();
  const ms = Date.now() - start;
  await context.close();
  return { ms, bytes };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
for (const [name, path, ready] of pages) {
  for (const throttled of [false, true]) {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await load(path, ready, throttled));
    rows.push({
      page: name,
      condition: throttled ? 'slow phone (1.6 Mbit/s, 150 ms, CPU ÷4)' : 'unthrottled',
      ms: median(results.map((r) => r.ms)),
      kb: median(results.map((r) => r.bytes)) / 1024,
    });
  }
}
await browser.close();
console.log('| page: content shown | condition | time (median) | bytes transferred |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(`| ${r.page} | ${r.condition} | ${r.ms} ms | ${r.kb.toFixed(1)} KB |`);
console.log(`\nRatio slow phone / unthrottled: home ${(rows[1].ms / rows[0].ms).toFixed(1)}×, Norway ${(rows[3].ms / rows[2].ms).toFixed(1)}×`);
