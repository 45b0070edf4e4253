// Colours and languages on every page: the colours menu (as on the device,
// light, dark; saved), and axe with no violations on every route in
// English and Arabic, light and dark.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { test, expect, expectSoundHeadings } from './fixtures';

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('as on the device by default; a choice in the menu is saved', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'auto');
  expect(await background(page)).toBe('rgb(18, 18, 18)');
  const menu = page.getByLabel('Colours');
  await expect(menu).toHaveValue('auto');
  await menu.selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background(page)).toBe('rgb(255, 255, 255)');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.getByLabel('Colours')).toHaveValue('light');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByLabel('Colours').selectOption('dark');
  expect(await background(page)).toBe('rgb(18, 18, 18)');
});

const routes: [string, string][] = [
  ['/', 'ul.country-list--all'],
  ['/countries/norway', 'article#org-noas'],
  ['/countries/norway/lgbtqi', 'h1'],
  ['/countries/norway/coi', 'h1'],
  ['/organisations/noas', '.hours-now, h1'],
  ['/search?q=oslo', '#search-results .org-card'],
  ['/embed-builder', 'iframe'],
  ['/accessibility', 'a[href^="mailto:"]'],
  ['/no-such-page', 'h1'],
];

for (const lang of ['en', 'ar']) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`every page passes axe in ${lang}, ${scheme}`, async ({ page }, testInfo) => {
      test.skip(testInfo.project.name !== 'desktop', 'colours and languages do not depend on the width');
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: scheme });
      for (const [path, ready] of routes) {
        const sep = path.includes('?') ? '&' : '?';
        await page.goto(`${path}${sep}lang=${lang}`);
        await page.locator(ready).first().waitFor();
        await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
        await expectSoundHeadings(page);
        const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
        expect(axe.violations, `${path} ${lang} ${scheme}`).toEqual([]);
      }
    });
  }
}

test('the accessibility statement: linked from every footer, with a way to report a problem', async ({ page }) => {
  const index = JSON.parse(readFileSync('public/data/index.json', 'utf8'));
  await page.goto('/countries/norway');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility' }).click();
  await expect(page).toHaveURL(/\/accessibility$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement');
  await expect(page.getByRole('heading', { level: 2, name: 'Known gaps' })).toBeVisible();
  await expect(page.getByText(/not yet been reviewed by native speakers/)).toBeVisible();
  const report = page.getByRole('link', { name: 'Write to the maintainers' });
  await expect(report).toHaveAttribute('href', new RegExp(`^mailto:${index.maintainers.email}\\?subject=`));
});
