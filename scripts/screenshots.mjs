// Screenshots for the README, from the release build served by nginx:
// the country page at phone width (360 px). Run with `make screenshots`.
import { chromium } from '@playwright/test';

const base = process.env.SHOTS_URL;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const shots = [
  ['country-norway-360.png', '/countries/norway', 360, 1600],
  ['organisation-noas-360.png', '/organisations/noas', 360, 1600],
];
for (const [file, path, width, height] of shots) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  await page.goto(base + path);
  await page.locator('h1').waitFor();
  await page.screenshot({ path: `docs/screenshots/${file}` });
  console.log(`docs/screenshots/${file}`);
}
await browser.close();
