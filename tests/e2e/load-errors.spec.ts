// Bad data or no network: a clear message and a way to retry, never a blank page.
import { test, expect } from './fixtures';

test('a malformed index.json says which file is wrong and how', async ({ page, consoleErrors }) => {
  await page.route('**/data/index.json', async (route) => {
    const response = await route.fetch();
    const index = await response.json();
    index.countries[3].slug = 42;
    await route.fulfill({ response, json: index });
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The directory could not be loaded');
  await expect(alert).toContainText('A data file has a problem');
  await alert.getByText('Details', { exact: true }).click();
  await expect(alert).toContainText('data/index.json');
  await expect(alert).toContainText('expected a string');
  await expect(alert).toContainText(/line \d+ column \d+/);
  consoleErrors.length = 0;
});

test('a failed request offers to try again, and trying again works', async ({ page, homePage }) => {
  await page.route('**/data/index.json', (route) => route.abort('internetdisconnected'));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Check your connection and try again.');
  await page.unroute('**/data/index.json');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(homePage.country('NO')).toContainText('Norway');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a malformed country file shows what went wrong, and Retry reloads it', async ({ page, countryPage }) => {
  await page.route('**/data/countries/norway.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"schema_version": 1, "code": ' }),
  );
  await page.goto('/countries/norway');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('A data file has a problem');
  await alert.getByText('Details', { exact: true }).click();
  await expect(alert).toContainText('data/countries/norway.json');
  await page.unroute('**/data/countries/norway.json');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(countryPage.heading).toHaveText('Norway');
});

test('an HTTP 500 for a country file shows the status and Retry works', async ({ page, countryPage }) => {
  let fail = true;
  await page.route('**/data/countries/norway.json', (route) =>
    fail ? route.fulfill({ status: 500, body: 'oops' }) : route.continue(),
  );
  await page.goto('/organisations/noas');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Check your connection');
  await alert.getByText('Details', { exact: true }).click();
  await expect(alert).toContainText('HTTP 500');
  fail = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(countryPage.heading).toHaveText('Norwegian Organisation for Asylum Seekers');
});

test('each data file is fetched once and shared by the pages that need it', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/data/')) fetched.push(new URL(r.url()).pathname);
  });
  await page.goto('/');
  await page.getByRole('link', { name: 'Norway' }).first().click();
  await page.getByRole('link', { name: 'LGBTQI+ resources in Norway' }).click();
  await page.locator('article#org-noas h3 a').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Norwegian Organisation for Asylum Seekers');
  expect(fetched.sort()).toEqual(['/data/countries/norway.json', '/data/index.json']);
});

test('while data loads, a placeholder holds the page', async ({ page, countryPage }) => {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/data/countries/norway.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/countries/norway');
  const placeholder = page.locator('.placeholder[aria-busy="true"]');
  await expect(placeholder.getByRole('status')).toHaveText('Loading…');
  expect((await placeholder.boundingBox())!.height).toBeGreaterThan(300);
  release();
  await expect(countryPage.heading).toHaveText('Norway');
  await expect(placeholder).toHaveCount(0);
});

test('fields the app does not know are ignored, so newer data still loads', async ({ page, homePage, countryPage }) => {
  // A later dataset may add fields (with the same schema_version); an app
  // already installed on a phone must still read it.
  await page.route('**/data/index.json', async (route) => {
    const response = await route.fetch();
    const index = await response.json();
    index.added_later = { note: 'a future field' };
    index.countries.find((c: { code: string }) => c.code === 'NO').content.added_later = 1;
    await route.fulfill({ response, json: index });
  });
  await page.route('**/data/countries/norway.json', async (route) => {
    const response = await route.fetch();
    const country = await response.json();
    country.organisations[0].added_later = true;
    await route.fulfill({ response, json: country });
  });
  await page.goto('/');
  await expect(homePage.country('NO')).toContainText('Norway');
  await page.goto('/countries/norway');
  await expect(countryPage.heading).toHaveText('Norway');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
