// Pages written at build time (docs/architecture.md, "How pages are built"): what they
// hold before and without the app, the app taking them over (hydration) on
// every kind of page in English and Arabic, the files the build writes,
// and what the server answers for them.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, shippedIndex, norway, allOrganisations, ui, langPrefix, markWrittenHeading, headingIsWritten } from './fixtures';

const LANGUAGES = ['en', 'nb', 'uk', 'ar', 'fa'];
const prefix = langPrefix;

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, waitForApp: false });

  test('a country page shows its content, phone and organisation links, breadcrumbs and the notice', async ({ page }) => {
    await page.goto('/countries/norway');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Norway');
    await expect(page.locator('nav.breadcrumbs a').first()).toHaveAttribute('href', '/');
    await expect(page.locator('article#org-noas')).toBeVisible();
    const tel = page.locator('a[href^="tel:+47"]');
    expect(await tel.count()).toBeGreaterThan(3);
    await expect(page.locator('a[href^="mailto:"]').first()).toBeAttached();
    await expect(page.locator('p.notice').first()).toBeVisible();
    // An organisation link is a plain link to its page, written too.
    await page.locator('article#org-noas a[href="/organisations/noas"]').first().click();
    await expect(page).toHaveURL(/\/organisations\/noas$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Norwegian Organisation for Asylum Seekers');
  });

  test('the Arabic page is right to left, in Arabic, from the first byte', async ({ page }) => {
    await page.goto('/ar/countries/norway');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('button', { name: ui('ar').quick_exit })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: ui('ar').section_protection })).toBeVisible();
    expect(await page.locator('a[href^="tel:+47"]').count()).toBeGreaterThan(3);
  });

  test('the language links lead to the same page in each language', async ({ page }) => {
    await page.goto('/countries/norway/coi');
    for (const code of LANGUAGES) {
      await expect(page.locator(`details.language-menu a[hreflang="${code}"]`)).toHaveAttribute(
        'href',
        `${prefix(code)}/countries/norway/coi`,
      );
    }
  });

  test('"Exit this page" leaves without JavaScript (a link to the exit address)', async ({ page, baseURL }) => {
    await page.context().route('**/neutral-without-js', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
    );
    await page.goto('/countries/norway');
    const exit = page.getByRole('button', { name: 'Exit this page' });
    await expect(exit).toHaveAttribute('href', /^https:\/\//);
    await exit.evaluate((a, url) => a.setAttribute('href', url), `${baseURL}/neutral-without-js`);
    await exit.click();
    await expect(page).toHaveURL(`${baseURL}/neutral-without-js`);
  });

  test('the search page says search needs JavaScript and links to the list of countries', async ({ page }) => {
    await page.goto('/search');
    const note = page.locator('.search-needs-js');
    await expect(note).toBeVisible();
    await note.getByRole('link').click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('ul.country-list--all a').first()).toBeVisible();
  });

  test('a country without entries has its honest page', async ({ page }) => {
    const empty = shippedIndex.countries.find((c) => !c.content)!;
    await page.goto(`/countries/${empty.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(empty.name);
    await expect(page.getByText(ui('en').no_content_body.replace('{{ country }}', empty.name))).toBeVisible();
  });
});

test.describe('with the app blocked', () => {
  test.use({ waitForApp: false });

  test('the content is there, and "Exit this page" works', async ({ page, baseURL }) => {
    await page.route('**/*.wasm', (route) => route.abort());
    await page.context().route('**/neutral-before-app', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
    );
    await page.goto('/organisations/noas');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Norwegian Organisation for Asylum Seekers');
    await expect(page.locator('a[href^="tel:+47"]').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-live'))).toBe(false);
    // The exit address the page was written with; here the test server's.
    await page.locator('.quick-exit__button').evaluate((b, url) => b.setAttribute('href', url), `${baseURL}/neutral-before-app`);
    await page.getByRole('button', { name: 'Exit this page' }).click();
    await expect(page).toHaveURL(`${baseURL}/neutral-before-app`);
  });

  test('the search page says search needs the app when the app cannot start', async ({ page }) => {
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto('/search');
    await expect(page.locator('.search-needs-js')).toBeVisible();
  });

  test('Shift pressed three times exits before the app', async ({ page, baseURL }) => {
    await page.route('**/*.wasm', (route) => route.abort());
    await page.context().route('**/neutral-before-app', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
    );
    await page.goto('/countries/norway');
    await page.locator('.quick-exit__button').evaluate((b, url) => b.setAttribute('href', url), `${baseURL}/neutral-before-app`);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expect(page).toHaveURL(`${baseURL}/neutral-before-app`);
  });
});

// Every kind of page, in English and Arabic: taken over without an error,
// then (where the page has a link to another page of the app) navigation
// stays in the page (no new document).
const pages: [string, string | null][] = [
  ['/', 'ul.country-list--all a'],
  ['/countries/norway', 'main a[href$="/organisations/noas"]'],
  ['/countries/norway/lgbtqi', 'nav.breadcrumbs a'],
  ['/countries/norway/coi', 'nav.breadcrumbs a'],
  [`/countries/${shippedIndex.countries.find((c) => !c.content)!.slug}`, 'nav.breadcrumbs a'],
  ['/organisations/noas', 'nav.breadcrumbs a'],
  ['/search', 'nav.breadcrumbs a'],
  ['/accessibility', 'nav.breadcrumbs a'],
  ['/embed-builder', 'nav.breadcrumbs a'],
  ['/embed/countries/norway', 'main a[href$="/embed/organisations/noas"]'],
  ['/embed/organisations/noas', null],
  ['/embed/search', null],
];
for (const code of ['en', 'ar']) {
  for (const [path, link] of pages) {
    test(`${prefix(code)}${path}: the app takes the written page over${link ? ', then navigates in place' : ''} (${code})`, async ({
      page,
      consoleErrors,
    }) => {
      await markWrittenHeading(page);
      await page.goto(`${prefix(code)}${path}`);
      await expect(page.locator('html')).toHaveAttribute('data-live', '');
      expect(consoleErrors).toEqual([]);
      expect(await headingIsWritten(page)).toBe(true);
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      if (link) {
        await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
        const before = page.url();
        await page.locator(link).first().click();
        await expect(page).not.toHaveURL(before);
        await expect(page.locator('h1').first()).toBeVisible();
        expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
      }
      expect(consoleErrors).toEqual([]);
    });
  }
}

test('a written page whose data cannot be loaded stays as written, its links plain links', async ({ page, consoleErrors }) => {
  await page.route('**/data/countries/norway.json', (route) => route.fulfill({ status: 500, body: 'oops' }));
  await page.goto('/countries/norway');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Norway');
  await expect(page.locator('article#org-noas')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-live'))).toBe(false);
  await page.locator('nav.breadcrumbs a').first().click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('ul.country-list--all a').first()).toBeVisible();
  consoleErrors.length = 0;
});

test('data edited since the build: the app draws the page afresh from it', async ({ page }) => {
  await page.route('**/data/countries/norway.json', async (route) => {
    const response = await route.fetch();
    const country = await response.json();
    country.organisations.find((o: { id: string }) => o.id === 'noas').name = 'NOAS, renamed since the build';
    await route.fulfill({ response, json: country });
  });
  await page.goto('/countries/norway');
  await expect(page.locator('html')).toHaveAttribute('data-live', '');
  await expect(page.locator('article#org-noas')).toContainText('NOAS, renamed since the build');
});

test('a saved data file older than the page: fetched again past the caches, then the page is taken over', async ({ page }) => {
  // The first answer stands for the copy a service worker saved before a
  // correction; the app then asks again, past the caches, and gets the
  // file the page was written from (offline-update.spec.ts: the worker's
  // side).
  let asked = 0;
  await page.route('**/data/countries/norway.json', async (route) => {
    asked += 1;
    const response = await route.fetch();
    if (asked > 1) return route.fulfill({ response });
    const country = await response.json();
    country.organisations.find((o: { id: string }) => o.id === 'noas').name = 'NOAS, as saved before a correction';
    await route.fulfill({ response, json: country });
  });
  await markWrittenHeading(page);
  await page.goto('/countries/norway');
  await expect(page.locator('html')).toHaveAttribute('data-live', '');
  expect(asked).toBe(2);
  expect(await headingIsWritten(page)).toBe(true);
  await expect(page.locator('article#org-noas')).not.toContainText('as saved before a correction');
});

test('a page the browser has translated is drawn afresh, not taken over', async ({ page, consoleErrors }) => {
  // What Chrome's translation does before the app starts: marks <html> and
  // wraps text in <font>.
  await page.route('**/*.wasm', async (route) => {
    await page.evaluate(() => {
      document.documentElement.classList.add('translated-ltr');
      const h1 = document.querySelector('h1')!;
      h1.innerHTML = `<font><font>${h1.textContent} (translated)</font></font>`;
    });
    await route.continue();
  });
  await markWrittenHeading(page);
  await page.goto('/countries/norway');
  await expect(page.locator('html')).toHaveAttribute('data-live', '');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Norway');
  expect(await headingIsWritten(page)).toBe(false);
  expect(consoleErrors).toEqual([]);
});

test('tracking tags in the address: the written page is still taken over', async ({ page }) => {
  await markWrittenHeading(page);
  await page.goto('/countries/norway?utm_source=chat&fbclid=x1');
  await expect(page.locator('html')).toHaveAttribute('data-live', '');
  expect(await headingIsWritten(page)).toBe(true);
});

test.describe('an embed view', () => {
  test.use({ locale: 'ar' });

  test('without a language follows the visitor’s; with lang=en stays English; its colours before the app', async ({ page, browser }) => {
    await page.goto('/embed/countries/norway');
    await expect(page).toHaveURL(/\/ar\/embed\/countries\/norway$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await page.goto('/embed/countries/norway?lang=en');
    await expect(page).toHaveURL(/\/embed\/countries\/norway\?lang=en$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Norway');
    // … and so do the pages it links to.
    await page.locator('main a[href*="/embed/organisations/noas"]').first().click();
    await expect(page).toHaveURL(/\/embed\/organisations\/noas\?lang=en$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Norwegian Organisation for Asylum Seekers');
    // Written light (embeds' default, whatever the device), dark at once
    // when the partner asks for it, before the app (blocked here).
    const context = await browser.newContext({ colorScheme: 'dark', javaScriptEnabled: true });
    const blocked = await context.newPage();
    await blocked.route('**/*.wasm', (route) => route.abort());
    const response = await blocked.request.get(`${new URL(page.url()).origin}/embed/countries/norway`);
    expect(await response.text()).toMatch(/<html[^>]* data-theme=light data-embed>/);
    await blocked.goto(`${new URL(page.url()).origin}/embed/countries/norway?lang=en&theme=dark`);
    await expect(blocked.locator('html')).toHaveAttribute('data-theme', 'dark');
    await context.close();
  });
});

test('an address with a query: the app draws that page itself (search words, filters)', async ({ page }) => {
  await page.goto('/search?q=noas');
  await expect(page.locator('#search-results .org-card').first()).toBeVisible();
  await page.goto('/countries/norway?category=legal_aid');
  await expect(page.locator('article#org-noas')).toBeVisible();
});

test.describe('the server', () => {
  test('an address that is no page answers 404 with the not-found page of its language', async ({ request }) => {
    for (const [path, lang] of [
      ['/no-such-page', 'en'],
      ['/countries/atlantis', 'en'],
      ['/ar/no-such-page', 'ar'],
      ['/fa/organisations/nobody', 'fa'],
    ]) {
      const r = await request.get(path);
      expect(r.status(), path).toBe(404);
      expect(r.headers()['content-type']).toBe('text/html; charset=utf-8');
      const html = await r.text();
      expect(html, path).toContain(`lang="${lang}"`);
      expect(html, path).toContain('<meta name=robots content=noindex>');
    }
  });

  test('an embed address that is no page answers 404 with the embed views’ not-found page, which partners may frame', async ({ request }) => {
    for (const [path, lang] of [
      ['/embed/countries/atlantis', 'en'],
      ['/embed/no-such-view', 'en'],
      ['/ar/embed/organisations/nobody', 'ar'],
    ]) {
      const r = await request.get(path);
      expect(r.status(), path).toBe(404);
      expect(r.headers()['content-security-policy'], path).toContain('frame-ancestors *');
      expect(r.headers()['x-frame-options'], path).toBeUndefined();
      const html = await r.text();
      expect(html, path).toContain(`lang="${lang}"`);
      expect(html, path).toContain('<meta name=robots content=noindex>');
      expect(html, path).toContain('class="embed"');
      expect(html, path).not.toContain('class="site-header"');
    }
    // The full site's not-found page stays unframeable.
    const r = await request.get('/no-such-page');
    expect(r.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
  });

  test('old ?lang= addresses are sent to the language’s own address, the rest of the query kept', async ({ request, baseURL }) => {
    for (const [from, to] of [
      ['/countries/norway?lang=ar', '/ar/countries/norway'],
      ['/?lang=fa', '/fa/'],
      ['/search?q=oslo&lang=uk', '/uk/search?q=oslo'],
      ['/embed/countries/norway?lang=nb&theme=dark&sections=legal_aid', '/nb/embed/countries/norway?theme=dark&sections=legal_aid'],
    ]) {
      const r = await request.get(from, { maxRedirects: 0 });
      expect(r.status(), from).toBe(301);
      // Only the path: the browser keeps the scheme and host it used
      // (behind a TLS proxy, nginx's own would be wrong).
      expect(r.headers().location, from).toBe(to);
    }
    // English is the page's to handle (it keeps the choice, see
    // languages.spec.ts).
    expect((await request.get('/countries/norway?lang=en', { maxRedirects: 0 })).status()).toBe(200);
    // Never to another site, and never for a file.
    expect((await request.get(`${baseURL}//evil.example/?lang=en`, { maxRedirects: 0 })).status()).toBe(404);
    expect((await request.get('/data/index.json?lang=ar', { maxRedirects: 0 })).status()).toBe(200);
  });

  test('every page has its title, description, canonical address and language versions in the HTML', async ({ request }) => {
    const html = await (await request.get('/ar/organisations/noas')).text();
    expect(html).toMatch(/<title>[^<]*NOAS|<title>Norwegian Organisation for Asylum Seekers/);
    expect(html).toMatch(/<meta name=description content="[^"]{20,}">/);
    expect(html).toMatch(/<link rel=canonical href="https?:\/\/[^"]+\/ar\/organisations\/noas">/);
    for (const code of LANGUAGES) {
      expect(html).toContain(`hreflang=${code} href="`);
      expect(html).toMatch(new RegExp(`hreflang=${code} href="https?://[^"]+${prefix(code)}/organisations/noas"`));
    }
    expect(html).toContain('<script type="application/ld+json">');
    // A country page's description names the country, without the marks
    // that isolate names in the page's text (search results would show them).
    const country = await (await request.get('/ar/countries/norway')).text();
    const description = country.match(/<meta name=description content="([^"]+)">/)![1];
    expect(description).toContain('النرويج');
    expect(description).not.toMatch(/[\u2066-\u2069]/);
    // An embed view names the full page as canonical.
    const embed = await (await request.get('/embed/countries/norway')).text();
    expect(embed).toMatch(/<link rel=canonical href="https?:\/\/[^"]+\/countries\/norway">/);
  });

  test('sitemap.xml lists every page in every language; robots.txt names it', async ({ request }) => {
    const response = await request.get('/sitemap.xml');
    expect(response.headers()['content-type']).toMatch(/^application\/xml/);
    const sitemap = await response.text();
    expect(sitemap).toContain('hreflang="x-default"');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    const orgs = allOrganisations.length;
    const perLanguage = 4 + shippedIndex.countries.length * 3 + orgs;
    expect(locs).toHaveLength(perLanguage * LANGUAGES.length);
    for (const code of LANGUAGES) expect(locs).toContain(`${prefix(code)}/countries/norway/coi`);
    expect(locs.some((l) => l.includes('/embed/'))).toBe(false);
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
    expect(robots).toContain('Disallow: /embed/');
  });
});

