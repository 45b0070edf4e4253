// Search in headless Chromium over the synthetic index (230 countries,
// 10,000 organisations; see crates/tools/src/bench_search.rs), served by
// BENCH_URL. Prints Markdown: the first search on a cold cache (the index
// downloaded, parsed and searched), and each query as typed: the time from
// the input event to the results on screen, less the 200 ms the page waits
// for typing to pause. Unthrottled and with the CPU 4x slower.
import { chromium } from '@playwright/test';

const url = process.env.BENCH_URL;
const runs = Number(process.env.BENCH_RUNS ?? 9);
const queries = (process.env.BENCH_QUERIES ?? 'noas,asylsokere,asylsokre,juss buss,oslo,kalomi,ka,xyzzyq').split(',');
const DEBOUNCE_MS = 200;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.round((xs.length - 1) * 0.95)];

async function newPage(cpu) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  return { context, page, cdp };
}

async function firstSearch(cpu) {
  const { context, page, cdp } = await newPage(cpu);
  let bytes = 0;
  await cdp.send('Network.enable');
  const ids = new Set();
  cdp.on('Network.responseReceived', (e) => e.response.url.endsWith('/data/search.json') && ids.add(e.requestId));
  cdp.on('Network.loadingFinished', (e) => ids.has(e.requestId) && (bytes += e.encodedDataLength));
  const start = Date.now();
  await page.goto(`${url}search?q=noas`);
  await page.locator('#search-results .org-card').first().waitFor();
  const ms = Date.now() - start;
  await context.close();
  return { ms, bytes };
}

/** Types `q` (one input event) and times it until the count has changed and a frame was drawn. */
function typed(page, q) {
  return page.evaluate(
    (q) =>
      new Promise((resolve) => {
        const input = document.getElementById('search-words');
        const count = document.querySelector('.search-count');
        const before = count.textContent;
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          if (count.textContent === before) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - t0));
        });
        observer.observe(count, { childList: true, subtree: true, characterData: true });
        // A query with as many results as the one before would never change
        // the count: give up after 10 s rather than hang.
        setTimeout(() => {
          observer.disconnect();
          resolve(NaN);
        }, 10000);
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    q,
  );
}

const out = [];
out.push('| first search, cold cache | CPU | time (median) | search.json transferred |');
out.push('|---|---|---|---|');
for (const cpu of [1, 4]) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await firstSearch(cpu));
  out.push(`| \`/search?q=noas\` to the first result | ${cpu === 1 ? 'unthrottled' : '÷4'} | ${median(results.map((r) => r.ms))} ms | ${(median(results.map((r) => r.bytes)) / 1024).toFixed(1)} KB |`);
}
out.push('');
out.push(`| query as typed | results | CPU | median | p95 |`);
out.push('|---|---|---|---|---|');
for (const cpu of [1, 4]) {
  const { context, page } = await newPage(cpu);
  await page.goto(`${url}search`);
  await page.locator('#search-results .org-card').first().waitFor();
  for (const q of queries) {
    const times = [];
    let found = '';
    for (let i = 0; i < runs; i++) {
      times.push((await typed(page, q)) - DEBOUNCE_MS);
      found = (await page.locator('.search-count').textContent()).replace(/ organisations? found/, '').replace(/^No organisation.*/, '0');
      await typed(page, '');
    }
    out.push(`| \`${q}\` | ${found} | ${cpu === 1 ? 'unthrottled' : '÷4'} | ${median(times).toFixed(0)} ms | ${p95(times).toFixed(0)} ms |`);
  }
  await context.close();
}
await browser.close();
console.log(out.join('\n'));
