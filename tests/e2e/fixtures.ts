// Shared set-up for every browser test: page objects, the dataset the
// expectations are built from, and two guards that run on every page:
// no request leaves the app's origin, and the console shows no errors.
import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CountryPage } from './pages/country-page';
import { HomePage } from './pages/home-page';
import { NotFoundPage } from './pages/not-found-page';
import { OrganisationPage } from './pages/organisation-page';

export interface CountryEntry {
  code: string;
  name: string;
  slug: string;
  content?: {
    file: string;
    organisations: { total: number; legal_aid: number; other_support: number; lgbtqi: number };
    last_verified: string;
    brotli_bytes?: number;
  };
}
export interface Index {
  schema_version: number;
  countries: CountryEntry[];
}

/** The shipped index, read from public/data so tests follow the data. */
export const shippedIndex: Index = JSON.parse(readFileSync('public/data/index.json', 'utf8'));

/** The shipped Norway file (only the parts the tests read are typed). */
export interface Organisation {
  id: string;
  name: string;
  categories: string[];
  added?: boolean;
  phones?: { id: string; number: string; purpose: string; verification?: { status: string } }[];
  emails?: { address: string }[];
  verification: { status: string; last_verified: string };
}
export const norway: { name: string; organisations: Organisation[]; lgbtqi: { legal_situation: { topic: string }[] } } =
  JSON.parse(readFileSync('public/data/countries/norway.json', 'utf8'));
export const org = (id: string) => norway.organisations.find((o) => o.id === id)!;

/** Every shipped country file, by slug (the parts the tests read). */
export interface CountryFile {
  code: string;
  slug: string;
  name: string;
  local_name?: string;
  local_language?: string;
  time_zone: string;
  organisations: (Organisation & { local_name?: string; name_lang?: string })[];
}
export const countryFiles: CountryFile[] = shippedIndex.countries
  .filter((c) => c.content)
  .map((c) => JSON.parse(readFileSync(`public/data/${c.content!.file}`, 'utf8')));
export const allOrganisations = countryFiles.flatMap((c) => c.organisations);

interface Options {
  /**
   * After each full page load (goto, reload, back, forward), wait until the
   * app has taken the pre-rendered page over (`<html data-live>`), so a
   * test acts on the live page, as a person does a moment after it shows.
   * Off for tests of the page before or without the app.
   */
  waitForApp: boolean;
}

interface Fixtures {
  homePage: HomePage;
  notFoundPage: NotFoundPage;
  countryPage: CountryPage;
  organisationPage: OrganisationPage;
  /** Console errors seen so far; a test that expects some can clear it. */
  consoleErrors: string[];
}

export const test = base.extend<Fixtures & Options>({
  waitForApp: [true, { option: true }],
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await use(errors);
  },
  page: async ({ page, baseURL, waitForApp, javaScriptEnabled }, use) => {
    if (waitForApp && javaScriptEnabled !== false) {
      for (const method of ['goto', 'reload', 'goBack', 'goForward'] as const) {
        const original = (page[method] as (...a: unknown[]) => Promise<unknown>).bind(page);
        (page as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
          const response = await original(...args);
          // Only the directory's pages (those that load the app, on any
          // of the test servers; a partner's page is not one); a page that
          // never goes live (an error page) is the test's to judge.
          await page
            .waitForFunction(
              () =>
                !document.querySelector('script[type="module"][src*="/start-"]') ||
                document.documentElement.hasAttribute('data-live'),
              null,
              { timeout: 10_000 },
            )
            .catch(() => {});
          return response;
        };
      }
    }
    // E2E_TODAY=2028-06-01 runs the suite as if on another day (every entry
    // of the shipped data then "may be out of date"): the tests must not
    // depend on the calendar.
    if (process.env.E2E_TODAY) await page.clock.setFixedTime(new Date(`${process.env.E2E_TODAY}T12:00:00Z`));
    // The app's own server: the test server's host (some tests start a
    // second server on another loopback port). "localhost" is the partner
    // site of the embed tests (tests/e2e/partner.ts), never the app's.
    const host = new URL(baseURL!).hostname;
    const partner = 'localhost';
    const foreign: string[] = [];
    // On the context, so the service worker's own requests are seen too.
    page.context().on('request', (r) => {
      const url = new URL(r.url());
      let top = false;
      try {
        top = r.frame() === page.mainFrame();
      } catch {
        // a service worker's request has no frame
      }
      const own = url.hostname === host || (url.hostname === partner && top);
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && !own) foreign.push(r.url());
    });
    await use(page);
    expect(foreign, 'requests to other origins').toEqual([]);
  },
  homePage: async ({ page }, use) => use(new HomePage(page)),
  notFoundPage: async ({ page }, use) => use(new NotFoundPage(page)),
  countryPage: async ({ page }, use) => use(new CountryPage(page)),
  organisationPage: async ({ page }, use) => use(new OrganisationPage(page)),
});

export { expect };

/**
 * The address with a query: a page the app draws itself (pages are written
 * at build time for addresses without one), so its loading and error
 * states show. A written page whose data fails to load stays as written
 * (prerender.spec.ts).
 */
export const drawnByTheApp = (path: string) => `${path}${path.includes('?') ? '&' : '?'}drawn`;

/** Every page has exactly one h1 and headings that never skip a level. */
export async function expectSoundHeadings(page: Page) {
  await expect(page.locator('h1')).toHaveCount(1);
  const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) =>
    hs.map((h) => Number(h.tagName.slice(1))),
  );
  for (let i = 1; i < levels.length; i++) {
    expect(levels[i] - levels[i - 1], `heading levels ${levels.join(',')}`).toBeLessThanOrEqual(1);
  }
}

/** The page fits the viewport: nothing scrolls sideways (360 px phones). */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Opens the filters where they are folded away (narrow screens). */
export async function showFilters(page: Page) {
  const toggle = page.locator('.filters-toggle').first();
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

/** A UI language's messages, from its file. */
export const ui = (code: string): Record<string, string> => JSON.parse(readFileSync(`locales/${code}.json`, 'utf8'));
/** A language's address prefix (none for English). */
export const langPrefix = (code: string) => (code === 'en' ? '' : `/${code}`);

/** Marks the page's first heading as read from the written page: taken
 * over (not drawn again) by the app, it is still the same element after. */
export async function markWrittenHeading(page: Page) {
  await page.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => {
      const h1 = document.querySelector('h1');
      if (h1) (h1 as unknown as { written: boolean }).written = true;
    }),
  );
}
/** Whether the first heading is still the one the written page had. */
export const headingIsWritten = (page: Page) =>
  page.locator('h1').first().evaluate((h) => (h as unknown as { written?: boolean }).written === true);
