// Unknown addresses: a not-found page with a way home, also on reload.
import { test, expect, expectSoundHeadings } from './fixtures';

test('a deep link to an unknown path answers 404 with the not-found page, also on reload', async ({ page, notFoundPage, homePage }) => {
  const response = await page.goto('/countries/atlantis/nowhere');
  expect(response!.status()).toBe(404);
  await expect(notFoundPage.heading).toBeVisible();
  await page.reload();
  await expect(notFoundPage.heading).toBeVisible();
  await expect(page).toHaveTitle('Page not found – Refugee Legal Aid Directory');
  await expectSoundHeadings(page);
  await notFoundPage.homeLink.click();
  await expect(page).toHaveURL('/');
  await expect(homePage.heading).toBeVisible();
  await expect(homePage.country('NO')).toBeVisible();
});

test('the home link in the header leads back home', async ({ page, homePage }) => {
  await page.goto('/no/such/page');
  await page.getByRole('banner').getByRole('link', { name: 'Refugee Legal Aid Directory' }).click();
  await expect(homePage.heading).toHaveText('Free legal help for refugees, country by country');
});
