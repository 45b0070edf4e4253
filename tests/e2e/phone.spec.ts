// From landing to a phone call on a 360 px phone (issue 19): "Get help now"
// at the top of country pages, a compact header, touch targets, nothing
// wider than the screen. Measured at 360 × 780 in both projects.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, norway, expectSoundHeadings, showFilters, ui, langPrefix } from './fixtures';

const prefix = langPrefix;
const SCREEN = { width: 360, height: 780 };
const inCategory = (category: string) => norway.organisations.filter((o) => o.categories.includes(category));

test.use({ viewport: SCREEN });

for (const code of ['en', 'ar']) {
  test(`Norway (${code}): the first Call of a legal aid organisation is on the first screen; the header is at most 120 px`, async ({ page }) => {
    await page.goto(`${prefix(code)}/countries/norway`);
    const help = page.locator('section.help-now');
    await expect(help.getByRole('heading', { level: 2 })).toHaveText(ui(code).help_now_heading);
    // The first list is legal aid, and its first row has a Call link.
    await expect(help.locator('h3').first()).toHaveText(ui(code).section_legal_aid);
    const call = help.locator('.help-rows').first().locator('a[href^="tel:+"]').first();
    const box = (await call.boundingBox())!;
    expect(box.y + box.height, 'bottom of the first Call link').toBeLessThanOrEqual(SCREEN.height);
    // No other phone number comes before it.
    expect(await page.locator('a[href^="tel:"]').first().evaluate((a, first) => a === first, await call.elementHandle())).toBe(true);
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.y + header.height, 'bottom of the header').toBeLessThanOrEqual(120);
  });
}

