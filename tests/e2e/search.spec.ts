// Search and filters: the header's box, the search page (results as one
// types, the address replaced not pushed, focus kept, the count announced,
// the keyboard), filters in the address on the search and country pages,
// the embed's box, Share and the printed page.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectSoundHeadings, expectNoHorizontalScroll, norway, showFilters } from './fixtures';

interface SearchOrg {
  id: string;
  name: string;
  cities?: string[];
  categories: string[];
  services?: string[];
  languages?: string[];
}
const searchIndex: { organisations: SearchOrg[] } = JSON.parse(readFileSync('public/data/search.json', 'utf8'));
const orgs = searchIndex.organisations;
const nameOf = (id: string) => orgs.find((o) => o.id === id)!.name;

const results = (page: Page) => page.locator('#search-results .org-card__name a');
const count = (page: Page) => page.locator('.search-count');
const box = (page: Page) => page.getByRole('searchbox', { name: 'Search organisations' });

test('the header box opens the search page, and Back returns', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === 'phone-360', 'phones have a link to the search page instead (phone.spec.ts)');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const header = page.getByRole('searchbox', { name: 'Search the directory' });
  await header.fill('asylsokere');
  await header.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=asylsokere$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page).toHaveTitle(/^Search: asylsokere – /);
  await expect(results(page).first()).toHaveText(nameOf('noas'));
  await expect(box(page)).toHaveValue('asylsokere');
  // The search page has its own box: the header's is not repeated there.
  await expect(page.getByRole('searchbox')).toHaveCount(1);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
});

test('results follow typing; the address is replaced and focus stays in the box', async ({ page }) => {
  await page.goto('/search');
  await expect(count(page)).toHaveText(`${orgs.length} organisations found`);
  const before = await page.evaluate(() => history.length);
  await box(page).click();
  await page.keyboard.type('juss buss', { delay: 30 });
  await expect(results(page).first()).toHaveText(nameOf('jussbuss'));
  await expect(page).toHaveURL(/\/search\?q=juss%20buss$/);
  await expect(box(page)).toBeFocused();
  expect(await page.evaluate(() => history.length)).toBe(before);
  // The count is a polite live region, and says what was found.
  await expect(count(page)).toHaveAttribute('role', 'status');
  const n = await results(page).count();
  await expect(count(page)).toHaveText(n === 1 ? '1 organisation found' : `${n} organisations found`);
  // Nothing found says so.
  await box(page).fill('xyzzyq');
  await expect(count(page)).toHaveText(/^No organisation matches/);
  await expect(results(page)).toHaveCount(0);
});

test('typos, folding and cities, as people type them', async ({ page }) => {
  for (const [query, first] of [
    ['JussBuss', 'jussbuss'],
    ['asylsøkere', 'noas'],
    ['asylsokree', 'noas'], // two letters swapped
    ['landsforeningen', 'fri'], // a former name
  ]) {
    await page.goto(`/search?q=${encodeURIComponent(query)}`);
    await expect(results(page).first(), query).toHaveText(nameOf(first));
  }
  // "tromso" finds every organisation with an office in Tromsø.
  await page.goto('/search?q=tromso');
  const inTromso = orgs.filter((o) => o.cities?.includes('Tromsø')).map((o) => o.name);
  expect(inTromso.length).toBeGreaterThan(0);
  await expect(results(page)).toHaveText(inTromso);
});

test('Back and Forward bring the words back into the box', async ({ page }) => {
  await page.goto('/search?q=noas');
  await expect(results(page).first()).toHaveText(nameOf('noas'));
  await page.getByRole('link', { name: nameOf('noas') }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nameOf('noas'));
  await page.goBack();
  await expect(box(page)).toHaveValue('noas');
  await expect(results(page).first()).toHaveText(nameOf('noas'));
});

test('the keyboard: arrows move between the box and the results', async ({ page }) => {
  await page.goto('/search?q=oslo');
  await expect(results(page).nth(2)).toBeVisible();
  await box(page).focus();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const name = await results(page).nth(0).textContent();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name!);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('filters combine, show counts and live in the address', async ({ page }) => {
  const service = 'housing';
  const withService = orgs.filter((o) => o.services?.includes(service));
  expect(withService.length).toBeGreaterThan(0);
  await page.goto('/search');
  await showFilters(page);
  const select = page.getByLabel('Helps with');
  await expect(select.locator(`option[value="${service}"]`)).toHaveText(`Housing (${withService.length})`);
  const before = await page.evaluate(() => history.length);
  await select.focus();
  await select.selectOption(service);
  await expect(page).toHaveURL(/\/search\?service=housing$/);
  await expect(results(page)).toHaveCount(withService.length);
  await expect(select).toBeFocused();
  expect(await page.evaluate(() => history.length)).toBe(before);
  // A second filter narrows further; the city list counts with the service chosen.
  const city = 'Oslo';
  const both = withService.filter((o) => o.cities?.includes(city));
  await expect(page.getByLabel('City').locator(`option[value="${city}"]`)).toHaveText(`${city} (${both.length})`);
  await page.getByLabel('City').selectOption(city);
  await expect(page).toHaveURL(/\/search\?service=housing&city=Oslo$/);
  await expect(results(page)).toHaveCount(both.length);
  // The address alone brings them back.
  await page.reload();
  await showFilters(page);
  await expect(page.getByLabel('Helps with')).toHaveValue(service);
  await expect(page.getByLabel('City')).toHaveValue(city);
  await expect(results(page)).toHaveCount(both.length);
  // Words and filters together.
  await box(page).fill('jussbuss');
  await expect(page).toHaveURL(/\/search\?q=jussbuss&service=housing&city=Oslo$/);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/search\?q=jussbuss$/);
  await expect(page.getByLabel('City')).toHaveValue('');
  await expect(page.getByLabel('Helps with')).toHaveValue('');
  // The button went away: focus is on the first menu, not lost.
  await expect(page.getByLabel('Category')).toBeFocused();
});

