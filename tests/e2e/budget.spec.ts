// The size budget (size-budget.json): the brotli wasm, the bytes before the
// first content of /countries/norway (the page, its styles and the one
// script that blocks drawing) and its whole cold first view (with the app
// and its data), as the production nginx sends them. Sizes are
// deterministic, so this is a test; timings are not (make bench).
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { firstView } from '../../scripts/first-view.mjs';

const budget: { wasm_brotli_bytes: number; first_view_bytes: number; first_content_bytes: number } = JSON.parse(
  readFileSync('size-budget.json', 'utf8'),
);
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

test('the wasm and the first view of /countries/norway stay within the size budget', async ({ browser, baseURL }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the bytes do not depend on the width');
  const view = await firstView(browser, `${baseURL}/countries/norway`, 'article#org-jussbuss');
  const wasm = view.files.filter((f: { kind: string }) => f.kind === 'wasm');
  expect(wasm, 'one wasm file').toHaveLength(1);
  const kinds = Object.entries(view.kinds as Record<string, number>)
    .map(([kind, bytes]) => `${kind} ${kib(bytes)}`)
    .join(', ');
  // Drawing waits only for the page, the styles and the first script
  // (public/early.js, a classic script in <head>).
  const blocking = view.files.filter(
    (f: { kind: string; url: string }) => f.kind === 'html' || f.kind === 'css' || /\/early-[0-9a-f]+\.js$/.test(f.url),
  );
  expect(blocking.map((f: { kind: string }) => f.kind).sort()).toEqual(['css', 'html', 'js']);
  const firstContent = blocking.reduce((sum: number, f: { bytes: number }) => sum + f.bytes, 0);
  const figures =
    `size budget: wasm ${wasm[0].bytes} B (${kib(wasm[0].bytes)}) of ${budget.wasm_brotli_bytes} B; ` +
    `before the first content ${firstContent} B (${kib(firstContent)}) of ${budget.first_content_bytes} B; ` +
    `first view of /countries/norway ${view.total} B (${kib(view.total)}) of ${budget.first_view_bytes} B [${kinds}]`;
  console.log(figures);
  testInfo.annotations.push({ type: 'size', description: figures });
  // Brotli on the wire: a build or server that sent the wasm uncompressed
  // would be three times the budget.
  expect(wasm[0].bytes, figures).toBeLessThanOrEqual(budget.wasm_brotli_bytes);
  expect(view.total, figures).toBeLessThanOrEqual(budget.first_view_bytes);
  expect(firstContent, figures).toBeLessThanOrEqual(budget.first_content_bytes);
});
