// The production server: a page's file for each page, real 404s for the
// rest, compression, MIME types and headers.
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

const wasm = readdirSync('dist').find((f) => f.endsWith('.wasm'))!;
const js = readdirSync('dist').find((f) => f.endsWith('.js') && f !== 'sw.js')!;
const css = readdirSync('dist').find((f) => f.endsWith('.css'))!;

test('a missing data file answers 404, not index.html', async ({ request }) => {
  const r = await request.get('/data/countries/atlantis.json');
  expect(r.status()).toBe(404);
  expect(await r.text()).not.toContain('<!DOCTYPE html>');
});

test('missing assets and addresses that are no page answer 404; pages answer their file', async ({ request }) => {
  for (const path of ['/missing.js', '/legal-aid-directory-0000000000000000_bg.wasm', '/icons/missing.png', '/some/deep/link']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  for (const path of ['/countries/norway', '/organisations/noas', '/ar/countries/norway/coi', '/countries/norway/']) {
    const r = await request.get(path);
    expect(r.status(), path).toBe(200);
    expect(r.headers()['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers()['cache-control']).toBe('no-cache');
  }
});

test('the wasm is served compressed with its MIME type and cached forever', async ({ request }) => {
  const r = await request.get(`/${wasm}`, { headers: { 'Accept-Encoding': 'br' } });
  expect(r.status()).toBe(200);
  expect(r.headers()['content-type']).toBe('application/wasm');
  expect(r.headers()['content-encoding']).toBe('br');
  expect(r.headers()['cache-control']).toContain('immutable');
  const gz = await request.get(`/${js}`, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(gz.headers()['content-encoding']).toBe('gzip');
  expect(gz.headers()['content-type']).toContain('text/javascript');
  expect((await request.get(`/${css}`)).headers()['cache-control']).toContain('immutable');
  // The service worker is revalidated on every visit, so updates are found.
  expect((await request.get('/sw.js')).headers()['cache-control']).toBe('no-cache');
});

test('the app shell is sent as compressed at build time (brotli -q 11, gzip -9), not again on the fly', async ({ request }) => {
  for (const file of [wasm, js, css]) {
    for (const [encoding, ext] of [
      ['br', 'br'],
      ['gzip', 'gz'],
    ]) {
      const r = await request.get(`/${file}`, { headers: { 'Accept-Encoding': encoding } });
      expect(r.headers()['content-encoding'], file).toBe(encoding);
      // The precompressed file itself, byte for byte in length.
      expect(Number(r.headers()['content-length']), `${file} ${encoding}`).toBe(statSync(`dist/${file}.${ext}`).size);
    }
    // At the highest level: as small as brotli at quality 11 makes it
    // (level 6, nginx's on-the-fly level, is 3–14 % bigger here).
    const raw = readFileSync(`dist/${file}`);
    const best = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    expect(statSync(`dist/${file}.br`).size, `${file}.br`).toBeLessThanOrEqual(Math.ceil(best * 1.01));
  }
});

test('data files are JSON, compressed, and revalidated on every visit', async ({ request }) => {
  const r = await request.get('/data/index.json', { headers: { 'Accept-Encoding': 'br' } });
  expect(r.status()).toBe(200);
  expect(r.headers()['content-type']).toBe('application/json; charset=utf-8');
  expect(r.headers()['content-encoding']).toBe('br');
  expect(r.headers()['cache-control']).toBe('no-cache');
  expect(r.headers()['etag']).toBeTruthy();
});

test('every response carries the privacy and safety headers', async ({ request }) => {
  for (const path of ['/', '/data/index.json', `/${wasm}`, '/missing.js']) {
    const h = (await request.get(path)).headers();
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['referrer-policy'], path).toBe('no-referrer');
  }
});