for (const code of ['en', 'ar']) {
  test(`home (${code}): the country picker and the first country with entries are on the first screen`, async ({ page }) => {
    await page.goto(`${prefix(code)}/`);
    const picker = page.getByRole('searchbox', { name: ui(code).filter_label });
    const first = page.locator('ul.country-list--featured > li').first().locator('a.country__name');
    for (const target of [picker, first]) {
      const box = (await target.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(SCREEN.height);
    }
  });
}

test('the picker: typing keeps the matches together, countries with entries first; Enter opens the first', async ({ page }) => {
  await page.goto('/');
  const picker = page.getByRole('searchbox', { name: ui('en').filter_label });
  const about = page.locator('section.home-about');
  const featured = page.locator('.picker__featured');
  await expect(about).toBeVisible();
  // "nor" matches North Korea, North Macedonia … before Norway A–Z, but
  // Norway has entries: it is listed first, and Enter opens it.
  await picker.fill('nor');
  await expect(about).toBeHidden();
  await expect(featured.locator('li[data-code="NO"]')).toBeVisible();
  await expect(page.locator('.country-list--all li[data-code="MK"]')).toBeVisible();
  await picker.press('Enter');
  await expect(page).toHaveURL(/\/countries\/norway$/);
  // A country without entries: the "with entries" list folds away.
  await page.goto('/');
  await picker.fill('chil');
  await expect(featured).toBeHidden();
  const shown = page.locator('.country-list--all > li:visible');
  await expect(shown).toHaveCount(1);
  await expect(page.locator('.filter__count')).toHaveText('1 country or territory shown');
  await picker.press('Enter');
  await expect(page).toHaveURL(/\/countries\/chile$/);
  // Nothing matches: the status says so, and no A–Z heading stands over
  // an empty list.
  await page.goto('/');
  await picker.fill('zzz');
  await expect(page.locator('.filter__count')).toHaveText(ui('en').filter_none);
  await expect(page.locator('#all-countries-heading')).toBeHidden();
  await expect(featured).toBeHidden();
  // Emptied, the page is whole again.
  await picker.fill('nor');
  await picker.fill('');
  await expect(about).toBeVisible();
  await expect(page.locator('#all-countries-heading')).toBeVisible();
  await expect(page.locator('.country-list--all > li:visible')).toHaveCount(await page.locator('.country-list--all > li').count());
});

test.describe('before the app has started', () => {
  test.use({ waitForApp: false });

  test('what is typed in the picker stays, and is filtered by once the app runs', async ({ page }) => {
    let release!: () => void;
    const started = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/*.wasm', async (route) => {
      await started;
      await route.continue();
    });
    await page.goto('/');
    await page.locator('#country-filter').fill('chil');
    release();
    await expect(page.locator('html')).toHaveAttribute('data-live', '');
    await expect(page.locator('#country-filter')).toHaveValue('chil');
    await expect(page.locator('.country-list--all > li:visible')).toHaveCount(1);
    await expect(page.locator('section.home-about')).toBeHidden();
  });
});

test('the picker in Arabic: Enter opens the match in Arabic', async ({ page }) => {
  await page.goto('/ar/');
  const arabicNorway = await page.evaluate(() => new Intl.DisplayNames(['ar'], { type: 'region' }).of('NO')!);
  await page.getByRole('searchbox', { name: ui('ar').filter_label }).fill(arabicNorway);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/ar\/countries\/norway$/);
});

test('the header is at most 120 px in every language; a long name has a short form on phones', async ({ page }) => {
  for (const code of ['en', 'nb', 'uk', 'ar', 'fa']) {
    await page.goto(`${prefix(code)}/countries/norway`);
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.y + header.height, code).toBeLessThanOrEqual(120);
    await expect(page.locator('.site-header__name')).toHaveAccessibleName(ui(code).site_name_short);
  }
  expect(ui('uk').site_name_short.length).toBeLessThan(ui('uk').site_name.length);
  await page.setViewportSize({ width: 1280, height: 780 });
  await expect(page.locator('.site-header__name')).toHaveAccessibleName(ui('fa').site_name);
  await page.goto('/uk/countries/norway');
  await expect(page.locator('.site-header__name')).toHaveAccessibleName(ui('uk').site_name);
});

test('each row names its organisation, links to its full entry, and calls its number', async ({ page }) => {
  await page.goto('/countries/norway');
  const rows = page.locator('section.help-now .help-row');
  await expect(rows).toHaveCount(inCategory('legal_aid').length + inCategory('other_support').length);
  const noas = rows.filter({ hasText: 'Norwegian Organisation for Asylum Seekers' });
  const name = noas.locator('.help-row__name a');
  await expect(name).toHaveAttribute('href', '#org-noas');
  // NOAS's main number is not confirmed (the data says so): the row says so.
  const call = noas.locator('a.call-button');
  await expect(call).toHaveAttribute('href', 'tel:+4722365660');
  await expect(call).toHaveAccessibleName('Call Norwegian Organisation for Asylum Seekers: 22 36 56 60');
  await expect(noas.locator('.status--unverified')).toHaveText('Unconfirmed');
  // A fax is never offered as a call.
  expect(await rows.locator('a[href="tel:+4722365661"]').count()).toBe(0);
  // The jump moves focus to the full entry.
  await name.click();
  await expect(page.locator('article#org-noas')).toBeFocused();
});

test('the LGBTQI+ page starts with its organisations in the same rows', async ({ page }) => {
  await page.goto('/countries/norway/lgbtqi');
  const rows = page.locator('section.help-now .help-row');
  await expect(rows).toHaveCount(inCategory('lgbtqi').length);
  for (const org of inCategory('lgbtqi')) {
    await expect(rows.filter({ hasText: org.name }).locator('.help-row__name a')).toHaveAttribute('href', `#org-${org.id}`);
  }
});

test('on phones, search is a link to the search page; the language shows by its code', async ({ page }) => {
  await page.goto('/countries/norway');
  await expect(page.locator('.site-header').getByRole('searchbox')).toBeHidden();
  const summary = page.locator('details.language-menu summary');
  await expect(summary).toHaveAccessibleName(/Language\s*English/);
  await expect(summary.locator('.language-menu__code')).toHaveText('EN');
  await page.locator('.site-header').getByRole('link', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search$/);
  await expect(page.getByRole('searchbox', { name: 'Search organisations' })).toBeInViewport();
});

for (const code of ['en', 'ar']) {
  test(`search (${code}): the first result is on the first screen; the filters fold behind one button`, async ({ page }) => {
    await page.goto(`${prefix(code)}/search?q=oslo&category=legal_aid`);
    const first = page.locator('#search-results .org-card').first();
    await expect(first).toBeVisible();
    const box = (await first.boundingBox())!;
    expect(box.y, 'top of the first result').toBeLessThan(SCREEN.height - 100);
    const toggle = page.locator('.filters-toggle');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toHaveText(ui(code).filters_toggle_active_one.replace('{{ count }}', '1'));
    await expect(page.locator('#search-filter-fields')).toBeHidden();
    // The count is still announced.
    await expect(page.locator('.search-count[role="status"]')).not.toBeEmpty();
    await showFilters(page);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('#search-filter-fields')).toBeVisible();
    await expect(page.locator('#search-filter-category')).toHaveValue('legal_aid');
  });
}

test('on wide screens the filters show as before, without the button', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/search?q=oslo');
  await expect(page.locator('.filters-toggle')).toBeHidden();
  await expect(page.locator('#search-filter-fields')).toBeVisible();
});

test('Call, Copy and Exit are at least 44 × 44 px; no page is wider than a 320 px screen', async ({ page }) => {
  await page.goto('/countries/norway');
  for (const selector of ['a.call-button', '.copy-button', '.quick-exit__button', 'details.language-menu summary', '.search-link']) {
    for (const target of await page.locator(selector).all()) {
      if (!(await target.isVisible())) continue;
      const box = (await target.boundingBox())!;
      expect(box.width, selector).toBeGreaterThanOrEqual(44);
      expect(box.height, selector).toBeGreaterThanOrEqual(44);
    }
  }
  await page.setViewportSize({ width: 320, height: 780 });
  for (const path of ['/', '/countries/norway', '/countries/norway/lgbtqi', '/organisations/noas', '/search?q=oslo', '/uk/countries/norway', '/ar/countries/norway']) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
  }
});

for (const code of ['en', 'ar']) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the phone layout passes axe (${code}, ${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ['/', '/countries/norway', '/countries/norway/lgbtqi']) {
        await page.goto(`${prefix(code)}${path}`);
        await expectSoundHeadings(page);
        const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
        expect(axe.violations, `${path} ${code} ${scheme}`).toEqual([]);
      }
    });
  }
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, waitForApp: false });

  test('no filter button that could do nothing; the Call rows are there', async ({ page }) => {
    await page.goto('/search');
    await expect(page.locator('.search-needs-js')).toBeVisible();
    await expect(page.locator('.filters-toggle')).toBeHidden();
    await page.goto('/countries/norway');
    await expect(page.locator('section.help-now a.call-button').first()).toHaveAttribute('href', /^tel:\+47\d{8}$/);
  });

  test('home: no picker field that could do nothing; the lists are whole', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('#country-filter')).toBeHidden();
    await expect(page.locator('ul.country-list--featured li[data-code="NO"]')).toBeVisible();
    await expect(page.locator('section.home-about')).toBeVisible();
  });
});
