// `/organisations/{id}`: every detail, with sources and status.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, org, expectSoundHeadings, expectNoHorizontalScroll } from './fixtures';

test('shows NOAS with its contacts, address, hours and verification', async ({ organisationPage, page }) => {
  // Monday 23 November 2026, 10:00 in Oslo.
  await page.clock.setFixedTime(new Date('2026-11-23T09:00:00Z'));
  await organisationPage.goto('noas');
  const noas = org('noas');
  await expect(page).toHaveTitle(`${noas.name} – Refugee Legal Aid Directory`);
  await expect(organisationPage.heading).toHaveText(noas.name);
  await expect(page.getByText('Norsk organisasjon for asylsøkere').first()).toBeVisible();
  for (const phone of noas.phones!.filter((p) => p.purpose !== 'fax')) {
    await expect(page.locator(`main a[href="tel:${phone.number}"]`)).toBeVisible();
  }
  // A fax is shown, not offered as a number to call.
  await expect(page.locator('main a[href="tel:+4722365661"]')).toHaveCount(0);
  await expect(page.getByText('22 36 56 61')).toBeVisible();
  await expect(page.locator('a[href="tel:+4722365660"]').locator('xpath=..')).toContainText('Unconfirmed');
  await expect(page.locator('a[href="mailto:noas@noas.org"]')).toBeVisible();
  await expect(page.getByRole('link', { name: 'www.noas.no' })).toHaveAttribute('href', 'https://www.noas.no');
  const address = page.locator('address').first();
  await expect(address).toContainText('Torggata 22');
  await expect(address).toContainText('0183 Oslo');
  await expect(address.getByRole('link', { name: 'Find on a map' })).toHaveAttribute(
    'href',
    'https://www.openstreetmap.org/search?query=Torggata%2022%2C%200183%20Oslo',
  );
  // The week, Monday first, today marked once.
  await expect(organisationPage.hours.locator('tbody tr')).toHaveCount(7);
  const today = organisationPage.hours.locator('tr[aria-current="date"]');
  await expect(today).toHaveCount(1);
  await expect(today.locator('th')).toContainText('Monday (Today)');
  await expect(today).toContainText('09:30–11:30');
  await expect(today).toContainText('12:30–15:30');
  // The number answered in these hours keeps its own mark.
  await expect(today.locator('.hours__block').first()).toContainText('22 36 56 60');
  await expect(today.locator('.hours__block').first()).toContainText('Unconfirmed');
  await expect(organisationPage.hours.locator('tr').nth(2)).toContainText('Closed');
  const verification = page.locator('section', { has: page.getByRole('heading', { name: 'How this was checked' }) });
  await expect(verification.locator('time')).toHaveAttribute('datetime', noas.verification.last_verified);
  await verification.locator('details summary').click();
  await expect(verification.locator('.provenance__sources li').first()).toBeVisible();
  await expectSoundHeadings(page);
  await expectNoHorizontalScroll(page);
});

test('copies a phone number and says so', async ({ organisationPage, page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await organisationPage.goto('seif');
  const button = page.getByRole('button', { name: 'Copy the number 22 03 48 30' });
  await button.click();
  await expect(button).toHaveText('Copied');
  // The international form, so that it works from a foreign SIM too.
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('+47 22 03 48 30');
});

test('says so when the browser cannot copy', async ({ organisationPage, page }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  await organisationPage.goto('seif');
  const button = page.getByRole('button', { name: 'Copy the number 22 03 48 30' });
  await button.click();
  await expect(button).toHaveText('Could not copy');
});

test('an unchecked website is shown but not linked', async ({ organisationPage, page }) => {
  await organisationPage.goto('jussbuss');
  await expect(page.getByRole('link', { name: 'foreninger.uio.no' })).toBeVisible();
  await expect(page.locator('main a[href="https://jussbuss.no"]')).toHaveCount(0);
  await expect(page.getByText('jussbuss.no', { exact: true })).toBeVisible();
});

test('lists languages by name and marks those not confirmed', async ({ organisationPage, page }) => {
  await organisationPage.goto('seif');
  const languages = page.locator('section', { has: page.getByRole('heading', { name: 'Languages spoken' }) });
  await expect(languages).toContainText('Arabic');
  await expect(languages).toContainText('Norwegian');
  await expect(languages.getByText('Unconfirmed').first()).toBeVisible();
});

test('has no accessibility violations', async ({ organisationPage, page }) => {
  await organisationPage.goto('mira');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

test('an unknown organisation is not found, with a way back', async ({ page }) => {
  await page.goto('/organisations/no-such-org');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisation not found');
  await expect(page.getByRole('main').getByRole('link', { name: 'Go to the list of countries' })).toBeVisible();
});

test('"Add to contacts" downloads a vCard 4.0 of the organisation', async ({ page }) => {
  await page.goto('/organisations/noas');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Add to contacts' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('noas.vcf');
  const { readFileSync } = await import('node:fs');
  const card = readFileSync((await download.path())!, 'utf8');
  const lines = card.replace(/\r\n /g, '').split('\r\n');
  expect(lines.slice(0, 3)).toEqual(['BEGIN:VCARD', 'VERSION:4.0', 'KIND:org']);
  expect(lines).toContain('FN:Norwegian Organisation for Asylum Seekers');
  expect(lines).toContain('TEL;VALUE=uri;TYPE="work,voice":tel:+4722365660');
  expect(lines.find((l) => l.startsWith('NOTE:'))).toContain('From the Refugee Legal Aid Directory\\, checked 2026-11-24.');
  expect(lines.at(-2)).toBe('END:VCARD');
});
