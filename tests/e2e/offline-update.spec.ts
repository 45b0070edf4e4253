// The offline app against its own server on a copy of dist/: the server can
// be stopped, and a new version published, without touching other tests.
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import type { Page, TestInfo } from '@playwright/test';
import { test, expect } from './fixtures';
import { serveCopy, waitForControl } from './own-server';

test.use({ serviceWorkers: 'allow' });
// Serial: each test starts its own server, on a port no other spec uses
// (when offline-save.spec.ts shared 8283 and 8284, a test running beside it
// could talk to the other's server, publish build B where nobody served
// it, and wait for ever: the "flaky" update test). A new worker installs
// the whole shell: a minute each on a busy machine.
test.describe.configure({ mode: 'serial', timeout: 60_000 });

/**
 * Serves a copy of dist/ on `port`, opens it once and waits until the
 * service worker controls the page: the state after one online visit.
 */
async function firstVisit(page: Page, testInfo: TestInfo, port: number) {
  const served = await serveCopy(testInfo.outputPath('dist'), port);
  await page.goto(`${served.base}/`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await waitForControl(page);
  return served;
}

/**
 * Publishes build B on the copy in `dist`: the same files with a new
 * version stamp in the worker.
 */
function publishBuildB(dist: string) {
  const sw = `${dist}/sw.js`;
  const a = readFileSync(sw, 'utf8');
  const versionA = a.match(/^const VERSION = '([^']+)';$/m)![1];
  writeFileSync(sw, a.replace(`const VERSION = '${versionA}';`, "const VERSION = 'build-b';"));
  execFileSync('rm', ['-f', `${sw}.br`, `${sw}.gz`]);
}

/**
 * Reloads, asks for the update check, and waits for the "new version" bar
 * (`bar`: its text in the page's language).
 */
async function reloadUntilUpdateWaits(page: Page, bar = 'A new version is available.') {
  await page.reload();
  // Ask for the update check now rather than wait for the browser's own,
  // and again until B is waiting: a check can fail ("an unknown error
  // occurred when fetching the script", seen when it met the browser's
  // own check after the reload), and B installs the whole shell before
  // the bar shows, slower on a busy machine.
  const shown = page.getByText(bar);
  await expect
    .poll(
      async () => {
        if (await shown.isVisible()) return true;
        await page
          .evaluate(async () => {
            await (await navigator.serviceWorker.getRegistration())?.update();
          })
          .catch(() => {});
        return shown.isVisible();
      },
      { timeout: 30_000, intervals: [1_000, 2_000, 3_000] },
    )
    .toBe(true);
}

test('with the server stopped, deep links still render and the offline banner shows', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one run is enough: it starts its own server');
  const { base, stop } = await firstVisit(page, testInfo, 8281);
  stop();
  await expect.poll(async () => fetch(`${base}/`).then(() => 'up', () => 'down')).toBe('down');
  for (const [path, heading] of [
    ['/organisations/noas', 'Norwegian Organisation for Asylum Seekers'],
    ['/countries/norway/coi', 'Country of origin information: Norway'],
    ['/countries/norway/lgbtqi', 'LGBTQI+ resources: Norway'],
  ]) {
    await page.goto(`${base}${path}`);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(heading);
  }
  // The browser's own offline state shows the banner, with the day the data was saved.
  await page.context().setOffline(true);
  await expect(page.getByText(/^You are offline — showing information saved on \d{1,2} \w+ \d{4}\.$/)).toBeVisible();
  await page.context().setOffline(false);
  await expect(page.getByText(/You are offline/)).toHaveCount(0);
});

test('a new version shows "Reload", and Reload brings it in', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one run is enough: it starts its own server');
  const { dist, stop } = await firstVisit(page, testInfo, 8282);
  try {
    await expect(page.getByRole('button', { name: 'Reload' })).toHaveCount(0);
    publishBuildB(dist);
    await reloadUntilUpdateWaits(page);
    await page.getByRole('button', { name: 'Reload' }).click();
    await expect
      // The page reloads itself when the new worker takes over.
      .poll(() => page.evaluate(async () => (await caches.keys()).sort().join(',')).catch(() => 'reloading'))
      .toBe('data-v1,pages-build-b,shell-build-b');
    await expect(page.getByRole('button', { name: 'Reload' })).toHaveCount(0);
    await expect(page.locator('ul.country-list--all [data-code="NO"]')).toBeVisible();
  } finally {
    stop();
  }
});

test('a new version keeps the language files this device used', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one run is enough: it starts its own server');
  const served = await serveCopy(testInfo.outputPath('dist'), 8283);
  try {
    const saved = () =>
      page.evaluate(async () => {
        const found: string[] = [];
        for (const name of await caches.keys()) {
          if (!name.startsWith('shell-')) continue;
          for (const r of await (await caches.open(name)).keys()) {
            const path = new URL(r.url).pathname;
            if (path.startsWith('/locales/')) found.push(`${name} ${path}`);
          }
        }
        return found.sort();
      });
    // Arabic first (saved on install), then Persian (saved when asked for).
    await page.goto(`${served.base}/?lang=ar`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await waitForControl(page);
    await page.goto(`${served.base}/?lang=fa`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fa', { timeout: 15_000 });
    const shellA = (await page.evaluate(() => caches.keys())).find((k) => k.startsWith('shell-'));
    await expect.poll(saved).toEqual([`${shellA} /locales/ar.json`, `${shellA} /locales/fa.json`]);
    // Build B; the page open names only Persian, yet Arabic is kept.
    publishBuildB(served.dist);
    const persian = JSON.parse(readFileSync('locales/fa.json', 'utf8'));
    await reloadUntilUpdateWaits(page, persian.update_available);
    await expect
      .poll(() => page.evaluate(async () => (await caches.keys()).filter((k) => k === 'shell-build-b').length), {
        timeout: 20_000,
      })
      .toBe(1);
    await expect
      .poll(async () => (await saved()).filter((s) => s.startsWith('shell-build-b ')), { timeout: 20_000 })
      .toEqual(['shell-build-b /locales/ar.json', 'shell-build-b /locales/fa.json']);
  } finally {
    served.stop();
  }
});

test('a language first used while a new version waits is kept when it takes over', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one run is enough: it starts its own server');
  const { dist, base, stop } = await firstVisit(page, testInfo, 8284);
  try {
    publishBuildB(dist);
    await reloadUntilUpdateWaits(page);
    // B waits; Bokmål is chosen now, so version A's worker saves its file.
    await page.goto(`${base}/?lang=nb`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb', { timeout: 15_000 });
    const update = page.getByRole('button', { name: 'Last inn på nytt' });
    await expect(update).toBeVisible();
    // The page open is English again when B takes over: only the carry-over keeps nb.
    await page.goto(`${base}/?lang=en`);
    await page.getByRole('button', { name: 'Reload' }).click();
    await expect
      .poll(() => page.evaluate(async () => (await caches.keys()).sort().join(',')).catch(() => 'reloading'), {
        timeout: 20_000,
      })
      .toBe('data-v1,pages-build-b,shell-build-b');
    expect(
      await page.evaluate(async () => !!(await (await caches.open('shell-build-b')).match('/locales/nb.json'))),
    ).toBe(true);
  } finally {
    stop();
  }
});
