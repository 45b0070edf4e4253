// Bad data or no network: a clear message and a way to retry, never a blank page.
import { test, expect } from './fixtures';

test('a malformed index.json names the file, the entry and the field', async ({ page, consoleErrors }) => {
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
  await expect(alert).toContainText('countries[3]');
  await expect(alert).toContainText('field slug');
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
