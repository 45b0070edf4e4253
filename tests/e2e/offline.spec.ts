// After one visit, every page and the data work with no network.
import { readFileSync } from 'node:fs';
import { test, expect, shippedIndex } from './fixtures';

const arabic: Record<string, string> = JSON.parse(readFileSync('locales/ar.json', 'utf8'));

test.use({ serviceWorkers: 'allow' });

test('after one online visit, deep links render offline', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.locator('ul.country-list--all [data-code="NO"]')).toBeVisible();
  // The worker is installed (shell and data cached) and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  // Below the offline cap every country is saved on install: the pages say
  // so, and offer no buttons.
  const withEntries = shippedIndex.countries.filter((c) => c.content).length;
  await expect(page.getByText(`All ${withEntries} countries in the directory are saved on this device: it works offline.`)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Save all/ })).toHaveCount(0);
  await page.locator('ul.country-list--featured').getByRole('link', { name: 'Norway' }).click();
  await expect(page.getByText('Saved on this device: the Norway pages work offline.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Save Norway/ })).toHaveCount(0);

  await context.setOffline(true);
  for (const [path, heading] of [
    ['/organisations/noas', 'Norwegian Organisation for Asylum Seekers'],
    ['/countries/norway/coi', 'Country of origin information: Norway'],
    ['/countries/norway/lgbtqi', 'LGBTQI+ resources: Norway'],
    ['/countries/norway', 'Norway'],
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(heading);
  }
  await expect(page.locator('a[href="tel:+4722365660"]').first()).toBeVisible();
  // Opened offline, the banner still dates the saved data.
  await expect(page.getByText(/^You are offline — showing information saved on \d{1,2} \w+ \d{4}\.$/)).toBeVisible();
  await context.setOffline(false);
});

test('the language a device uses works offline; the others are not downloaded', async ({ page, context }) => {
  await page.goto('/?lang=ar');
  await expect(page.getByRole('button', { name: arabic.quick_exit })).toBeVisible();
  // No reload: the page fetched ar.json before the worker existed, so the
  // worker saves it on install because the page's address names it.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const saved = async () =>
    page.evaluate(async () => {
      const paths: string[] = [];
      for (const name of await caches.keys()) {
        for (const r of await (await caches.open(name)).keys()) paths.push(new URL(r.url).pathname);
      }
      return paths.filter((p) => p.startsWith('/locales/')).sort();
    });
  await expect.poll(saved).toEqual(['/locales/ar.json']);

  await context.setOffline(true);
  await page.goto('/countries/norway/coi?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('button', { name: arabic.quick_exit })).toBeVisible();
  // A language never used here: English, saying so, keeping ?lang=.
  await page.goto('/countries/norway?lang=uk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Norway');
  await expect(page.getByText(/could not be loaded in українська, so it is shown in English/)).toBeVisible();
  await context.setOffline(false);
  // Online again, the page asks for it and the worker keeps it.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect.poll(saved).toEqual(['/locales/ar.json', '/locales/uk.json']);
});

test.describe('a browser set to Arabic, no ?lang= in the first address', () => {
  test.use({ locale: 'ar-EG' });
  test('its language file is saved on the first visit and works offline', async ({ page, context }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: arabic.quick_exit })).toBeVisible();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await expect
      .poll(() =>
        page.evaluate(async () => {
          for (const name of await caches.keys()) {
            if (await (await caches.open(name)).match('/locales/ar.json')) return true;
          }
          return false;
        }),
      )
      .toBe(true);
    await context.setOffline(true);
    await page.goto('/countries/norway');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.getByRole('button', { name: arabic.quick_exit })).toBeVisible();
    await context.setOffline(false);
  });
});

test('the worker precaches the built shell and the manifest', async ({ page, request }) => {
  const sw = await (await request.get('/sw.js')).text();
  expect(sw).not.toContain("const VERSION = 'dev'");
  const shell = JSON.parse(sw.match(/^const SHELL = (\[.*\]);$/m)![1]) as string[];
  // Two pages, the app draws any other in them offline: the precache does
  // not grow with the number of pages.
  for (const expected of ['/', '/embed/search', '/manifest.webmanifest', '/icons/icon-192.png', '/icons/icon-maskable-512.png']) {
    expect(shell).toContain(expected);
  }
  expect(shell.some((f) => f.endsWith('_bg.wasm'))).toBe(true);
  expect(shell.some((f) => f.startsWith('/data/'))).toBe(false);
  expect(shell.filter((f) => f === '/' || f.endsWith('.html') || !/\.[a-z0-9]+$/.test(f))).toEqual(['/', '/embed/search']);
  // The language files are listed apart (saved only when used; English is
  // compiled in).
  expect(shell.some((f) => f.startsWith('/locales/'))).toBe(false);
  const languages = JSON.parse(sw.match(/^const LANGUAGES = (\[.*\]);$/m)![1]) as string[];
  expect(languages.sort()).toEqual(['/locales/ar.json', '/locales/fa.json', '/locales/nb.json', '/locales/uk.json']);
  for (const file of languages) expect((await request.get(file)).status(), file).toBe(200);
  for (const file of shell) expect((await request.get(file)).status(), file).toBe(200);
  const manifest = await request.get('/manifest.webmanifest');
  expect(manifest.headers()['content-type']).toContain('application/manifest+json');
  await page.goto('/');
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
});

test('offline with no data saved shows the error state, not a blank page', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.evaluate(() => caches.delete('data-v1'));
  await context.setOffline(true);
  await page.goto('/countries/norway');
  await expect(page.getByRole('alert')).toContainText('The directory could not be loaded');
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  await context.setOffline(false);
});

test('the app is installable', async ({ baseURL }, testInfo) => {
  // An incognito context reports "in-incognito": use a persistent profile.
  const { chromium } = await import('@playwright/test');
  const context = await chromium.launchPersistentContext(testInfo.outputPath('profile'), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(baseURL!);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
  }
});
