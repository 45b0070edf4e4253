// The directory's service worker: after one visit, every page and the data
// work with no network. Plain JavaScript, no library.
//
// - The app shell (index.html, the hashed JS/wasm/CSS, icons, manifest) is
//   precached on install. scripts/post-build.sh fills in SHELL and VERSION
//   from the built files, so the list is never maintained by hand and every
//   build is a new worker version.
// - Data (/data/…) is answered from the cache at once and refreshed in the
//   background when online, so corrections arrive on the next visit. On
//   install the index and the country files it lists are cached.
// - Navigations try the network and fall back to the cached index.html, so
//   deep links open offline.
// - Only successful same-origin GET responses are cached; other requests
//   (and every other origin) are left alone.

const VERSION = 'dev';
const SHELL = [];

const SHELL_CACHE = `shell-${VERSION}`;
const DATA_CACHE = 'data-v1';

async function cacheData() {
  const cache = await caches.open(DATA_CACHE);
  const response = await fetch('/data/index.json', { cache: 'no-cache' });
  if (!response.ok) return;
  await cache.put('/data/index.json', response.clone());
  const index = await response.json();
  const files = index.countries.filter((c) => c.content).map((c) => `/data/${c.content.file}`);
  await Promise.all(
    files.map(async (url) => {
      const r = await fetch(url, { cache: 'no-cache' });
      if (r.ok) await cache.put(url, r);
    }),
  );
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

async function staleWhileRevalidate(event) {
  const cache = await caches.open(DATA_CACHE);
  const cached = await cache.match(event.request);
  const refresh = fromNetworkAndCache(event.request, DATA_CACHE);
  if (cached) {
    event.waitUntil(refresh.catch(() => {}));
    return cached;
  }
  return refresh;
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
