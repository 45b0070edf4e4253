// Bad data or no network: a clear message and a way to retry, never a blank
// page. On pages the app draws (drawnByTheApp); a written page whose data
// fails to load stays as it was written (prerender.spec.ts).
import { test, expect, drawnByTheApp } from './fixtures';

test('a malformed index.json says which file is wrong and how', async ({ page, consoleErrors }) => {
  await page.route('**/data/index.json', async (route) => {
    const response = await route.fetch();
    const index = await response.json();
    index.countries[3].slug = 42;
    await route.fulfill({ response, json: index });
  });
  await page.goto(drawnByTheApp('/'));
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
  await page.goto(drawnByTheApp('/'));
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
  await page.goto(drawnByTheApp('/countries/norway'));
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
  await page.goto(drawnByTheApp('/organisations/noas'));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The directory’s server has a problem. Try again in a moment.');
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
  await page.goto(drawnByTheApp('/'));
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
  await page.goto(drawnByTheApp('/countries/norway'));
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
  await page.goto(drawnByTheApp('/'));
  await expect(homePage.country('NO')).toContainText('Norway');
  await page.goto(drawnByTheApp('/countries/norway'));
  await expect(countryPage.heading).toHaveText('Norway');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('data of a newer schema asks for a reload of the app, not a retry', async ({ page, consoleErrors }) => {
  await page.route('**/data/index.json', async (route) => {
    const response = await route.fetch();
    const index = await response.json();
    index.schema_version = 99;
    await route.fulfill({ response, json: index });
  });
  await page.goto(drawnByTheApp('/'));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This information needs a newer version of the directory. Reload the page to get it.');
  await expect(alert.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await alert.getByText('Details', { exact: true }).click();
  await expect(alert).toContainText('this app reads schema_version 1, the file has 99');
  // Reload loads the page again (here the same app; the server would send the new one).
  await page.unroute('**/data/index.json');
  await alert.getByRole('button', { name: 'Reload' }).click();
  await expect(page.locator('ul.country-list--all [data-code="NO"]')).toBeVisible();
  consoleErrors.length = 0;
});

test('a request that never answers times out with a message, and trying again works', async ({ page, countryPage }) => {
  await page.clock.install();
  let hang = true;
  await page.route('**/data/countries/norway.json', async (route) => {
    if (hang) return; // never answered
    await route.continue();
  });
  const index = page.waitForResponse('**/data/index.json');
  await page.goto(drawnByTheApp('/countries/norway'));
  await expect(page.getByRole('status').getByText('Loading…')).toBeVisible();
  // The index (asked for at the same time) has arrived and been read: only
  // the country file is left waiting when the clock jumps.
  await (await index).finished();
  await page.waitForTimeout(200);
  await page.clock.fastForward(31_000);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The data is taking too long to arrive');
  await alert.getByText('Details', { exact: true }).click();
  await expect(alert).toContainText('data/countries/norway.json: no answer in 30 seconds');
  hang = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(countryPage.heading).toHaveText('Norway');
});

for (const [what, body, detail] of [
  ['truncated JSON', '{"schema_version": 1, "organisations": [', 'not valid JSON'],
  ['a wrong type', 'TYPE', 'invalid type'],
  ['a missing field', 'MISSING', 'missing field'],
] as const) {
  test(`a country file with ${what} names the problem and offers a retry`, async ({ page, consoleErrors }) => {
    await page.route('**/data/countries/norway.json', async (route) => {
      if (body === 'TYPE' || body === 'MISSING') {
        const response = await route.fetch();
        const country = await response.json();
        if (body === 'TYPE') country.organisations[0].name = 42;
        else delete country.organisations[0].name;
        return route.fulfill({ response, json: country });
      }
      return route.fulfill({ status: 200, contentType: 'application/json', body });
    });
    await page.goto(drawnByTheApp('/countries/norway'));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('A data file has a problem');
    await alert.getByText('Details', { exact: true }).click();
    await expect(alert).toContainText('data/countries/norway.json');
    await expect(alert).toContainText(detail);
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
    consoleErrors.length = 0;
  });
}

test('a country file missing on the server (404) says so and offers a retry', async ({ page }) => {
  await page.route('**/data/countries/norway.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto(drawnByTheApp('/countries/norway/coi'));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This information is missing on the server. Please tell the maintainers');
  await alert.getByText('Details', { exact: true }).click();
  await expect(alert).toContainText('data/countries/norway.json: the server answered HTTP 404');
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
});
