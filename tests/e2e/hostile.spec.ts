// Hostile data that never went through the validator, served straight to
// the browser: markup, event handlers, script and data links, attribute
// breakers, bidi overrides and a megabyte string. The app shows it as
// inert text: no injected script runs, no such link exists, and the pages
// stay usable.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const norway = JSON.parse(readFileSync('public/data/countries/norway.json', 'utf8'));
const index = JSON.parse(readFileSync('public/data/index.json', 'utf8'));

const payloads = {
  img: `<img src=x onerror="window.xss='img'">`,
  script: `<script>window.xss='script'</script>`,
  svg: `<svg onload="window.xss='svg'"></svg>`,
  breaker: `"><b onmouseover="window.xss='attr'">x</b>`,
  bidi: '\u202Egnp.exe',
};

function hostileCountry() {
  const c = structuredClone(norway);
  const org = c.organisations[0];
  org.name = `${payloads.img}Jussbuss`;
  org.description = `${payloads.script} ${'A'.repeat(1 << 20)}`;
  org.eligibility = payloads.svg;
  org.how_to_contact = payloads.breaker;
  org.websites[0].url = "javascript:window.xss='website'";
  org.websites[1].url = 'data:text/html,<script>parent.xss=1</script>';
  c.organisations[1].name = `${payloads.bidi} ${c.organisations[1].name}`;
  for (const [i, source] of Object.values(c.sources).entries()) {
    (source as { url?: string; title: string }).url = i % 2 ? "JavaScript:window.xss='source'" : 'https://x.no/" onclick="window.xss=1';
  }
  for (const r of c.lgbtqi.resources) r.url = "javascript:window.xss='resource'";
  return c;
}

async function serveHostile(page: Page) {
  const country = hostileCountry();
  const hostileIndex = structuredClone(index);
  const entry = hostileIndex.countries.find((e: { code: string }) => e.code === 'SE');
  entry.name = payloads.img;
  await page.route('**/data/countries/norway.json', (route) => route.fulfill({ json: country }));
  await page.route('**/data/index.json', (route) => route.fulfill({ json: hostileIndex }));
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  return dialogs;
}

async function assertInert(page: Page, path: string) {
  expect(await page.evaluate(() => (window as unknown as { xss?: unknown }).xss), path).toBeUndefined();
  expect(
    await page.locator('img[src="x"], svg[onload], b[onmouseover], script:not([src]):not([type="application/ld+json"])').count(),
    path,
  ).toBe(0);
  // The organisation page's structured data is a data block: the hostile
  // names and descriptions in it are JSON text that cannot end the element.
  for (const data of await page.locator('script[type="application/ld+json"]').allTextContents()) {
    expect(data, path).not.toContain('<');
    JSON.parse(data);
  }
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  for (const href of hrefs) {
    // The app's own "Add to contacts" vCard is the one data: address.
    if (href.startsWith('data:text/vcard;')) continue;
    expect(href, path).not.toMatch(/^\s*(javascript|data|vbscript):/i);
    expect(href, path).not.toContain('onclick');
  }
}

test('hostile data is shown as text: no script runs, no script link exists, the pages work', async ({ page }) => {
  const dialogs = await serveHostile(page);
  await page.goto('/countries/norway');
  const card = page.locator('article#org-jussbuss');
  // The markup is there as text, to be read, not run.
  await expect(card.getByRole('heading', { level: 3 })).toContainText(payloads.img);
  await assertInert(page, '/countries/norway');
  await page.goto('/organisations/jussbuss');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(payloads.img);
  await expect(page.getByText(payloads.script, { exact: false })).toBeVisible();
  await expect(page.getByText(payloads.breaker)).toBeVisible();
  // The script "link" is shown as text, not as a link.
  await expect(page.getByText("javascript:window.xss='website'")).toBeVisible();
  await expect(page.locator('a', { hasText: 'javascript:' })).toHaveCount(0);
  // The megabyte description is cut for showing, with an ellipsis.
  const description = await page.locator('.org-description').innerText();
  expect(description.length).toBeLessThanOrEqual(10_001);
  expect(description.endsWith('…')).toBe(true);
  await assertInert(page, '/organisations/jussbuss');
  for (const path of ['/countries/norway/lgbtqi', '/countries/norway/coi', '/', '/search?q=jussbuss', '/embed/organisations/jussbuss']) {
    await page.goto(path);
    await page.locator('main h1').waitFor();
    await assertInert(page, path);
  }
  // Still usable: the home page's filter and links work.
  await page.goto('/');
  await page.locator('ul.country-list--featured').getByRole('link', { name: 'Norway' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Norway');
  expect(dialogs).toEqual([]);
});
