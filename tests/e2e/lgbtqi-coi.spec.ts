// The LGBTQI+ and COI pages of a country.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, norway, expectSoundHeadings } from './fixtures';

test('LGBTQI+: the legal situation as dated items with sources, and the organisations', async ({ countryPage, page }) => {
  await countryPage.goto('norway', '/lgbtqi');
  await expect(page).toHaveTitle('LGBTQI+ resources: Norway – Refugee Legal Aid Directory');
  const items = page.locator('.timeline__item');
  await expect(items).toHaveCount(norway.lgbtqi.legal_situation.length);
  const ban = items.filter({ hasText: 'Ban on conversion practices' });
  await expect(ban.locator('time')).toHaveAttribute('datetime', '2024-01-01');
  await expect(ban.locator('time')).toHaveText('1 January 2024');
  await expect(ban.locator('.correction')).toContainText('adopted in December 2023');
  await ban.locator('details summary').click();
  await expect(ban.locator('.provenance__sources li')).toHaveCount(3);
  const orgs = page.locator('section', { has: page.getByRole('heading', { name: 'LGBTQI+ organisations' }) });
  const ids = norway.organisations.filter((o) => o.categories.includes('lgbtqi')).map((o) => `org-${o.id}`);
  expect(await orgs.locator('article').evaluateAll((as) => as.map((a) => a.id))).toEqual(ids);
  expect(ids).toContain('org-noas'); // also on the country page
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'LGBTQI+ organisations' }).click();
  await expect(page).toHaveURL(/#organisations$/);
  await expect(page.locator('section#organisations')).toBeFocused();
  await expectSoundHeadings(page);
  const breadcrumbs = page.getByRole('navigation', { name: 'Breadcrumbs' });
  await breadcrumbs.getByRole('link', { name: 'Norway' }).click();
  await expect(page).toHaveURL('/countries/norway');
});

test('COI: resources grouped by type with publisher and year; producers say what they cover', async ({ countryPage, page }) => {
  await countryPage.goto('norway', '/coi');
  await expect(page).toHaveTitle('Country of origin information: Norway – Refugee Legal Aid Directory');
  const resources = page.locator('section', { has: page.getByRole('heading', { name: 'Resources about Norway' }) });
  await expect(resources.getByRole('heading', { level: 3 })).toContainText(['Human-rights reports', 'Indexes and rankings']);
  const usdos = resources.locator('.facts > li', { hasText: '2023 Country Report on Human Rights Practices: Norway' });
  await expect(usdos).toContainText('US Department of State · Published 2024 (covers 2023)');
  const producers = page.locator('section', { has: page.getByRole('heading', { name: 'COI producers based in Norway' }) });
  await expect(producers).toContainText('Landinfo');
  await expect(producers).toContainText('Writes about other countries, not about Norway.');
  await expectSoundHeadings(page);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
