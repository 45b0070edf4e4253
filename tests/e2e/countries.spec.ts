// Every country with entries (issue 20: ten more, beyond Norway): its pages
// render with phone links in its own calling code, local names carry their
// language, search finds its organisations typed without their letters, and
// the country-specific parts of the model (no appeal deadline, postal code
// after the city) show as the data says.
import { test, expect, countryFiles, langPrefix } from './fixtures';

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the same pages at every width: phone.spec.ts covers 360 px');
});

/** A name as someone without the letters types it: no accents, ß as ss,
 *  ł as l, ı as i, ø as o, æ as ae, in lower case. */
const typed = (name: string) =>
  name
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

for (const country of countryFiles) {
  const phones = country.organisations.flatMap((o) => (o.phones ?? []).filter((p) => p.purpose !== 'fax').map((p) => ({ org: o, phone: p })));
  // "+46 20 41 50 00" → "+46": the calling code as the data's written form has it.
  const callingCode = (phones[0]?.phone as { international?: string } | undefined)?.international?.split(' ')[0];

  test(`${country.name}: its pages, tel: links in ${callingCode ?? 'no'} calling code, local names in ${country.local_language ?? 'no one'} language`, async ({ page }) => {
    await page.goto(`/countries/${country.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(country.name);
    if (callingCode) {
      await expect(page.locator(`main a[href^="tel:${callingCode}"]`).first()).toBeVisible();
      // Every tel: link on the page is a number of this country.
      for (const href of await page.locator('main a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
        expect(href!.startsWith(`tel:${callingCode}`), href!).toBe(true);
      }
    }
    const withLocal = country.organisations.find((o) => o.local_name && !('local_name_lang' in o));
    if (withLocal && country.local_language) {
      await expect(page.locator(`article#org-${withLocal.id} .org-card__local bdi`)).toHaveAttribute('lang', country.local_language);
    }
    for (const [path, heading] of [
      ['lgbtqi', `LGBTQI+ resources: ${country.name}`],
      ['coi', `Country of origin information: ${country.name}`],
    ]) {
      await page.goto(`/countries/${country.slug}/${path}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    }
    if (phones.length) {
      const { org, phone } = phones[0];
      await page.goto(`/organisations/${org.id}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(org.name);
      await expect(page.locator(`main a[href="tel:${phone.number}"]`).first()).toBeVisible();
    }
  });

  test(`${country.name}: search finds its organisations typed without their letters`, async ({ page }) => {
    // The organisation whose name (or local name, in Latin letters) has the
    // most letters a plain keyboard lacks; its words with such letters first.
    const foreign = (n: string) => [...n].filter((ch) => /[^\x00-\x7f]/.test(ch)).length;
    const names = country.organisations.flatMap((o) => [o.name, o.local_name].filter(Boolean).map((n) => ({ org: o, name: n! })));
    const latin = names.filter(({ name }) => /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}+]+$/u.test(name));
    const { org, name } = latin.sort((a, b) => foreign(b.name) - foreign(a.name))[0];
    const all = name.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);
    const chosen = [...all.filter((w) => foreign(w) > 0), ...all.filter((w) => foreign(w) === 0)].slice(0, 3);
    const words = chosen.map(typed).join(' ');
    test.info().annotations.push({ type: 'query', description: `${words} → ${org.id}` });
    await page.goto(`/search?q=${encodeURIComponent(words)}`);
    await expect(page.locator('#search-results .org-card').first()).toBeVisible();
    await expect(page.locator(`#search-results .org-card a[href$="/organisations/${org.id}"]`).first()).toBeVisible();
  });
}

test('Lebanon has no state appeal: the page says no dated source gives a deadline, never a number', async ({ page }) => {
  const lebanon = countryFiles.find((c) => c.slug === 'lebanon')!;
  expect('appeal_deadline' in (lebanon as unknown as { protection: object }).protection).toBe(false);
  await page.goto('/countries/lebanon');
  await expect(page.locator('.deadline--none')).toContainText('No dated source we could check states a deadline');
  await expect(page.locator('.deadline__period')).toHaveCount(0);
  await page.goto('/countries/sweden');
  await expect(page.locator('.deadline__period')).toBeVisible();
});

test('South Africa writes the postal code after the city, Norway before it; South Africa\'s appeal is in working days', async ({ page }) => {
  await page.goto('/countries/south-africa');
  await expect(page.locator('main address', { hasText: 'Cape Town 8001' }).first()).toBeVisible();
  await expect(page.locator('.deadline__period')).toHaveText('10 working days');
  await page.goto('/ar/countries/south-africa');
  await expect(page.locator('.deadline__period')).toHaveText('10 أيام عمل');
  await page.goto('/countries/norway');
  await expect(page.locator('main address', { hasText: '0154 Oslo' }).first()).toBeVisible();
});

test('in Arabic, Egypt\'s Arabic names are marked Arabic; Belgian names their own language', async ({ page }) => {
  await page.goto(`${langPrefix('ar')}/countries/egypt`);
  await expect(page.locator('article#org-refugees-platform-in-egypt .org-card__local bdi')).toHaveAttribute('lang', 'ar');
  await page.goto('/countries/belgium');
  await expect(page.locator('article#org-vluchtelingenwerk-vlaanderen .org-card__name bdi')).toHaveAttribute('lang', 'nl');
  await expect(page.locator('article#org-adde-belgium .org-card__name bdi')).toHaveAttribute('lang', 'fr');
  // Several languages in one local name: none is claimed.
  await expect(page.locator('article#org-le-refuge-bruxelles .org-card__local bdi')).not.toHaveAttribute('lang', /.+/);
});
