// The directory's service worker: after one visit, every page and the data
// work with no network. Plain JavaScript, no library.
//
// - The app shell (index.html, the hashed JS/wasm/CSS, icons, manifest) is
//   precached on install. scripts/post-build.sh fills in SHELL and VERSION
//   from the built files, so the list is never maintained by hand and every
//   build is a new worker version.
// - Data (/data/…) is answered from the cache at once and refreshed in the
//   background when online, so corrections arrive on the next visit.
// - Which country files are saved is read from index.json at run time, so a
//   country added without a rebuild is saved too. While all of them together
//   are at most DATA_CAP bytes (brotli, `brotli_bytes` in the index), all are
//   saved; above it, only those a person opens or saves ("Save for offline"
//   fetches them through this worker). A saved file whose index entry
//   changes is fetched again; a file no longer listed is deleted.
// - Navigations try the network and fall back to the cached index.html, so
//   deep links open offline.
// - Only successful same-origin GET responses are cached; other requests
//   (and every other origin) are left alone.

const VERSION = 'dev';
const SHELL = [];

const SHELL_CACHE = `shell-${VERSION}`;
const DATA_CACHE = 'data-v1';
const INDEX = '/data/index.json';
// The same number as OFFLINE_CAP_BROTLI_BYTES in crates/data/src/index.rs.
const DATA_CAP = 1000000;

async function store(cache, url) {
  const response = await fetch(url, { cache: 'no-cache' });
  if (response.ok) await cache.put(url, response);
}

/**
 * Brings the saved country files in line with `index` (just fetched);
 * `previous` is the index saved before it, if any.
 */
async function syncCountries(index, previous) {
  const cache = await caches.open(DATA_CACHE);
  const listed = index.countries.filter((c) => c.content);
  // An entry without a size counts as too big to save unasked.
  const total = listed.reduce((sum, c) => sum + (c.content.brotli_bytes ?? Infinity), 0);
  const before = new Map(
    (previous?.countries ?? []).filter((c) => c.content).map((c) => [c.content.file, JSON.stringify(c.content)]),
  );
  const urls = new Set();
  await Promise.all(
    listed.map(async ({ content }) => {
      const url = `/data/${content.file}`;
      urls.add(url);
      const saved = await cache.match(url);
      const changed = before.get(content.file) !== JSON.stringify(content);
      if (saved ? changed : total <= DATA_CAP) await store(cache, url).catch(() => {});
    }),
  );
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (path !== INDEX && !urls.has(path)) await cache.delete(request);
  }
}

async function savedIndex(cache) {
  const saved = await cache.match(INDEX);
  return saved ? saved.json().catch(() => null) : null;
}

async function cacheData() {
  const cache = await caches.open(DATA_CACHE);
  const previous = await savedIndex(cache);
  const response = await fetch(INDEX, { cache: 'no-cache' });
  if (!response.ok) return;
  await cache.put(INDEX, response.clone());
  await syncCountries(await response.json(), previous);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const shell = await caches.open(SHELL_CACHE);
      await shell.addAll(SHELL.map((url) => new Request(url, { cache: 'reload' })));
      // Data failures must not stop the install: pages still work online.
      await cacheData().catch(() => {});
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keep = new Set([SHELL_CACHE, DATA_CACHE]);
      for (const name of await caches.keys()) {
        if (!keep.has(name)) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

// The page asks a waiting worker to take over (the "Reload" button).
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

async function fromNetworkAndCache(request, cacheName) {
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(cacheName);
    await cache.put(request, response.clone());
  }
  return response;
}

// Data: the saved copy at once, refreshed in the background. A new index
// also refreshes the saved country files (syncCountries).
async function staleWhileRevalidate(event) {
  const cache = await caches.open(DATA_CACHE);
  const cached = await cache.match(event.request);
  const isIndex = new URL(event.request.url).pathname === INDEX;
  const previous = isIndex ? await savedIndex(cache) : null;
  const refresh = fromNetworkAndCache(event.request, DATA_CACHE);
  const sync = refresh.then(async (response) => {
    if (!isIndex || !response.ok) return;
    const fresh = await cache.match(INDEX);
    if (fresh) await syncCountries(await fresh.json(), previous);
  });
  event.waitUntil(sync.catch(() => {}));
  return cached || refresh;
}

async function navigation(request) {
  try {
    return await fetch(request);
  } catch (offline) {
    const cached = await caches.match('/index.html');
    if (cached) return cached;
    throw offline;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(navigation(request));
  } else if (url.pathname.startsWith('/data/')) {
    event.respondWith(staleWhileRevalidate(event));
  } else {
    event.respondWith(
      caches.match(request).then((cached) => cached || fromNetworkAndCache(request, SHELL_CACHE)),
    );
  }
});
