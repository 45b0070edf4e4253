// Screenshots for the README, from the release build served by nginx:
// first screens at phone width (360 px). Run with `make screenshots`.
import { chromium } from '@playwright/test';

const base = process.env.SHOTS_URL;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
// [file, path, width, height, what to wait for]: the first screens of a
// phone (360 × 780) in English and Arabic, and one whole organisation.
const shots = [
  ['home-360.png', '/', 360, 780, 'ul.country-list--featured a'],
  ['country-norway-360.png', '/countries/norway', 360, 780, 'a.call-button'],
  ['country-norway-ar-360.png', '/ar/countries/norway', 360, 780, 'a.call-button'],
  ['search-oslo-360.png', '/search?q=oslo', 360, 780, '#search-results .org-card'],
  ['organisation-noas-360.png', '/organisations/noas', 360, 1600, 'main h2'],
];
for (const [file, path, width, height, ready] of shots) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  await page.goto(base + path);
  await page.locator(ready).first().waitFor();
  // The app has taken the page over (the search results are its own).
  await page.waitForFunction(() => document.documentElement.classList.contains('js'));
  await page.screenshot({ path: `docs/screenshots/${file}` });
  console.log(`docs/screenshots/${file}`);
}
await browser.close();
