// A keyboard-only walk through every page: Tab reaches every link, button
// and field in the page, in order, with a visible focus indicator (an
// outline, or for links a highlight drawn with box-shadow), and
// leaves the page at the end (no trap); the first stop is the skip link.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const routes: [string, string][] = [
  ['/', 'ul.country-list--all'],
  ['/countries/norway', 'article#org-noas'],
  ['/countries/norway/lgbtqi', 'h1'],
  ['/countries/norway/coi', 'h1'],
  ['/organisations/noas', 'h1'],
  ['/search?q=oslo', '#search-results .org-card'],
  ['/accessibility', 'h1'],
  ['/no-such-page', 'h1'],
];

/** Every element Tab should reach: visible, enabled, not taken out of the order. */
function tabbables(page: Page) {
  return page.evaluate(() => {
    const all = document.querySelectorAll<HTMLElement>(
      'a[href], button, select, input:not([type="hidden"]), textarea, summary, [tabindex]:not([tabindex="-1"])',
    );
    return [...all]
      .filter((el) => !(el as HTMLButtonElement).disabled && el.tabIndex >= 0)
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .filter((el) => !el.closest('[hidden], [inert]'))
      // Inside a closed <details>, only its summary.
      .filter((el) => {
        const closed = el.closest('details:not([open])');
        return !closed || el.parentElement === closed && el.tagName === 'SUMMARY';
      })
      .map((el) => el.outerHTML.slice(0, 120));
  });
}

for (const lang of ['en', 'ar']) {
  test(`Tab reaches everything on every page, visibly, and leaves (${lang})`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'the order does not depend on the width');
    test.setTimeout(120_000);
    for (const [path, ready] of routes) {
      const sep = path.includes('?') ? '&' : '?';
      await page.goto(`${path}${sep}lang=${lang}`);
      await page.locator(ready).first().waitFor();
      const expected = await tabbables(page);
      const seen: string[] = [];
      let last = -1;
      const ids = new Set<number>();
      for (let i = 0; i < expected.length + 5; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          // An outline of 2 px or more, or (links, as GOV.UK) a yellow
          // background with a thick underline drawn by box-shadow.
          const visible =
            (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
          // A number per element, so two alike (two "3 sources" summaries)
          // are told apart.
          const w = window as unknown as { ids?: Map<Element, number> };
          w.ids ??= new Map();
          if (!w.ids.has(el)) w.ids.set(el, w.ids.size);
          return { html: el.outerHTML.slice(0, 120), visible, id: w.ids.get(el) };
        });
        // Focus left the page, or came round to the start again: no trap.
        if (!focused || ids.has(focused.id!) && focused.id !== last) break;
        expect(focused.visible, `${path}: focus indicator on ${focused.html}`).toBe(true);
        expect(focused.id, `${path}: Tab stayed on ${focused.html}`).not.toBe(last);
        last = focused.id!;
        ids.add(last);
        seen.push(focused.html);
      }
      expect(seen[0], `${path}: the first stop`).toContain('skip-link');
      expect(seen, `${path}: every link, button and field, in document order`).toEqual(expected);
    }
  });
}

// WCAG 1.4.10 Reflow: usable at 320 CSS px wide (a 1280 px window at
// 400 % zoom) and at 200 % zoom, with no sideways scrolling, in a left-to-
// right and a right-to-left language.
for (const [width, height] of [
  [320, 640],
  [640, 400],
]) {
  test(`no sideways scrolling at ${width} px on any page`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'sets its own width');
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height });
    for (const lang of ['en', 'ar']) {
      for (const [path, ready] of routes) {
        const sep = path.includes('?') ? '&' : '?';
        await page.goto(`${path}${sep}lang=${lang}`);
        await page.locator(ready).first().waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} ${lang} at ${width} px`).toBeLessThanOrEqual(0);
      }
    }
  });
}
