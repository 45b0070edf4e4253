// Lighthouse (npm `lighthouse`, Debian Chromium headless; mobile form
// factor and simulated throttling, its defaults) on three pages, BENCH_RUNS
// times each (3 by default); prints a Markdown table of the medians.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const url = process.env.BENCH_URL;
const runs = Number(process.env.BENCH_RUNS ?? 3);
const pages = [
  ['home', ''],
  ['Norway', 'countries/norway'],
  ['organisation (NOAS)', 'organisations/noas'],
];
const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log('| page | Performance | Accessibility | Best Practices | SEO | LCP | TBT | CLS |');
console.log('|---|---|---|---|---|---|---|---|');
for (const [name, path] of pages) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const out = join(dir, `run-${i}.json`);
    // Lighthouse now and then fails to start Chromium on a busy machine: up
    // to three attempts per run.
    for (let attempt = 1; ; attempt++) {
      try {
        execFileSync(
          'node_modules/.bin/lighthouse',
          [
            url + path,
            '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
            '--only-categories=performance,accessibility,best-practices,seo',
            '--output=json',
            `--output-path=${out}`,
            '--quiet',
          ],
          { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' }, stdio: ['ignore', 'ignore', 'inherit'] },
        );
        break;
      } catch (e) {
        if (attempt === 3) throw e;
        console.error(`lighthouse ${path}: attempt ${attempt} failed, trying again`);
      }
    }
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const score = (c) => Math.round(report.categories[c].score * 100);
    const audit = (a) => report.audits[a].numericValue;
    results.push({
      performance: score('performance'),
      accessibility: score('accessibility'),
      practices: score('best-practices'),
      seo: score('seo'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
    });
  }
  const m = (k) => median(results.map((r) => r[k]));
  console.log(
    `| ${name} | ${m('performance')} | ${m('accessibility')} | ${m('practices')} | ${m('seo')} | ` +
      `${(m('lcp') / 1000).toFixed(1)} s | ${Math.round(m('tbt'))} ms | ${m('cls').toFixed(3)} |`,
  );
}
rmSync(dir, { recursive: true, force: true });
