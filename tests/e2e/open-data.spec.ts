// Issue 11 in the browser: every entry's age and "may be out of date" past
// the dataset's threshold (with a fixed "today"), "Report a problem" and
// "Suggest an organisation" as prefilled mailto: links, the schema.org
// JSON-LD of an organisation under the shipped Content-Security-Policy, and
// the open-data files (HSDS export, JSON Schemas) as the server sends them.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, org, shippedIndex } from './fixtures';

const maintainers: string = JSON.parse(readFileSync('public/data/index.json', 'utf8')).maintainers.email;

/** A mailto: link taken apart: recipient, subject and body as decoded text. */
function mail(href: string) {
  const url = new URL(href);
  expect(url.protocol).toBe('mailto:');
  return {
    to: decodeURIComponent(url.pathname),
    subject: url.searchParams.get('subject') ?? '',
    // Line breaks travel as CRLF (RFC 6068).
    body: (url.searchParams.get('body') ?? '').replaceAll('\r\n', '\n'),
  };
}

async function reportLinks(page: Page, within = 'main') {
  const links = page.locator(`${within} .report-problem a`);
  await expect(links.first()).toBeVisible();
  return links;
}

/** The decoded bodies of the page's "Report a problem" messages. */
async function reportBodies(page: Page, within = 'main') {
  const links = await reportLinks(page, within);
  return (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).map((h) => mail(h).body);
}

test.describe('staleness', () => {
  test('nothing is flagged while the data is recent', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-01T12:00:00Z'));
    await page.goto('/organisations/noas');
    await expect(page.locator('main h2').first()).toBeVisible();
    await expect(page.locator('.stale-note')).toHaveCount(0);
    // The age is shown all the same.
    const verified = org('noas').verification.last_verified;
    await expect(page.locator('main .verified-on').first()).toContainText('last verified');
    await expect(page.locator(`main .verified-on time[datetime="${verified}"]`)).toHaveCount(1);
  });

  test('an organisation and the legal facts past 12 months say they may be out of date', async ({ page }) => {
    // 2028-06-01: everything verified in November 2026 is 18 months old.
    await page.clock.setFixedTime(new Date('2028-06-01T12:00:00Z'));
    await page.goto('/organisations/noas');
    const note = page.locator('main > .stale-note').first();
    await expect(note).toBeVisible();
    await expect(note).toHaveText(/Last verified 18 months ago: this may be out of date/);
    await expect(note).toHaveAttribute('role', 'note');

    await page.goto('/countries/norway');
    await expect(page.locator('article#org-noas .stale-note')).toBeVisible();
    const facts = page.locator('#protection .stale-note');
    expect(await facts.count()).toBeGreaterThan(5);
    await page.goto('/countries/norway/coi');
    await expect(page.locator('main .facts .stale-note').first()).toBeVisible();
  });

  test('a detail is flagged on its own only when its entry is not', async ({ page }) => {
    // NOAS's main number last verified in 2024; the rest in November 2026.
    await page.route('**/data/countries/norway.json', async (route) => {
      const response = await route.fetch();
      const data = await response.json();
      const noas = data.organisations.find((o: { id: string }) => o.id === 'noas');
      noas.phones[0].verification.last_verified = '2024-01-10';
      noas.offices[0].street_address.verification.last_verified = '2025-02-01';
      await route.fulfill({ response, json: data });
    });
    await page.clock.setFixedTime(new Date('2026-12-01T12:00:00Z'));
    await page.goto('/organisations/noas');
    const notes = page.locator('main .stale-note');
    await expect(notes).toHaveCount(2);
    await expect(page.locator('.contact-list li').first().locator('.stale-note')).toHaveText(/Last verified 34 months ago/);
    await expect(page.locator('.office .stale-note')).toHaveText(/Last verified 22 months ago/);
    // Once the whole organisation is stale, it says so once, at the top.
    await page.clock.setFixedTime(new Date('2028-06-01T12:00:00Z'));
    await page.reload();
    await expect(page.locator('main h2').first()).toBeVisible();
    await expect(notes).toHaveCount(1);
    await expect(notes).toHaveText(/Last verified 18 months ago/);
  });

  test('the threshold comes from the dataset', async ({ page }) => {
    // One month, on 2027-01-15: the data (verified 2026-11-24) is stale.
    await page.route('**/data/index.json', async (route) => {
      const response = await route.fetch();
      const index = await response.json();
      index.stale_after_months = 1;
      await route.fulfill({ response, json: index });
    });
    await page.clock.setFixedTime(new Date('2027-01-15T12:00:00Z'));
    await page.goto('/organisations/noas');
    await expect(page.locator('main > .stale-note').first()).toHaveText(/Last verified 1 month ago/);
  });
});

