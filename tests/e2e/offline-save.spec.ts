// Above the offline cap (all country files together more than 1 MB with
// brotli), the worker saves only the countries a person opens or saves.
// These tests serve a copy of dist/ whose index says Norway is 2 MB.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { serveCopy, waitForControl } from './own-server';

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });

const NORWAY = '/data/countries/norway.json';
let served: Awaited<ReturnType<typeof serveCopy>>;

function editIndex(edit: (norway: { content?: Record<string, unknown> }) => void) {
  const file = `${served.dist}/data/index.json`;
  const index = JSON.parse(readFileSync(file, 'utf8'));
  edit(index.countries.find((c: { code: string }) => c.code === 'NO'));
  writeFileSync(file, JSON.stringify(index));
}

const saved = (page: Page, url: string) =>
  page.evaluate(async (u) => {
    const r = await caches.match(u);
    return r ? r.text() : null;
  }, url);

test.beforeAll(async ({}, testInfo) => {
  if (testInfo.project.name !== 'desktop') return;
  served = await serveCopy(testInfo.outputPath('dist'), 8283);
  editIndex((no) => {
    no.content!.brotli_bytes = 2_000_000;
  });
});

test.afterAll(() => served?.stop());

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one run is enough: it starts its own server');
});

test('a country page offers "Save for offline use", and saving makes it work offline', async ({ page, context }) => {
  // First visit: the page loads its data before the worker is installed.
  await page.goto(`${served.base}/countries/norway`);
  await waitForControl(page);
  expect(await saved(page, '/data/index.json')).not.toBeNull();
  expect(await saved(page, NORWAY)).toBeNull();
  const button = page.getByRole('button', { name: 'Save Norway for offline use (2 MB)' });
  await button.click();
  await expect(page.getByText('Saved on this device: the Norway pages work offline.')).toBeVisible();
  await expect(button).toHaveCount(0);
  expect(await saved(page, NORWAY)).toContain('"slug": "norway"');

  await context.setOffline(true);
  await page.goto(`${served.base}/countries/norway/coi`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Country of origin information: Norway');
  await context.setOffline(false);
});

test('the home page offers "Save all" with the download size, and saves every country', async ({ page, context }) => {
  await page.goto(`${served.base}/`);
  await waitForControl(page);
  await expect(page.getByText('The directory is large, so this device keeps only the countries you open or save.')).toBeVisible();
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
  await expect(page.getByText('Saved on this device: the Norway pages work offline.')).toBeVisible();
  expect(await saved(page, NORWAY)).not.toBeNull();
});

test('saving while offline says it failed, and keeps the button', async ({ page, context }) => {
  await page.goto(`${served.base}/countries/norway`);
  await waitForControl(page);
  await context.setOffline(true);
  await page.getByRole('button', { name: /^Save Norway for offline use/ }).click();
  await expect(page.getByText('Could not save. Try again when you are online.')).toBeVisible();
  await context.setOffline(false);
  await page.getByRole('button', { name: /^Save Norway for offline use/ }).click();
  await expect(page.getByText('Saved on this device: the Norway pages work offline.')).toBeVisible();
});

test('a saved country is fetched again when its index entry changes, and deleted when it leaves the index', async ({ page }) => {
  await page.goto(`${served.base}/countries/norway`);
  await waitForControl(page);
  await page.getByRole('button', { name: /^Save Norway for offline use/ }).click();
  await expect(page.getByText(/^Saved on this device/)).toBeVisible();

  // An editor corrects the file and the index entry's date; the person only opens the home page.
  const file = `${served.dist}${NORWAY}`;
  const original = readFileSync(file, 'utf8');
  try {
    writeFileSync(file, original.replace('"name": "Norway"', '"name": "Norway (corrected)"'));
    editIndex((no) => {
      no.content!.last_verified = '2026-11-25';
    });
    await page.goto(`${served.base}/`);
    await expect.poll(() => saved(page, NORWAY), { timeout: 10_000 }).toContain('Norway (corrected)');

    editIndex((no) => {
      delete no.content;
    });
    await page.goto(`${served.base}/`);
    await expect.poll(() => saved(page, NORWAY), { timeout: 10_000 }).toBeNull();
  } finally {
    writeFileSync(file, original);
  }
});
