// The directory's service worker: after one visit, every page and the data
// work with no network. Plain JavaScript, no library.
//
// - The app shell (the hashed JS/wasm/CSS, icons, manifest, the English
//   home page "/" and the embed search page "/embed/search") is precached
//   on install. scripts/post-build.sh fills in SHELL and VERSION
//   from the built files, so the list is never maintained by hand and every
//   build is a new worker version.
// - Data (/data/…) is answered from the cache at once and refreshed in the
//   background when online, so corrections arrive on the next visit.
// - Which country files are saved is read from index.json at run time, so a
//   country added without a rebuild is saved too. While all of them together
//   are at most DATA_CAP bytes (brotli, `brotli_bytes` in the index), all are
//   saved; above it, only those a person opens or saves ("Save for offline"
//   fetches them through this worker). A saved file is checked again when
//   its index entry changes, and at least daily; a file no longer listed is
//   deleted.
// - A data file is saved only if it is a 200 with data of the schema the app
//   reads: an error or a broken file never replaces a good saved copy.
// - Language files (/locales/<code>.json; English is compiled into the
//   app) are not all precached: each is 5–7 KB with brotli that most
//   visitors never read. Saved are the ones this device uses: a file a page
//   asks for (the page also asks again through the first worker that takes
//   it over), on install those an open page's address names (`/ar/…`) and
//   those the previous version had saved, and on activate any the previous
//   version saved while this one waited (fetched again, or copied when
//   offline). A file is kept only if it is a 200 with a JSON object.
// - Pages are files written at build time. Navigations try the network
//   and save each page they get (one cache per version: a page names the
//   version's hashed files); offline, a page visited before is answered
//   from that cache, any other from the precached home page ("/"; embed
//   views from "/embed/search", whose headers let partners frame it), in
//   which the app draws the page asked for from the saved data. So the
//   precache does not grow with the number of pages.
// - Only successful same-origin GET responses are cached; other requests
//   (and every other origin) are left alone.

const VERSION = 'dev';
const SHELL = [];
// The language files of this build (filled in like SHELL).
const LANGUAGES = [];
const LOCALES = '/locales/';

const SHELL_CACHE = `shell-${VERSION}`;
const PAGES_CACHE = `pages-${VERSION}`;
// The UI languages with an address prefix of their own (/ar/…).
const PREFIXED = LANGUAGES.map((url) => url.slice(LOCALES.length, -'.json'.length));
const DATA_CACHE = 'data-v1';
const INDEX = '/data/index.json';
// The search index (a few kB per hundred organisations): saved with the
// index, so search works offline after one visit.
const SEARCH = '/data/search.json';
const COUNTRIES = '/data/countries/';
// The same numbers as SCHEMA_VERSION and OFFLINE_CAP_BROTLI_BYTES in
// crates/data/src/model/index.rs (a test checks they agree).
const SCHEMA_VERSION = 1;
const DATA_CAP = 1000000;
// A saved country file is checked again (usually a 304) at most this often,
// and at once when its index entry changes.
const RECHECK_AFTER_MS = 24 * 60 * 60 * 1000;

const pathOf = (url) => new URL(url, self.location.href).pathname;

/**
 * Saves a data response when it is good: a 200 whose body is data of the
 * schema this app reads, so a broken or error answer never replaces a good
 * saved copy. The copy records when it was saved and, from syncCountries,
 * the index entry it was saved for. Returns the parsed data (null if the
 * response was not good); a failed write (a full disk) is not an error.
 */
async function saveData(cache, key, response, entry) {
  if (!response.ok) return null;
  let data;
  try {
    data = await response.clone().json();
  } catch {
    return null;
  }
  if (!data || data.schema_version !== SCHEMA_VERSION) return null;
  const headers = new Headers(response.headers);
  headers.set('x-saved-at', String(Date.now()));
  if (entry) headers.set('x-saved-for', entry);
  const body = await response.clone().blob();
  await cache.put(key, new Response(body, { status: 200, statusText: response.statusText, headers })).catch(() => {});
  return data;
}

/** Brings the saved country files in line with `index` (just fetched). */
async function syncCountries(index) {
  if (!Array.isArray(index.countries)) return;
  const cache = await caches.open(DATA_CACHE);
  const listed = index.countries
    .map((c) => c && c.content)
    .filter((content) => content && typeof content.file === 'string');
  // An entry without a size counts as too big to save unasked.
  const size = (content) => (Number.isFinite(content.brotli_bytes) ? content.brotli_bytes : Infinity);
  const total = listed.reduce((sum, content) => sum + size(content), 0);
  const urls = new Set();
  await Promise.all(
    listed.map(async (content) => {
      const url = pathOf(`/data/${content.file}`);
      if (!url.startsWith(COUNTRIES)) return;
      urls.add(url);
      const entry = JSON.stringify(content);
      const saved = await cache.match(url);
      const current =
        saved &&
        saved.headers.get('x-saved-for') === entry &&
        Date.now() - Number(saved.headers.get('x-saved-at')) < RECHECK_AFTER_MS;
      if (saved ? !current : total <= DATA_CAP) {
        await fetch(url, { cache: 'no-cache' })
          .then((response) => saveData(cache, url, response, entry))
          .catch(() => {});
      }
    }),
  );
  // Countries no longer listed. Only country files: nothing else is touched.
  for (const request of await cache.keys()) {
    const path = pathOf(request.url);
    if (path.startsWith(COUNTRIES) && !urls.has(path)) await cache.delete(request);
  }
}