test.describe('report a problem', () => {
  test('an organisation: its id, field and page address go to the maintainers', async ({ page }) => {
    await page.goto('/organisations/noas');
    const links = await reportLinks(page);
    expect(await links.count()).toBeGreaterThanOrEqual(3);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const mails = hrefs.map(mail);
    for (const m of mails) {
      expect(m.to).toBe(maintainers);
      expect(m.subject).toContain(org('noas').name);
      // The page's address: the browser's once the page is live.
      expect(m.body).toContain(`Page: ${new URL('/organisations/noas', page.url()).href}`);
      expect(m.body).toContain('Entry: organisations/noas');
      expect(m.body).toContain('File: countries/norway.json');
    }
    expect(mails.map((m) => m.body.match(/Field: (\S+)/)![1]).sort()).toEqual(['contacts', 'entry', 'hours']);
    // Many on a page: each link's name says which entry it is about.
    await expect(links.first()).toHaveAccessibleName(new RegExp(`^Report a problem ?: ${org('noas').name}$`));
    await expect(links.first()).toHaveText(new RegExp(`^Report a problem`));
  });

  test('every legal fact and COI resource has one naming it', async ({ page }) => {
    const norway = JSON.parse(readFileSync('public/data/countries/norway.json', 'utf8'));
    await page.goto('/countries/norway');
    const bodies = await reportBodies(page, '#protection');
    const p = norway.protection;
    const expected = [
      ...p.treaties.map((t: { id: string }) => `protection.treaties/${t.id}`),
      ...p.national_law.map((t: { id: string }) => `protection.national_law/${t.id}`),
      ...p.authorities.map((t: { id: string }) => `protection.authorities/${t.id}`),
      ...p.procedure.map((t: { id: string }) => `protection.procedure/${t.id}`),
      ...p.regional_framework.instruments.map((t: { id: string }) => `protection.regional_framework.instruments/${t.id}`),
      'protection.regional_framework',
      'protection.appeal_deadline',
      'protection.statistics',
    ];
    for (const entry of expected) {
      expect(bodies.some((b) => b.includes(`Entry: ${entry}\n`)), entry).toBe(true);
    }
    await page.goto('/countries/norway/coi');
    const coi = await reportBodies(page);
    for (const r of norway.coi.resources) {
      expect(coi.some((b) => b.includes(`Entry: coi.resources/${r.id}\n`)), r.id).toBe(true);
    }
    for (const r of norway.coi.producers) {
      expect(coi.some((b) => b.includes(`Entry: coi.producers/${r.id}\n`)), r.id).toBe(true);
    }
    await page.goto('/countries/norway/lgbtqi');
    const lgbtqi = await reportBodies(page);
    for (const f of norway.lgbtqi.legal_situation) {
      expect(lgbtqi.some((b) => b.includes(`Entry: lgbtqi.legal_situation/${f.id}\n`)), f.id).toBe(true);
    }
    for (const f of norway.lgbtqi.asylum_practice) {
      expect(lgbtqi.some((b) => b.includes(`Entry: lgbtqi.asylum_practice/${f.id}\n`)), f.id).toBe(true);
    }
    norway.lgbtqi.resources.forEach((_: unknown, i: number) => {
      expect(lgbtqi.some((b) => b.includes(`Entry: lgbtqi.resources[${i}]\n`)), `resource ${i}`).toBe(true);
    });
  });

  test('in Arabic the template is Arabic and the ids stay as they are', async ({ page }) => {
    await page.goto('/ar/organisations/noas');
    const links = await reportLinks(page);
    await expect(links.first()).toHaveText(/^الإبلاغ عن مشكلة/);
    const m = mail((await links.first().getAttribute('href'))!);
    expect(m.body).toContain('organisations/noas');
    expect(m.body).toContain(new URL('/ar/organisations/noas', page.url()).href);
  });

  test('no link when the index has no plain address to write to', async ({ page }) => {
    await page.route('**/data/index.json', async (route) => {
      const response = await route.fetch();
      const index = await response.json();
      index.maintainers.email = 'maintainers@example.org?bcc=spy@evil.example';
      await route.fulfill({ response, json: index });
    });
    await page.goto('/organisations/noas');
    await expect(page.locator('main h2').first()).toBeVisible();
    await expect(page.locator('.report-problem')).toHaveCount(0);
    // Nor a suggestion section with nobody to write to.
    await page.goto('/countries/norway');
    await expect(page.locator('article#org-noas')).toBeVisible();
    await expect(page.locator('section#suggest')).toHaveCount(0);
    await expect(page.locator('a[href="#suggest"]')).toHaveCount(0);
  });
});

