// Languages: each language's own addresses (/ar/…), old ?lang= addresses,
// the menu (plain links), the saved choice, the browser's languages;
// <html lang dir>; links staying in the language; plural forms per language. Expectations are read from locales/*.json.
import { readFileSync } from 'node:fs';
import { test, expect, ui } from './fixtures';

const heading = (page: import('@playwright/test').Page) => page.getByRole('heading', { level: 1 });
const plural = (code: string, key: string, form: string, count: number) =>
  ui(code)[`${key}_${form}`].replace('{{ count }}', String(count));

for (const [code, dir] of [
  ['en', 'ltr'],
  ['nb', 'ltr'],
  ['uk', 'ltr'],
  ['ar', 'rtl'],
  ['fa', 'rtl'],
]) {
  const home = code === 'en' ? '/' : `/${code}/`;
  test(`${home}: the page in ${code}, <html lang="${code}" dir="${dir}">`, async ({ page }) => {
    await page.goto(home);
    await expect(heading(page)).toHaveText(ui(code).home_title);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    await expect(page.getByRole('button', { name: ui(code).quick_exit })).toBeVisible();
  });

  test(`an old address with ?lang=${code} leads to the language's own address`, async ({ page }) => {
    await page.goto(`/countries/norway?lang=${code}&kind=legal_aid`);
    await expect(page).toHaveURL(new RegExp(`${code === 'en' ? '' : `/${code}`}/countries/norway\\?kind=legal_aid$`));
    await expect(page.locator('html')).toHaveAttribute('lang', code);
  });
}

test('the menu links to this page in each language, and the choice is kept', async ({ page }) => {
  await page.goto('/countries/norway');
  await expect(heading(page)).toHaveText('Norway');
  const menu = page.locator('details.language-menu');
  await menu.locator('summary').click();
  // Each language in its own name, a link to this page in it.
  const ukrainian = menu.getByRole('link', { name: 'українська' });
  await expect(ukrainian).toHaveAttribute('href', '/uk/countries/norway');
  await expect(menu.getByRole('link', { name: 'العربية' })).toHaveAttribute('lang', 'ar');
  await expect(menu.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');
  await ukrainian.click();
  await expect(page).toHaveURL(/\/uk\/countries\/norway$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.getByRole('button', { name: ui('uk').quick_exit })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: ui('uk').section_protection })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('lang'))).toBe('uk');
  // Moving on stays in the language.
  await page.locator('article#org-jussbuss h3 a').click();
  await expect(page).toHaveURL(/\/uk\/organisations\/jussbuss$/);
  // A new visit to an address without a language opens in the saved one.
  await page.goto('/');
  await expect(page).toHaveURL(/\/uk\/$/);
  await expect(heading(page)).toHaveText(ui('uk').home_title);
  // An address naming a language wins over the saved choice.
  await page.goto('/nb/');
  await expect(heading(page)).toHaveText(ui('nb').home_title);
  // Choosing English is a choice too.
  await page.locator('details.language-menu summary').click();
  await page.locator('details.language-menu').getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto('/countries/norway');
  await expect(heading(page)).toHaveText('Norway');
});

test('the language menu works without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/organisations/noas');
  await page.locator('details.language-menu summary').click();
  await page.locator('details.language-menu').getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(/\/ar\/organisations\/noas$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('button', { name: ui('ar').quick_exit })).toBeVisible();
  await context.close();
});

test('every link inside the directory stays in the language, so a copied link keeps it', async ({ page }) => {
  const pages: [string, string][] = [
    ['/', 'ul.country-list--all a'],
    ['/countries/norway', 'article#org-noas'],
    ['/countries/norway/lgbtqi', 'nav.breadcrumbs a'],
    ['/countries/norway/coi', 'nav.breadcrumbs a'],
    ['/organisations/noas', 'nav.breadcrumbs a'],
    ['/search?q=oslo', '#search-results .org-card'],
    ['/accessibility', 'h1'],
    ['/embed-builder', 'h1'],
    ['/no-such-page', 'h1'],
  ];
  for (const [path, ready] of pages) {
    await page.goto(`/fa${path}`);
    await page.locator(ready).first().waitFor();
    const hrefs = await page
      .locator('a[href^="/"]:not([hreflang])')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    // The site name, the footer's two links at least.
    expect(hrefs.length, path).toBeGreaterThanOrEqual(3);
    for (const href of hrefs) expect(href, `${path}: ${href}`).toMatch(/^\/fa\//);
  }
});

test.describe('a browser set to Arabic', () => {
  test.use({ locale: 'ar-EG' });
  test('opens in Arabic, right to left', async ({ page }) => {
    await page.goto('/');
    await expect(heading(page)).toHaveText(ui('ar').home_title);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page).toHaveURL(/\/ar\/$/);
  });
});

