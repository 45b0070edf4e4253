// Moving around: real links, Back, reloads of deep links, the filter on `/`.
import { test, expect, shippedIndex, ui } from './fixtures';

test('home → country → organisation → Back → Back', async ({ homePage, page }) => {
  await homePage.goto();
  await homePage.country('NO').getByRole('link', { name: 'Norway' }).click();
  await expect(page).toHaveURL('/countries/norway');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Norway');
  // Focus moves to the new page's heading, as a page load would.
  await expect(page.locator('h1')).toBeFocused();
  await page.locator('article#org-noas h3').getByRole('link').click();
  await expect(page).toHaveURL('/organisations/noas');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Norwegian Organisation for Asylum Seekers');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Norway');
  await page.goBack();
  await expect(homePage.heading).toHaveText('Free legal help for refugees, country by country');
});

for (const [path, heading] of [
  ['/countries/norway', 'Norway'],
  ['/countries/norway/lgbtqi', 'LGBTQI+ resources: Norway'],
  ['/countries/norway/coi', 'Country of origin information: Norway'],
  ['/organisations/jussbuss', 'Jussbuss'],
]) {
  test(`a deep link to ${path} works on reload`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.locator('h1')).toHaveCount(1);
  });
}

test('the filter on the home page narrows the list as you type', async ({ homePage, page }) => {
  await homePage.goto();
  const filter = page.getByRole('searchbox', { name: ui('en').filter_label });
  await filter.fill('nor');
  await expect(homePage.country('NO')).toBeVisible();
  await expect(homePage.country('SE')).toBeHidden();
  const expected = shippedIndex.countries.filter((c) => c.name.toLowerCase().split(/\s+/).some((w) => w.startsWith('nor'))).length;
  await expect(page.getByRole('status').filter({ hasText: 'shown' })).toHaveText(`${expected} countries and territories shown`);
  await filter.fill('aland');
  await expect(homePage.country('AX')).toBeVisible();
  await filter.fill('zzz');
  await expect(page.getByText('No country or territory matches that name.')).toBeVisible();
  await filter.fill('');
  await expect(homePage.countries.filter({ visible: true })).toHaveCount(shippedIndex.countries.length);
});

test('countries with entries come first; those without invite a suggestion', async ({ homePage, page }) => {
  await homePage.goto();
  const featured = page.locator('ul.country-list--featured > li');
  await expect(featured).toHaveCount(shippedIndex.countries.filter((c) => c.content).length);
  // A–Z among themselves: Belgium before Norway before Türkiye.
  const names = await featured.locator('.country__name').allTextContents();
  expect(names).toEqual(shippedIndex.countries.filter((c) => c.content).map((c) => c.name));
  expect(names.indexOf('Belgium')).toBeLessThan(names.indexOf('Norway'));
  await expect(page.getByText('No entries for your country yet? Open its page to suggest an organisation.')).toBeVisible();
  await expect(homePage.country('CL')).toContainText('No entries yet');
  await homePage.country('CL').getByRole('link', { name: 'Chile' }).click();
  await expect(page).toHaveURL('/countries/chile');
  await expect(page.locator('section#suggest').getByRole('link', { name: 'Suggest an organisation' })).toBeVisible();
});

test('a print of a country page hides the navigation and shows link addresses', async ({ page }) => {
  await page.goto('/countries/norway');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.on-this-page')).toBeHidden();
  const after = await page
    .locator('section#about a[href^="http"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('amerainternational.org');
});
