// Which country files the worker saves, on servers of their own (copies of
// dist/ whose data the tests change). Above the offline cap (all country
// files together more than 1 MB with brotli) it saves only the countries a
// person opens or saves; below it, all of them. A data answer that is an
// error or broken never replaces a good saved copy.
import { readFileSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, shippedIndex } from './fixtures';
import { serveCopy, waitForControl } from './own-server';

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });

const NORWAY = '/data/countries/norway.json';
const SAVED_NORWAY = 'Saved on this device: the Norway pages work offline.';
type Served = Awaited<ReturnType<typeof serveCopy>>;
type Entry = { code: string; slug: string; name: string; content?: Record<string, unknown> };

function editIndex(served: Served, edit: (index: { countries: Entry[] }) => void) {
  const file = `${served.dist}/data/index.json`;
  const index = JSON.parse(readFileSync(file, 'utf8'));
  edit(index);
  writeFileSync(file, JSON.stringify(index));
}
const norwayOf = (index: { countries: Entry[] }) => index.countries.find((c) => c.code === 'NO')!;

/** The saved copy of `url` (its text), or null. */
const saved = (page: Page, url: string) =>
  page.evaluate(async (u) => {
    const r = await caches.match(u);
    return r ? r.text() : null;
  }, url);

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one run is enough: it starts its own server');
});

