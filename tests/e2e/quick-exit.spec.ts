// "Exit this page": the button and Shift pressed three times replace the
// page with a neutral site, and Back does not return to it. The neutral
// site is a page of the test server (set in the index), so no test leaves
// the machine.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { Partner, frame, SANDBOX } from './partner';

const NEUTRAL = '/neutral-test-page';

async function neutralSite(page: Page, baseURL: string) {
  await page.context().route('**/data/index.json', async (route) => {
    const response = await route.fetch();
    const index = await response.json();
    index.quick_exit_url = `${baseURL}${NEUTRAL}`;
    await route.fulfill({ response, json: index });
  });
  await page.context().route(`**${NEUTRAL}`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
  );
}

test('the button replaces the page, and Back does not return to it', async ({ page, baseURL }) => {
  await neutralSite(page, baseURL!);
  await page.goto('/countries/norway/lgbtqi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('LGBTQI+ resources: Norway');
  await page.getByRole('button', { name: 'Exit this page' }).click();
  await expect(page).toHaveURL(`${baseURL}${NEUTRAL}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Weather');
  await page.goBack();
  expect(page.url()).not.toContain('/countries/');
});

test('Shift pressed three times exits; other keys in between start again', async ({ page, baseURL }) => {
  await neutralSite(page, baseURL!);
  await page.goto('/organisations/noas');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Norwegian Organisation for Asylum Seekers');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(page.getByText('Press Shift 1 more time to exit this page.')).toBeAttached();
  await page.keyboard.press('a');
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(/\/organisations\/noas$/);
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(`${baseURL}${NEUTRAL}`);
  await page.goBack();
  expect(page.url()).not.toContain('/organisations/');
});

test('the button is on every page, first after the skip link, and stays in view', async ({ page }) => {
  for (const path of ['/', '/countries/norway', '/countries/norway/coi', '/organisations/noas', '/embed-builder', '/no-such-page']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Exit this page' }), path).toBeFocused();
  }
  await page.goto('/countries/norway');
  await page.mouse.wheel(0, 3000);
  await expect(page.getByRole('button', { name: 'Exit this page' })).toBeInViewport();
});

test.describe('in a partner frame', () => {
  const partner = new Partner(8300 + Number(process.env.TEST_PARALLEL_INDEX ?? 0));
  test.beforeAll(() => partner.start());
  test.afterAll(() => partner.stop());

  test('it leaves the partner page too, where the sandbox allows it; else the frame alone', async ({ page, baseURL }) => {
    await neutralSite(page, baseURL!);
    await page.goto(partner.page(frame('dir', `${baseURL}/embed/countries/norway/lgbtqi`)));
    const directory = page.frameLocator('#dir');
    await expect(directory.getByRole('heading', { level: 1 })).toHaveText('LGBTQI+ resources: Norway');
    // The test's exit address comes with the app's data: wait for the app in
    // the frame (before it, the written page's own address is used).
    await expect(directory.locator('html')).toHaveAttribute('data-live', '');
    await directory.getByRole('button', { name: 'Exit this page' }).click();
    await expect(page).toHaveURL(`${baseURL}${NEUTRAL}`);

    // A partner that left out allow-top-navigation-by-user-activation.
    const strict = SANDBOX.replace(' allow-top-navigation-by-user-activation', '');
    await page.goto(
      partner.page(frame('dir', `${baseURL}/embed/countries/norway/lgbtqi`).replace(`sandbox="${SANDBOX}"`, `sandbox="${strict}"`)),
    );
    await expect(directory.getByRole('heading', { level: 1 })).toHaveText('LGBTQI+ resources: Norway');
    // The test's exit address comes with the app's data: wait for the app in
    // the frame (before it, the written page's own address is used).
    await expect(directory.locator('html')).toHaveAttribute('data-live', '');
    await directory.getByRole('button', { name: 'Exit this page' }).click();
    await expect(directory.getByRole('heading', { level: 1 })).toHaveText('Weather');
    expect(page.url()).toBe(partner.url);
  });
});

test('a quick-exit address that is no web address (data never validated) falls back to the default', async ({ browser, baseURL }) => {
  // Its own context: leaving for another site is the point here, which the
  // shared page's guard against foreign requests would (rightly) refuse.
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const page = await context.newPage();
  await context.route('**/data/index.json', async (route) => {
    const response = await route.fetch();
    const index = await response.json();
    index.quick_exit_url = "javascript:document.title='stuck'";
    await route.fulfill({ response, json: index });
  });
  // The default (BBC Weather) is answered here, so the test leaves no machine.
  await context.route('https://www.bbc.com/weather', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
  );
  await page.goto('/countries/norway');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Norway');
  await page.getByRole('button', { name: 'Exit this page' }).click();
  await expect(page).toHaveURL('https://www.bbc.com/weather');
  await context.close();
});