test('the build wrote exactly the pages the data implies, in every language', async () => {
  // Every index.html under dist/ but the data, as a site address.
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (!['dist/data', 'dist/locales', 'dist/icons'].includes(path)) walk(path);
      } else if (name === 'index.html') {
        found.add(`/${dir.slice('dist'.length + 1)}`.replace(/\/$/, '') || '/');
      }
    }
  };
  walk('dist');
  const expected = new Set<string>();
  const site = ['/', '/search', '/accessibility', '/embed-builder', '/embed/search'];
  for (const c of shippedIndex.countries) {
    for (const p of ['', '/embed']) {
      site.push(`${p}/countries/${c.slug}`, `${p}/countries/${c.slug}/lgbtqi`, `${p}/countries/${c.slug}/coi`);
    }
  }
  for (const o of allOrganisations) site.push(`/organisations/${o.id}`, `/embed/organisations/${o.id}`);
  for (const code of LANGUAGES) for (const p of site) expected.add(p === '/' ? prefix(code) || '/' : `${prefix(code)}${p}`);
  expect([...found].filter((p) => !expected.has(p)), 'pages the data does not imply').toEqual([]);
  expect([...expected].filter((p) => !found.has(p)), 'pages missing').toEqual([]);
  for (const code of LANGUAGES) {
    expect(statSync(`dist${prefix(code)}/404.html`).isFile()).toBe(true);
    expect(statSync(`dist${prefix(code)}/embed/404.html`).isFile()).toBe(true);
  }
});