test.describe('above the cap', () => {
  let served: Served;
  test.beforeAll(async ({}, testInfo) => {
    if (testInfo.project.name !== 'desktop') return;
    served = await serveCopy(testInfo.outputPath('dist'), 8287);
    // One country, Norway, made 2 MB: the others are left out of the index.
    editIndex(served, (index) => {
      for (const country of index.countries) if (country.code !== 'NO') delete country.content;
      norwayOf(index).content!.brotli_bytes = 2_000_000;
    });
  });
  test.afterAll(() => served?.stop());

  test('the country read on the first visit is saved, and "Save for offline use" saves it again', async ({ page, context }) => {
    // First visit: the page loads its data before the worker is installed;
    // once the worker takes over, the page has it save what it is showing.
    await page.goto(`${served.base}/countries/norway`);
    await waitForControl(page);
    await expect(page.getByText(SAVED_NORWAY)).toBeVisible();
    expect(await saved(page, NORWAY)).toContain('"slug": "norway"');

    // The saved copy is lost (storage cleared): the page offers to save it.
    await page.evaluate(async (u) => (await caches.open('data-v1')).delete(u), NORWAY);
    await page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link', { name: 'Countries' }).click();
    await page.locator('ul.country-list--featured').getByRole('link', { name: 'Norway' }).click();
    const button = page.getByRole('button', { name: 'Save Norway for offline use (2 MB)' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText(SAVED_NORWAY)).toBeVisible();
    await expect(button).toBeHidden();
    // Focus moves from the button that went away to the news.
    await expect(page.getByRole('status').filter({ hasText: SAVED_NORWAY })).toBeFocused();
    expect(await saved(page, NORWAY)).toContain('"slug": "norway"');

    await context.setOffline(true);
    await page.goto(`${served.base}/countries/norway/coi`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Country of origin information: Norway');
    await context.setOffline(false);
  });

  test('the home page offers "Save all" with the download size, and saves every country', async ({ page, context }) => {
    await page.goto(`${served.base}/`);
    await waitForControl(page);
    expect(await saved(page, '/data/index.json')).not.toBeNull();
    expect(await saved(page, NORWAY)).toBeNull();
    await expect(page.getByText('The directory is large, so this device keeps only the countries you open or save.')).toBeVisible();
    const results = await new AxeBuilder({ page }).include('.offline-save').withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(results.violations).toEqual([]);
    await page.getByRole('button', { name: 'Save all countries for offline use (2 MB)' }).click();
    await expect(page.getByText("The directory's 1 country is saved on this device: it works offline.")).toBeVisible();
    expect(await saved(page, NORWAY)).not.toBeNull();

    await context.setOffline(true);
    await page.goto(`${served.base}/organisations/noas`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Norwegian Organisation for Asylum Seekers');
    await context.setOffline(false);
  });

  test('a country opened is saved without asking', async ({ page }) => {
    await page.goto(`${served.base}/`);
    await waitForControl(page);
    await page.locator('ul.country-list--featured').getByRole('link', { name: 'Norway' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Norway');
    await expect(page.getByText(SAVED_NORWAY)).toBeVisible();
    expect(await saved(page, NORWAY)).not.toBeNull();
  });

  test('saving while offline says it failed, and keeps the button', async ({ page, context }) => {
    await page.goto(`${served.base}/`);
    await waitForControl(page);
    await context.setOffline(true);
    await page.getByRole('button', { name: /^Save all countries/ }).click();
    await expect(page.getByText('1 country could not be saved. Try again when you are online.')).toBeVisible();
    await context.setOffline(false);
    await page.getByRole('button', { name: /^Save all countries/ }).click();
    await expect(page.getByText("The directory's 1 country is saved on this device: it works offline.")).toBeVisible();
  });

  test('a saved country is fetched again when its index entry changes, and deleted when it leaves the index', async ({ page }) => {
    await page.goto(`${served.base}/countries/norway`);
    await waitForControl(page);
    await expect(page.getByText(SAVED_NORWAY)).toBeVisible();

    // An editor corrects the file and the index entry's date; the person only opens the home page.
    const file = `${served.dist}${NORWAY}`;
    const original = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, original.replace('"name": "Norway"', '"name": "Norway (corrected)"'));
      editIndex(served, (index) => {
        norwayOf(index).content!.last_verified = '2026-11-25';
      });
      await page.goto(`${served.base}/`);
      await expect.poll(() => saved(page, NORWAY), { timeout: 10_000 }).toContain('Norway (corrected)');

      editIndex(served, (index) => {
        delete norwayOf(index).content;
      });
      await page.goto(`${served.base}/`);
      await expect.poll(() => saved(page, NORWAY), { timeout: 10_000 }).toBeNull();
      expect(await saved(page, '/data/index.json')).not.toContain('"content":{"file":"countries/norway.json"');
    } finally {
      writeFileSync(file, original);
    }
  });
});

test.describe('below the cap', () => {
  let served: Served;
  test.beforeAll(async ({}, testInfo) => {
    if (testInfo.project.name !== 'desktop') return;
    served = await serveCopy(testInfo.outputPath('dist'), 8288);
  });
  test.afterAll(() => served?.stop());

  test('a country added to the index without a rebuild is saved on the next visit', async ({ page }) => {
    await page.goto(`${served.base}/`);
    await waitForControl(page);
    const withEntries = shippedIndex.countries.filter((c) => c.content).length;
    await expect(page.getByText(`All ${withEntries} countries in the directory are saved on this device: it works offline.`)).toBeVisible();
    // An editor publishes another country (here: Norway's file under another name).
    copyFileSync(`${served.dist}${NORWAY}`, `${served.dist}/data/countries/chile.json`);
    try {
      editIndex(served, (index) => {
        const cl = index.countries.find((c) => c.code === 'CL')!;
        cl.content = { ...norwayOf(index).content, file: 'countries/chile.json' };
      });
      await page.reload();
      await expect.poll(() => saved(page, '/data/countries/chile.json'), { timeout: 10_000 }).not.toBeNull();
    } finally {
      rmSync(`${served.dist}/data/countries/chile.json`);
    }
  });

  test('an error or a broken file from the server never replaces the saved copy', async ({ page, consoleErrors }) => {
    await page.goto(`${served.base}/countries/norway`);
    await waitForControl(page);
    const good = await saved(page, NORWAY);
    expect(good).toContain('"slug": "norway"');
    const file = `${served.dist}${NORWAY}`;
    const original = readFileSync(file, 'utf8');
    try {
      for (const broken of ['{"schema_version": 1, "code": ', '{"schema_version": 99}', null]) {
        if (broken === null) rmSync(file);
        else writeFileSync(file, broken);
        // Opening the page answers from the saved copy and refreshes it in
        // the background; the refresh must not store the bad answer.
        await page.goto(`${served.base}/countries/norway`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Norway');
        await page.waitForLoadState('networkidle');
        expect(await saved(page, NORWAY), String(broken)).toBe(good);
      }
    } finally {
      writeFileSync(file, original);
    }
    consoleErrors.length = 0;
  });
});