test.describe('a browser set to Arabic, an address asking for English', () => {
  test.use({ locale: 'ar-EG' });
  test('English stays on the next page, after a reload and in the links', async ({ page }) => {
    await page.goto('/?lang=en');
    await expect(heading(page)).toHaveText(ui('en').home_title);
    await page.locator('ul.country-list--all a', { hasText: /^Norway$/ }).click();
    await expect(page).toHaveURL(/\/countries\/norway$/);
    await expect(heading(page)).toHaveText('Norway');
    await page.reload();
    await expect(heading(page)).toHaveText('Norway');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test("an embed's link to the full directory keeps the embed's language", async ({ page }) => {
  await page.goto('/ar/embed/countries/norway');
  await expect(page.locator('.embed-footer a')).toHaveAttribute('href', '/ar/countries/norway');
  await page.goto('/embed/countries/norway');
  await expect(page.locator('.embed-footer a')).toHaveAttribute('href', '/countries/norway');
});

test.describe('a browser set to Norwegian ("no")', () => {
  test.use({ locale: 'no-NO' });
  test('"no" opens Bokmål', async ({ page }) => {
    await page.goto('/');
    await expect(heading(page)).toHaveText(ui('nb').home_title);
  });
});

test.describe('the language files', () => {
  test('English needs no language file; another language fetches its own once', async ({ page }) => {
    const asked: string[] = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/locales/')) asked.push(path);
    });
    await page.goto('/countries/norway');
    await expect(heading(page)).toHaveText('Norway');
    expect(asked).toEqual([]);
    await page.goto('/uk/countries/norway');
    await expect(page.getByRole('button', { name: ui('uk').quick_exit })).toBeVisible();
    // Moving between pages asks for nothing more.
    await page.locator('article#org-jussbuss h3 a').click();
    await expect(page).toHaveURL(/\/uk\/organisations\/jussbuss$/);
    await expect(page.locator('nav.breadcrumbs')).toBeVisible();
    expect(asked).toEqual(['/locales/uk.json']);
  });

  test('a message missing from a language file is shown in English, the rest in the language', async ({ page }) => {
    const arabic = ui('ar');
    delete arabic.home_title;
    await page.route('**/locales/ar.json', (route) => route.fulfill({ json: arabic }));
    // A page the app draws itself (the home page, reached from another).
    await page.goto('/ar/countries/norway');
    await page.locator('nav.breadcrumbs a').first().click();
    await expect(heading(page)).toHaveText(ui('en').home_title);
    await expect(page.getByRole('button', { name: arabic.quick_exit })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  });

  for (const [what, answer] of [
    ['cannot be fetched', 'abort'],
    ['is broken', 'broken'],
    ['is missing (404)', '404'],
  ] as const) {
    test(`a language file that ${what}: the page as written, in its language, its links plain links`, async ({ page }) => {
      await page.route('**/locales/ar.json', (route) =>
        answer === 'abort'
          ? route.abort('internetdisconnected')
          : route.fulfill(answer === '404' ? { status: 404, body: 'not found' } : { body: '{"home_title": "الد', contentType: 'application/json' }),
      );
      await page.goto('/ar/countries/norway');
      await expect(heading(page)).toHaveText(/النرويج/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(page.locator('nav.breadcrumbs a').first()).toHaveAttribute('href', '/ar/');
      // Following a link loads the next page, also written in Arabic.
      await page.locator('nav.breadcrumbs a').first().click();
      await expect(page).toHaveURL(/\/ar\/$/);
      await expect(heading(page)).toHaveText(ui('ar').home_title);
    });
  }

  test('offline in a language never used here, a page not written for the address: English, saying so', async ({ page }) => {
    await page.route('**/locales/ar.json', (route) => route.abort('internetdisconnected'));
    // A query: the app draws the page itself.
    await page.goto('/ar/countries/norway?kind=legal_aid');
    await expect(heading(page)).toHaveText('Norway');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('status').getByText(/could not be loaded in العربية, so it is shown in English/)).toBeVisible();
    await expect(page.locator('nav.breadcrumbs a').first()).toHaveAttribute('href', '/ar/');
  });
});

/** CLDR cardinal plural category of a whole number. */
function category(code: string, n: number): string {
  if (code === 'uk') {
    if (n % 10 === 1 && n % 100 !== 11) return 'one';
    if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) return 'few';
    return 'many';
  }
  if (code === 'ar') {
    if (n === 0) return 'zero';
    if (n === 1) return 'one';
    if (n === 2) return 'two';
    if (n % 100 >= 3 && n % 100 <= 10) return 'few';
    if (n % 100 >= 11) return 'many';
    return 'other';
  }
  return n === 1 ? 'one' : 'other';
}

test('plural forms follow each language', async ({ page }) => {
  // The number of results of a few searches, read in English, then the
  // same searches in each language (every form the counts reach).
  const counts = new Map<string, number>();
  for (const q of ['olafia', 'noas', 'oslo', '']) {
    await page.goto(`/search?q=${q}`);
    const text = (await page.locator('.search-count').textContent())!;
    counts.set(q, Number(text.match(/^(\d+) organisations? found$/)![1]));
  }
  const seen = new Set<string>();
  for (const code of ['nb', 'uk', 'ar', 'fa']) {
    for (const [q, n] of counts) {
      await page.goto(`/search?q=${q}&lang=${code}`);
      const form = category(code, n);
      seen.add(`${code}:${form}`);
      await expect(page.locator('.search-count'), `${code} ${n}`).toHaveText(plural(code, 'search_count', form, n));
    }
  }
  // The counts reach at least two forms in every language.
  for (const code of ['nb', 'uk', 'ar', 'fa']) {
    expect([...seen].filter((s) => s.startsWith(`${code}:`)).length, code).toBeGreaterThanOrEqual(2);
  }
});

test('country names, A–Z and the filter in the UI language (Intl)', async ({ page }) => {
  await page.goto('/?lang=ar');
  const arabicNorway = await page.evaluate(() => new Intl.DisplayNames(['ar'], { type: 'region' }).of('NO'));
  expect(arabicNorway).not.toBe('NO');
  await expect(page.locator('.country-list--featured [data-code="NO"] .country__name')).toHaveText(arabicNorway!);
  // A–Z as Arabic sorts.
  const names = await page.locator('.country-list--all .country__name').allTextContents();
  const sorted = await page.evaluate((n) => [...n].sort(new Intl.Collator('ar').compare), names);
  expect(names).toEqual(sorted);
  // The filter finds it by its Arabic and its English name.
  const filter = page.getByRole('searchbox', { name: ui('ar').filter_label });
  for (const typed of [arabicNorway!.slice(0, 3), 'norw']) {
    await filter.fill(typed);
    await expect(page.locator('.country-list--all [data-code="NO"]')).toBeVisible();
    await expect(page.locator('.country-list--all [data-code="SE"]')).toBeHidden();
  }
  // The country page is titled in Arabic too, and search results say where.
  await page.goto('/countries/norway?lang=ar');
  await expect(heading(page)).toHaveText(arabicNorway!);
  await page.goto('/search?q=noas&lang=ar');
  await expect(page.locator('.result__place').first()).toContainText(arabicNorway!);
});

test('data texts carry their language; other UI languages say they are in English', async ({ page }) => {
  await page.goto('/organisations/noas?lang=ar');
  await expect(page.getByRole('note').filter({ hasText: ui('ar').data_in_english })).toBeVisible();
  const description = page.locator('main p[lang="en"][dir="auto"]').first();
  await expect(description).toBeVisible();
  // Left to right by its own text, inside the right-to-left page.
  expect(await description.evaluate((p) => getComputedStyle(p).direction)).toBe('ltr');
  await page.goto('/countries/norway?lang=ar');
  await expect(page.getByRole('note').filter({ hasText: ui('ar').data_in_english })).toBeVisible();
  expect(await page.locator('main [lang="en"]').count()).toBeGreaterThan(10);
  // In English there is nothing to say.
  await page.goto('/organisations/noas');
  await expect(page.locator('.data-language')).toHaveCount(0);
});

test.describe('with data served by the test', () => {
  // The page's requests, not the service worker's saved copies, reach page.route.
  test.use({ serviceWorkers: 'block' });
  test('translated data texts show in the UI language, field by field, and the page says what is in English', async ({ page }) => {
    const file = JSON.parse(readFileSync('public/data/countries/norway.json', 'utf8'));
    const seif = file.organisations.find((o: { id: string }) => o.id === 'seif');
    expect(seif.notes.length).toBeGreaterThan(0);
    seif.translations = {
      uk: {
        description: 'Опис SEIF українською.',
        activities: seif.activities.map((_: string, i: number) => `Діяльність ${i + 1}`),
      },
    };
    // SEIF's card shows none of these (it has no "who it is for").
    await page.route('**/data/countries/norway.json', (route) => route.fulfill({ json: file }));

    await page.goto('/organisations/seif?lang=uk');
    await expect(page.locator('.org-description')).toHaveText('Опис SEIF українською.');
    await expect(page.locator('.org-description')).toHaveAttribute('lang', 'uk');
    await expect(page.locator('span[lang="uk"]', { hasText: 'Діяльність 1' })).toBeVisible();
    // Notes are not translated: in English, marked so, and the page says some texts are.
    await expect(page.locator(`span[lang="en"]`, { hasText: seif.notes[0] })).toBeVisible();
    await expect(page.locator('.data-language')).toHaveText(ui('uk').data_partly_in_english);

    // Another language: the English, and the page says so.
    await page.goto('/organisations/seif?lang=ar');
    await expect(page.locator('.org-description')).toHaveText(seif.description);
    await expect(page.locator('.org-description')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.data-language')).toHaveText(ui('ar').data_in_english);

    // The country page: the cards show no translated text yet.
    await page.goto('/countries/norway?lang=uk');
    await expect(page.locator('.data-language')).toHaveText(ui('uk').data_in_english);
    // One card's "who it is for" translated: shown, and the note says "some".
    const jussbuss = file.organisations.find((o: { id: string }) => o.id === 'jussbuss');
    jussbuss.translations = { uk: { eligibility: 'Людям з низьким доходом.' } };
    await page.goto('/countries/norway?lang=uk');
    await expect(page.locator('#org-jussbuss span[lang="uk"]')).toHaveText('Людям з низьким доходом.');
    await expect(page.locator('.data-language')).toHaveText(ui('uk').data_partly_in_english);
    await page.goto('/countries/norway?lang=nb');
    await expect(page.locator('.data-language')).toHaveText(ui('nb').data_in_english);
  });
});

/**
 * Where the first and the last character of `text` (the first place it
 * occurs in an element matching `selector`) are drawn: for text read left
 * to right, the first is left of the last.
 */
function charEdges(page: import('@playwright/test').Page, selector: string, text: string) {
  return page.evaluate(
    ([selector, text]) => {
      for (const el of document.querySelectorAll(selector)) {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(text);
          if (at < 0) continue;
          const rect = (i: number) => {
            const range = document.createRange();
            range.setStart(node!, i);
            range.setEnd(node!, i + 1);
            return range.getBoundingClientRect();
          };
          return { first: rect(at).left, last: rect(at + text.length - 1).left };
        }
      }
      return null;
    },
    [selector, text],
  );
}

test.describe('with data served by the test', () => {
  // The page's requests, not the service worker's saved copies, reach page.route.
  test.use({ serviceWorkers: 'block' });
  test('right to left: the layout is mirrored; phone numbers, links and Latin names keep their order', async ({ page }) => {
    const width = page.viewportSize()!.width;
    for (const [lang, dir] of [
      ['en', 'ltr'],
      ['ar', 'rtl'],
    ]) {
      await page.goto(`/countries/norway?lang=${lang}`);
      await page.locator('article#org-noas').waitFor();
      // The heading's text starts at the reading side; "Exit this page" sits
      // at the other.
      const [h1Box, h1Text] = await heading(page).evaluate((h) => {
        const range = document.createRange();
        range.selectNodeContents(h);
        const text = range.getBoundingClientRect();
        const box = h.getBoundingClientRect();
        return [
          { left: box.left, right: box.right },
          { left: text.left, right: text.right },
        ];
      });
      const exit = (await page.locator('.quick-exit__button').boundingBox())!;
      if (dir === 'rtl') {
        expect(h1Box.right - h1Text.right, 'h1 text at the right').toBeLessThan(2);
        expect(exit.x, 'exit button at the left').toBeLessThan(width / 2);
      } else {
        expect(h1Text.left - h1Box.left, 'h1 text at the left').toBeLessThan(2);
        expect(exit.x, 'exit button at the right').toBeGreaterThan(width / 2);
      }
      // Phone numbers, e-mail addresses and web addresses read left to right.
      // (Links that show the number or address, not a button that names it.)
      // (A Call button reads in the page's direction; its number left to right.)
      const contacts = page.locator(
        'a[href^="tel:"]:not(.button-link, .call-button), .call-button__number, a[href^="mailto:"]:not(.button-link, .report-problem a), .org-card__contacts a[href^="http"]',
      );
      expect(await contacts.count()).toBeGreaterThan(5);
      for (const direction of await contacts.evaluateAll((links) => links.map((a) => getComputedStyle(a).direction))) {
        expect(direction).toBe('ltr');
      }
      const phone = (await page.locator('.org-card a[href^="tel:"]').first().textContent())!.trim();
      const edges = await charEdges(page, '.org-card a[href^="tel:"]', phone);
      expect(edges!.first, `${lang}: ${phone} drawn left to right`).toBeLessThan(edges!.last);
    }
    // A Latin name ending in a full stop keeps it at its end in an Arabic
    // page (a name made up for the test, served in place of one of the data).
    const file = JSON.parse(readFileSync('public/data/countries/norway.json', 'utf8'));
    const made = 'Test Centre Inc.';
    file.organisations.find((o: { id: string }) => o.id === 'noas').name = made;
    await page.route('**/data/countries/norway.json', (route) => route.fulfill({ json: file }));
    await page.goto('/countries/norway?lang=ar');
    await page.locator('.org-card__name', { hasText: made }).waitFor();
    const name = await charEdges(page, '.org-card__name', made);
    expect(name!.first, `"${made}" drawn left to right`).toBeLessThan(name!.last);
    await page.unroute('**/data/countries/norway.json');
    // "LGBTQI+" inside Persian text keeps its "+" at its end.
    await page.goto('/?lang=fa');
    await heading(page).waitFor();
    const token = await charEdges(page, 'main p', 'LGBTQI+');
    expect(token, 'the Persian introduction names LGBTQI+').not.toBeNull();
    expect(token!.first, '"LGBTQI+" drawn left to right').toBeLessThan(token!.last);
  });
});

test('in Arabic, every Latin text on a page is marked English or isolated', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the markup does not depend on the width');
  // Latin words the Arabic messages themselves use ("Shift", "WCAG").
  const own = new Set(
    Object.values(ui('ar'))
      .flatMap((m) => m.match(/[A-Za-z]{2,}/g) ?? [])
      .map((w) => w.toLowerCase()),
  );
  for (const [path, ready] of [
    ['/countries/norway', 'article#org-noas'],
    ['/countries/norway/lgbtqi', '.timeline__item'],
    ['/countries/norway/coi', 'h1'],
    ['/organisations/noas', '.office'],
    ['/organisations/jussbuss', '.office'],
    ['/search?q=oslo', '#search-results .org-card'],
    ['/accessibility', 'h1'],
  ]) {
    await page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=ar`);
    await page.locator(ready).first().waitFor();
    const unmarked = await page.evaluate((own) => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // Text put into a message between isolates (U+2066/U+2068 … U+2069)
        // is isolated already.
        const text = node.textContent!.replace(/[\u2066\u2067\u2068][^\u2069]*\u2069/g, '');
        const words = (text.match(/[A-Za-z]{2,}/g) ?? []).map((w) => w.toLowerCase());
        if (words.every((w) => own.includes(w))) continue;
        const el = node.parentElement!;
        if (el.closest('option, script, style')) continue;
        // A value put into a message can be a text node of its own, between
        // the message's isolates.
        const before = node.previousSibling?.textContent ?? '';
        const after = node.nextSibling?.textContent ?? '';
        if (/[\u2066\u2068]$/.test(before) && after.startsWith('\u2069')) continue;
        // Marked as another language, or isolated (by markup or by style:
        // phone numbers and e-mail addresses are drawn left to right).
        const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
        const style = getComputedStyle(el);
        const isolated =
          el.closest('bdi, [dir="ltr"], [dir="auto"]') ||
          (style.direction === 'ltr' && style.unicodeBidi.includes('isolate'));
        if (lang !== 'ar' || isolated) continue;
        out.push(`${el.tagName}.${el.className}: ${node.textContent!.trim().slice(0, 60)}`);
      }
      return out;
    }, [...own]);
    expect(unmarked, path).toEqual([]);
  }
});