async function cacheData() {
  const cache = await caches.open(DATA_CACHE);
  const index = await saveData(cache, INDEX, await fetch(INDEX, { cache: 'no-cache' }));
  await fetch(SEARCH, { cache: 'no-cache' })
    .then((response) => saveData(cache, SEARCH, response))
    .catch(() => {});
  if (index) await syncCountries(index);
}

/** Whether `response` is a language file worth keeping: a 200 with a JSON object. */
async function isLanguageFile(response) {
  if (!response || !response.ok) return false;
  try {
    const messages = await response.clone().json();
    return !!messages && typeof messages === 'object' && !Array.isArray(messages);
  } catch {
    return false;
  }
}

/** Saves the language file `url` into `cache` from the network, if good. */
async function saveLanguage(cache, url) {
  const response = await fetch(new Request(url, { cache: 'reload' })).catch(() => null);
  if (!(await isLanguageFile(response))) return false;
  await cache.put(url, response).catch(() => {});
  return true;
}

/**
 * On activate: the language files older versions saved (some perhaps while
 * this version waited) that this version's cache lacks, fetched again, or
 * copied from the old cache when that fails (offline), so that no language
 * a device uses is lost with the old cache.
 */
async function carryLanguagesOver() {
  const shell = await caches.open(SHELL_CACHE);
  for (const name of await caches.keys()) {
    if (!name.startsWith('shell-') || name === SHELL_CACHE) continue;
    const old = await caches.open(name);
    for (const request of await old.keys()) {
      const url = pathOf(request.url);
      if (!url.startsWith(LOCALES) || !LANGUAGES.includes(url) || (await shell.match(url))) continue;
      if (!(await saveLanguage(shell, url))) {
        const copy = await old.match(request);
        if (await isLanguageFile(copy)) await shell.put(url, copy).catch(() => {});
      }
    }
  }
}

/** The language files this device uses (see the top of this file). */
async function languagesInUse() {
  const used = new Set();
  for (const name of await caches.keys()) {
    if (!name.startsWith('shell-')) continue;
    for (const request of await (await caches.open(name)).keys()) {
      const path = pathOf(request.url);
      if (path.startsWith(LOCALES)) used.add(path);
    }
  }
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
    const lang = new URL(client.url).pathname.split('/')[1];
    if (PREFIXED.includes(lang)) used.add(`${LOCALES}${lang}.json`);
  }
  return [...used].filter((path) => LANGUAGES.includes(path));
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const shell = await caches.open(SHELL_CACHE);
      await shell.addAll(SHELL.map((url) => new Request(url, { cache: 'reload' })));
      // A language file that fails leaves the page in English, not broken.
      for (const url of await languagesInUse()) await saveLanguage(shell, url);
      // Data failures must not stop the install: pages still work online.
      await cacheData().catch(() => {});
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keep = new Set([SHELL_CACHE, PAGES_CACHE, DATA_CACHE]);
      await carryLanguagesOver();
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
    await cache.put(request, response.clone()).catch(() => {});
  }
  return response;
}

// Data: the saved copy at once, refreshed in the background (without a
// saved copy, the network's answer, saved before it is used). A new index
// also brings the saved country files up to date (syncCountries).
async function staleWhileRevalidate(event) {
  const { request } = event;
  const cache = await caches.open(DATA_CACHE);
  const cached = await cache.match(request);
  const refresh = fetch(request).then(async (response) => ({
    response,
    data: await saveData(cache, request, response),
  }));
  const isIndex = pathOf(request.url) === INDEX;
  event.waitUntil(
    refresh.then(({ data }) => (isIndex && data ? syncCountries(data) : null)).catch(() => {}),
  );
  const fromNetwork = refresh.then(({ response }) => response);
  // Asked for past the caches (the app does when a page was written from
  // another version of the file than the saved one): the network's answer,
  // the saved copy only when there is none.
  if (cached && request.cache === 'no-cache') return fromNetwork.catch(() => cached);
  return cached || fromNetwork;
}

/** Whether a path is an embed view (/embed/…, /ar/embed/…). */
function isEmbed(path) {
  const parts = path.split('/');
  return parts[1] === 'embed' || (PREFIXED.includes(parts[1]) && parts[2] === 'embed');
}

// A page: from the network (and saved), else as saved, else the precached
// page the app draws any page in. Embed views fall back to an embed page:
// its headers let partner sites frame it, as the full site's don't.
async function navigation(event) {
  const { request } = event;
  const url = new URL(request.url);
  // Saved without the query: a page's file is the same for every query.
  const key = url.origin + url.pathname;
  try {
    const response = await fetch(request);
    if (response.ok && response.status === 200 && !response.redirected) {
      // Saved while the page streams to the browser, not before.
      const copy = response.clone();
      event.waitUntil(caches.open(PAGES_CACHE).then((cache) => cache.put(key, copy)).catch(() => {}));
    }
    return response;
  } catch (offline) {
    const saved = await caches.match(key, { cacheName: PAGES_CACHE });
    if (saved) return saved;
    const fallback = await caches.match(isEmbed(url.pathname) ? '/embed/search' : '/');
    if (fallback) return fallback;
    throw offline;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(navigation(event));
  } else if (url.pathname.startsWith('/data/')) {
    event.respondWith(staleWhileRevalidate(event));
  } else if (url.pathname.startsWith(LOCALES)) {
    event.respondWith(
      caches.match(request).then(async (cached) => {
        if (cached) return cached;
        const response = await fetch(request);
        if (await isLanguageFile(response)) {
          const cache = await caches.open(SHELL_CACHE);
          await cache.put(request, response.clone()).catch(() => {});
        }
        return response;
      }),
    );
  } else {
    event.respondWith(
      caches.match(request).then((cached) => cached || fromNetworkAndCache(request, SHELL_CACHE)),
    );
  }
});
