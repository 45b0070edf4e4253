// The bytes a cold first view of a page transfers (as encoded on the wire,
// brotli from nginx), by kind: HTML, JS, wasm, CSS, data, other. No
// service worker (its precaching would add the rest of the shell) and no
// cache. Used by `make bench` (scripts/bench-first-view.mjs).

/** The kind of a response, from its address and CDP resource type. */
export function kindOf(url, type) {
  const path = new URL(url).pathname;
  if (type === 'Document') return 'html';
  if (path.endsWith('.wasm')) return 'wasm';
  if (path.endsWith('.js')) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (path.startsWith('/data/')) return 'data';
  return 'other';
}

export const KINDS = ['html', 'js', 'wasm', 'css', 'data', 'other'];

/**
 * Opens `url` in a fresh context at 360 px, waits for `ready` and for the
 * network to go quiet, and returns `{ kinds: { html: bytes, … }, total,
 * files: [{ url, kind, bytes }] }`.
 */
export async function firstView(browser, url, ready) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const requests = new Map();
  cdp.on('Network.responseReceived', (e) => requests.set(e.requestId, { url: e.response.url, type: e.type }));
  const files = [];
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) files.push({ url: r.url, kind: kindOf(r.url, r.type), bytes: e.encodedDataLength });
  });
  await page.goto(url);
  await page.locator(ready).first().waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();
  const kinds = Object.fromEntries(KINDS.map((k) => [k, 0]));
  for (const f of files) kinds[f.kind] += f.bytes;
  const total = files.reduce((sum, f) => sum + f.bytes, 0);
  return { kinds, total, files };
}
