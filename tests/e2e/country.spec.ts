// `/countries/norway`: the source page's order, what the law says, who can help.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, norway, org, shippedIndex, expectSoundHeadings, expectNoHorizontalScroll } from './fixtures';

test('shows the sections in the order of the source page', async ({ countryPage, page }) => {
  await countryPage.goto('norway');
  await expect(page).toHaveTitle('Norway – Refugee Legal Aid Directory');
  await expect(countryPage.heading).toHaveText('Norway');
  expect(await countryPage.sectionHeadings()).toEqual([
    'Get help now',
    'On this page',
    'Refugee protection',
    'Legal aid organisations',
    'Organisations providing other support',
    'Where this information comes from',
    'Suggest a resource or report an error',
  ]);
  const breadcrumbs = page.getByRole('navigation', { name: 'Breadcrumbs' });
  await expect(breadcrumbs.getByRole('link', { name: 'Countries' })).toHaveAttribute('href', '/');
  await expectSoundHeadings(page);
  await expectNoHorizontalScroll(page);
});

test('states the regional framework correctly: not an EU member', async ({ countryPage, page }) => {
  await countryPage.goto('norway');
  const protection = page.locator('section#protection');
  await expect(protection.locator('.regional-summary')).toContainText('Norway is not a member of the European Union');
  await expect(protection.locator('.regional-summary')).toContainText('European Economic Area (EEA)');
  await expect(protection.locator('.correction').first()).toContainText('is not an EU member');
  await expect(protection).toContainText('1954 Convention relating to the Status of Stateless Persons');
  await expect(protection).toContainText('19 November 1956');
  await expect(protection.locator('.deadline__period')).toHaveText('3 weeks');
  await expect(protection.locator('.deadline')).toContainText('Lodge the appeal with: UDI');
  await expect(protection.locator('.deadline')).toContainText('Decided by: UNE');
});

test('groups organisations as the source page did and marks additions', async ({ countryPage }) => {
  await countryPage.goto('norway');
  const ids = async (section: typeof countryPage.legalAid) =>
    (await section.locator('article').evaluateAll((as) => as.map((a) => a.id.replace('org-', ''))));
  const inCategory = (c: string) => norway.organisations.filter((o) => o.categories.includes(c)).map((o) => o.id);
  expect(await ids(countryPage.legalAid)).toEqual(inCategory('legal_aid'));
  expect(await ids(countryPage.otherSupport)).toEqual(inCategory('other_support'));
  const onCountryPage = norway.organisations.filter((o) => o.categories.some((c) => c !== 'lgbtqi'));
  expect(onCountryPage.some((o) => o.added)).toBe(true);
  for (const o of onCountryPage) {
    const card = countryPage.card(o.id);
    await expect(card, o.id).toHaveCount(1);
    await expect(card.getByText('Added: not in the original directory'), o.id).toHaveCount(o.added ? 1 : 0);
  }
});

test('phone numbers are tel: links in E.164, shown nationally, unconfirmed ones marked', async ({ countryPage }) => {
  await countryPage.goto('norway');
  const noas = countryPage.card('noas', countryPage.legalAid);
  const main = org('noas').phones!.find((p) => p.id === 'main')!;
  const link = noas.locator(`a[href="tel:${main.number}"]`);
  await expect(link).toHaveText('22 36 56 60');
  await expect(link.locator('xpath=..')).toContainText('Unconfirmed');
  // The fax is not offered as a number to call on a card.
  await expect(noas.locator('a[href="tel:+4722365661"]')).toHaveCount(0);
  const seif = countryPage.card('seif', countryPage.otherSupport);
  const seifLink = seif.locator('a[href="tel:+4722034830"]');
  await expect(seifLink).toHaveText('22 03 48 30');
  await expect(seifLink.locator('xpath=..')).not.toContainText('Unconfirmed');
  await expect(noas.locator('a[href="mailto:noas@noas.org"]')).toBeVisible();
});

test('jump links, related pages and the suggestion e-mail', async ({ countryPage, page }) => {
  await countryPage.goto('norway');
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Legal aid organisations' }).click();
  await expect(page).toHaveURL(/#legal-aid$/);
  await expect(countryPage.legalAid).toBeFocused();
  await expect(countryPage.legalAid.getByRole('heading', { level: 2 })).toBeInViewport();
  const mail = page.locator('section#suggest').getByRole('link', { name: 'E-mail the maintainers' });
  const href = decodeURIComponent((await mail.getAttribute('href'))!);
  expect(href).toMatch(/^mailto:maintainers@[^?]+\?subject=Legal Aid Directory – Norway: suggestion or correction&body=Page: http/);
  await page.getByRole('link', { name: 'LGBTQI+ resources in Norway' }).click();
  await expect(page).toHaveURL('/countries/norway/lgbtqi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('LGBTQI+ resources: Norway');
});

test('says where the content comes from, when it was checked, and that it is not legal advice', async ({ countryPage, page }) => {
  await countryPage.goto('norway');
  const about = page.locator('section#about');
  await expect(about).toContainText('Norway Pro Bono Directory');
  await expect(about).toContainText('June 2023');
  await expect(about.locator('time')).toHaveAttribute('datetime', '2026-11-24');
  await expect(about.getByRole('note')).toContainText('not legal advice');
});

test('has no accessibility violations', async ({ countryPage, page }) => {
  await countryPage.goto('norway');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

test('a country without entries invites a suggestion; an unknown one is not found', async ({ countryPage, page }) => {
  const none = shippedIndex.countries.find((c) => !c.content && c.code === 'CL')!;
  await countryPage.goto(none.slug);
  await expect(countryPage.heading).toHaveText(none.name);
  await expect(page.getByText(`The directory has no entries for ${none.name} yet.`)).toBeVisible();
  await expect(page.locator('section#suggest a[href^="mailto:"]')).toHaveCount(2);
  await expect(page.locator('section#suggest').getByRole('link', { name: 'Suggest an organisation' })).toBeVisible();
  await page.goto('/countries/atlantis');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Country not found');
  await expect(page).toHaveTitle('Country not found – Refugee Legal Aid Directory');
  await page.getByRole('main').getByRole('link', { name: 'Go to the list of countries' }).click();
  await expect(page).toHaveURL('/');
});

// Cumulative Layout Shift (what Lighthouse measures): the page must not jump
// when the data arrives. Before the main area was given a screen's height,
// the footer moved down past the loaded content: 0.23.
test('the page does not jump when its data arrives (layout shift below 0.1)', async ({ page }) => {
  // The data arrives a little later than the page, as on a real network, so
  // the loading state is drawn first.
  await page.route('**/data/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  for (const path of ['/countries/norway', '/organisations/noas', '/']) {
    await page.goto(path);
    await page.locator('main h1').waitFor();
    await page.waitForLoadState('networkidle');
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
              if (!e.hadRecentInput) total += e.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 200);
        }),
    );
    expect(shift, path).toBeLessThan(0.1);
  }
});
