// "Open now" on organisation pages and cards, at fixed instants, in the
// organisation's time zone (Europe/Oslo) whatever the visitor's own zone.
import { test, expect } from './fixtures';

const cases: [string, string, string][] = [
  // instant (UTC), organisation, what the page says
  ['2026-11-23T09:00:00Z', 'noas', 'Open now · closes 11:30'], // Monday 10:00 in Oslo
  ['2026-11-24T11:00:00Z', 'noas', 'Closed · opens today at 12:30'], // Tuesday 12:00, the lunch break
  ['2026-11-23T20:00:00Z', 'noas', 'Closed · opens tomorrow at 09:30'], // Monday 21:00
  ['2026-11-27T10:00:00Z', 'noas', 'Closed · opens Monday at 09:30'], // Friday 11:00
  // Summer time: 07:45 UTC is 09:45 in Oslo (it would be 08:45 in winter time).
  ['2026-03-30T07:45:00Z', 'noas', 'Open now · closes 11:30'],
  ['2026-11-23T17:00:00Z', 'jussbuss', 'Open now according to hours that are not confirmed · closes 20:00'],
];

for (const timezoneId of ['Europe/Oslo', 'America/New_York']) {
  test.describe(`a visitor in ${timezoneId}`, () => {
    test.use({ timezoneId });
    test.beforeEach(({}, testInfo) => {
      test.skip(testInfo.project.name !== 'desktop', 'time zones do not depend on the width');
    });
    for (const [instant, id, says] of cases) {
      test(`${id} at ${instant}: ${says}`, async ({ page }) => {
        await page.clock.setFixedTime(new Date(instant));
        await page.goto(`/organisations/${id}`);
        await expect(page.locator('.hours-now')).toHaveText(says);
      });
    }
  });
}

test('the cards on the country page say it too', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T09:00:00Z'));
  await page.goto('/countries/norway');
  await expect(page.locator('article#org-noas .hours-now')).toHaveText('Open now · closes 11:30');
  await expect(page.locator('article#org-jussbuss .hours-now')).toHaveText('Closed · opens today at 17:00 (hours not confirmed)');
});
