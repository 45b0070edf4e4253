// `/`: the path data → model → view works end to end.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, shippedIndex, expectSoundHeadings, expectNoHorizontalScroll } from './fixtures';

test('lists Norway with the organisation counts from the data', async ({ homePage, consoleErrors }) => {
  await homePage.goto();
  const norway = shippedIndex.countries.find((c) => c.code === 'NO')!;
  const counts = norway.content!.organisations;
  const item = homePage.country('NO');
  await expect(item).toContainText('Norway');
  await expect(item).toContainText(`${counts.total} organisations`);
  await expect(item).toContainText(`Legal aid: ${counts.legal_aid}`);
  await expect(item).toContainText(`Other support: ${counts.other_support}`);
  await expect(item).toContainText(`LGBTQI+: ${counts.lgbtqi}`);
  await expect(item.locator('time')).toHaveAttribute('datetime', norway.content!.last_verified);
  expect(consoleErrors).toEqual([]);
});

test('lists every country and territory A–Z, saying which have no entries yet', async ({ homePage }) => {
  await homePage.goto();
  await expect(homePage.countries).toHaveCount(shippedIndex.countries.length);
  const names = await homePage.countries.locator('.country__name').allTextContents();
  const sorted = [...names].sort((a, b) => a.localeCompare(b, 'en'));
  expect(names).toEqual(sorted);
  expect(names.indexOf('Åland Islands')).toBeLessThan(names.indexOf('Albania'));
  const empty = shippedIndex.countries.find((c) => !c.content)!;
  await expect(homePage.country(empty.code)).toContainText('No entries yet');
  const withContent = shippedIndex.countries.filter((c) => c.content).length;
  await expect(homePage.page.getByText(`${withContent} of ${shippedIndex.countries.length} countries`)).toBeVisible();
});

test('has a title, a language, sound headings and no accessibility violations', async ({ homePage, page }) => {
  await homePage.goto();
  await expect(page).toHaveTitle('Refugee Legal Aid Directory');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expectSoundHeadings(page);
  await expectNoHorizontalScroll(page);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});

test('the skip link moves focus to the main content', async ({ homePage, page }) => {
  await homePage.goto();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