test('each country page offers "Suggest an organisation" with a template', async ({ page }) => {
  await page.goto('/countries/norway');
  const link = page.getByRole('link', { name: 'Suggest an organisation' });
  await expect(link).toBeVisible();
  const m = mail((await link.getAttribute('href'))!);
  expect(m.to).toBe(maintainers);
  expect(m.subject).toContain('Norway');
  expect(m.body).toContain(new URL('/countries/norway', page.url()).href);
  expect(m.body).toContain('Name of the organisation:');
  // A country with no content yet asks for organisations too.
  const empty = shippedIndex.countries.find((c) => !c.content)!;
  await page.goto(`/countries/${empty.slug}`);
  await expect(page.getByRole('link', { name: 'Suggest an organisation' })).toBeVisible();
});

test('an organisation page carries schema.org JSON-LD, and the CSP lets it be', async ({ page, consoleErrors }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) violations.push(m.text());
  });
  await page.goto('/organisations/noas');
  const script = page.locator('script[type="application/ld+json"]');
  await expect(script).toHaveCount(1);
  const ld = JSON.parse((await script.textContent())!);
  expect(ld['@context']).toBe('https://schema.org');
  expect(ld['@type']).toBe('LegalService');
  expect(ld.name).toBe(org('noas').name);
  // The site's address as the build was told it (SITE_URL).
  expect(new URL(ld['@id']).pathname).toBe('/organisations/noas');
  expect(ld.address[0].streetAddress).toBe('Torggata 22');
  expect(ld.openingHoursSpecification.length).toBeGreaterThan(0);
  // Only confirmed numbers: NOAS's main number is not confirmed.
  expect(JSON.stringify(ld)).not.toContain('+4722365660');
  expect(violations).toEqual([]);
  expect(consoleErrors).toEqual([]);
  // Leaving the page (inside the app) takes its data with it.
  await page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link', { name: 'Norway' }).click();
  await expect(page.locator('article#org-noas')).toBeVisible();
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
});

test.describe('open data files', () => {
  test('the HSDS export and the schemas are served as JSON anyone may fetch', async ({ request }) => {
    for (const path of [
      '/data/hsds/organizations.json',
      '/data/hsds/services.json',
      '/data/schema/index.schema.json',
      '/data/schema/country.schema.json',
    ]) {
      const r = await request.get(path, { headers: { 'Accept-Encoding': 'br' } });
      expect(r.status(), path).toBe(200);
      expect(r.headers()['content-type'], path).toContain('application/json');
      expect(r.headers()['access-control-allow-origin'], path).toBe('*');
      expect(r.headers()['content-encoding'], path).toBe('br');
      await r.json();
    }
    const orgs = await (await request.get('/data/hsds/organizations.json')).json();
    const total = shippedIndex.countries.reduce((n, c) => n + (c.content?.organisations.total ?? 0), 0);
    expect(orgs.total_items).toBe(total);
  });
});