test('a menu chosen by hand shows "all" again after Clear filters', async ({ page }) => {
  await page.goto('/search');
  await expect(count(page)).toHaveText(`${orgs.length} organisations found`);
  await showFilters(page);
  await page.getByLabel('Category').selectOption('legal_aid');
  await expect(page).toHaveURL(/\/search\?category=legal_aid$/);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/search$/);
  await expect(page.getByLabel('Category')).toHaveValue('');
  await expect(count(page)).toHaveText(`${orgs.length} organisations found`);
});

test('leaving within the typing pause stays left; arrow down right after typing goes to the new results', async ({ page }) => {
  await page.goto('/search?q=oslo');
  await expect(results(page).first()).toBeVisible();
  // ↓ before the pause is over: the first result of what was typed.
  await box(page).fill('jussbuss');
  await page.keyboard.press('ArrowDown');
  await expect(results(page).first()).toHaveText(nameOf('jussbuss'));
  await expect(results(page).first()).toBeFocused();
  // Type, and leave at once (a click, so the update is still waiting):
  // it must not bring the search back.
  await box(page).fill('noa');
  await results(page).first().click();
  await expect(page).toHaveURL(/\/organisations\//);
  await page.waitForTimeout(500);
  await expect(page).toHaveURL(/\/organisations\//);
});

test('language: an organisation that speaks Arabic', async ({ page }) => {
  const arabic = orgs.filter((o) => o.languages?.some((l) => l === 'ar' || l.startsWith('ar-')));
  expect(arabic.length).toBeGreaterThan(0);
  await page.goto('/search?language=ar');
  await expect(page.getByLabel('Language spoken')).toHaveValue('ar');
  await expect(page.getByLabel('Language spoken').locator('option[value="ar"]')).toHaveText(`Arabic (${arabic.length})`);
  await expect(results(page)).toHaveText(arabic.map((o) => o.name).sort((a, b) => a.localeCompare(b)));
});

test('kinds of help match in the UI language and in English', async ({ page }) => {
  const ar: Record<string, string> = JSON.parse(readFileSync('locales/ar.json', 'utf8'));
  // No name, city or description word of the data has "children": only the
  // kind of help's English name can find these.
  const expected = orgs
    .filter((o) => o.services?.includes('children'))
    .map((o) => o.name)
    .sort();
  expect(expected.length).toBeGreaterThan(0);
  for (const words of [ar.service_children, 'children']) {
    await page.goto(`/search?lang=ar&q=${encodeURIComponent(words)}`);
    await expect(page.locator('#search-results .org-card')).toHaveCount(expected.length);
    expect((await results(page).allTextContents()).sort(), words).toEqual(expected);
  }
});

test.describe('open now', () => {
  test.use({ timezoneId: 'America/New_York' });
  test('lists only what is open at this moment, each in its own country\'s time', async ({ page }) => {
    // Monday 10:00 in Oslo: NOAS is open. At 02:30 on a Sunday in Oslo
    // (03:30 in Cairo, where Sunday is a working day; 04:30 in Istanbul)
    // nothing with hours is.
    await page.clock.setFixedTime(new Date('2026-11-23T09:00:00Z'));
    await page.goto('/search?open=1');
    await expect(page.getByLabel(/^Open now/)).toBeChecked();
    await expect(results(page).first()).toBeVisible();
    const names = await results(page).allTextContents();
    expect(names).toContain(nameOf('noas'));
    for (const status of await page.locator('#search-results .hours-now').allTextContents()) {
      expect(status).toMatch(/^Open now/);
    }
    await expect(page.locator('#search-results .org-card')).toHaveCount(names.length);
    await expect(page.locator('#search-results .hours-now')).toHaveCount(names.length);
    await page.clock.setFixedTime(new Date('2026-11-29T01:30:00Z'));
    await page.reload();
    await expect(count(page)).toHaveText(/^No organisation matches/);
    await expect(page.getByLabel('Open now (0)')).toBeChecked();
  });
});

test('the country page: filters hide cards, count, and live in the address', async ({ page }) => {
  const listed = norway.organisations.filter(
    (o) => o.categories.includes('legal_aid') || o.categories.includes('other_support'),
  );
  const inBergen = orgs.filter((o) => listed.some((l) => l.id === o.id) && o.cities?.includes('Bergen'));
  expect(inBergen.length).toBeGreaterThan(0);
  await page.goto('/countries/norway');
  await showFilters(page);
  const city = page.getByLabel('City');
  await expect(city.locator('option[value="Bergen"]')).toHaveText(`Bergen (${inBergen.length})`);
  await city.focus();
  await city.selectOption('Bergen');
  await expect(page).toHaveURL(/\/countries\/norway\?city=Bergen$/);
  await expect(city).toBeFocused();
  const visible = page.locator('.org-list > li:visible .org-card__name a');
  await expect(visible).toHaveText(
    listed.filter((l) => inBergen.some((o) => o.id === l.id)).map((l) => l.name),
    { useInnerText: true },
  );
  await expect(page.locator('.filters__count')).toHaveText(
    `${inBergen.length} organisation${inBergen.length === 1 ? '' : 's'} on this page match${inBergen.length === 1 ? 'es' : ''} the filters.`,
  );
  // A section left empty says so; one with cards does not.
  for (const [section, category] of [['legal-aid', 'legal_aid'], ['other-support', 'other_support']]) {
    const here = inBergen.filter((o) => o.categories.includes(category)).length;
    await expect(page.locator(`#${section} .org-list > li:visible`)).toHaveCount(here);
    await expect(page.locator(`#${section} .filters__none`)).toBeVisible({ visible: here === 0 });
  }
  await page.goto('/countries/norway?category=legal_aid');
  await expect(page.locator('#other-support .org-list > li:visible')).toHaveCount(0);
  await expect(page.locator('#other-support .filters__none')).toBeVisible();
});

test('the search page is accessible, in order and fits a phone', async ({ page }) => {
  await page.goto('/search?q=oslo');
  await expect(results(page).first()).toBeVisible();
  await expectSoundHeadings(page);
  await expectNoHorizontalScroll(page);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(axe.violations).toEqual([]);
  await page.goto('/countries/norway?service=asylum');
  await expect(page.getByLabel('Helps with')).toHaveValue('asylum');
  const country = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(country.violations).toEqual([]);
});

test('embeds: no search box unless sections ask for it; searching stays in the embed', async ({ page }) => {
  await page.goto('/embed/countries/norway');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(norway.name);
  await expect(page.getByRole('searchbox')).toHaveCount(0);
  await page.goto('/embed/countries/norway?sections=legal_aid,search');
  const embedBox = page.getByRole('searchbox', { name: 'Search the directory' });
  await embedBox.fill('noas');
  await embedBox.press('Enter');
  await expect(page).toHaveURL(/\/embed\/search\?q=noas&sections=legal_aid,search$/);
  await expect(results(page).first()).toHaveText(nameOf('noas'));
  await expect(results(page).first()).toHaveAttribute('href', '/embed/organisations/noas?sections=legal_aid,search');
  // Typing on the embed's search page (the address follows after a pause,
  // from a timer) stays in the embed too.
  await page.getByRole('searchbox', { name: 'Search organisations' }).fill('jussbuss');
  await expect(page).toHaveURL(/\/embed\/search\?q=jussbuss&sections=legal_aid,search$/);
  await expect(results(page).first()).toHaveText(nameOf('jussbuss'));
});

test.describe('share', () => {
  test('copies the link where there is no share sheet', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      // Headless Chromium on Linux has no share sheet; make sure of it.
      Object.defineProperty(navigator, 'share', { value: undefined });
    });
    await page.goto('/organisations/noas');
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.locator('.share-page__status')).toHaveText('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/organisations/noas`);
  });

  test('uses the share sheet where there is one', async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      (window as unknown as { shared: unknown[] }).shared = [];
      Object.defineProperty(navigator, 'share', {
        value: (data: unknown) => {
          (window as unknown as { shared: unknown[] }).shared.push(data);
          return Promise.resolve();
        },
      });
    });
    await page.goto('/organisations/jussbuss');
    await page.getByRole('button', { name: 'Share' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { shared: unknown[] }).shared)).toEqual([
      { title: nameOf('jussbuss'), url: `${baseURL}/organisations/jussbuss` },
    ]);
    await expect(page.locator('.share-page__status')).toHaveText('');
    // In another language the shared link opens in that language.
    const ar: Record<string, string> = JSON.parse(readFileSync('locales/ar.json', 'utf8'));
    await page.goto('/ar/organisations/jussbuss');
    await page.getByRole('button', { name: ar.share }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared: { url: string }[] }).shared.map((s) => s.url)))
      .toEqual([`${baseURL}/ar/organisations/jussbuss`]);
  });
});

test('the printed organisation page: contacts and sources, no controls', async ({ page }) => {
  await page.goto('/organisations/noas');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nameOf('noas'));
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.quick-exit', '.site-header', '.site-footer', '.share-page', '.add-contact', '.embed-this', '.breadcrumbs']) {
    await expect(page.locator(selector).first(), selector).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('a[href^="tel:"]').first()).toBeVisible();
  // Links print their address.
  const after = await page
    .locator('a[href^="tel:"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('tel:');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.share-page')).toBeVisible();
});
