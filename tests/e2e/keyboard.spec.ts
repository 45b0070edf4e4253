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
  // The mail link appears once the index (with the maintainers' address) is in.
  ['/accessibility', 'a.button-link[href^="mailto:"]'],
  ['/no-such-page', 'h1'],
];

/** The embed builder, whose preview frame holds a page of its own. */
const builder: [string, string] = ['/embed-builder?page=/countries/norway', 'iframe'];

/**
 * Every element Tab should reach: visible, enabled, not taken out of the
 * order; a frame of the same origin (the builder's preview) stands for the
 * elements inside it.
 */
function tabbables(page: Page) {
  return page.evaluate(() => {
    const selector =
      'a[href], button, select, input:not([type="hidden"]), textarea, summary, iframe, [tabindex]:not([tabindex="-1"])';
    const inDocument = (doc: Document): string[] =>
      [...doc.querySelectorAll<HTMLElement>(selector)]
        .filter((el) => !(el as HTMLButtonElement).disabled && el.tabIndex >= 0)
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
        .filter((el) => !el.closest('[hidden], [inert]'))
        // Inside a closed <details>, only its summary.
        .filter((el) => {
          const closed = el.closest('details:not([open])');
          return !closed || (el.parentElement === closed && el.tagName === 'SUMMARY');
        })
        // A group of radio buttons is one stop: the chosen one, or the
        // first (arrow keys move within the group).
        .filter((el) => {
          if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
          const group = [...doc.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${el.name}"]`)];
          const stop = group.find((r) => r.checked) ?? group[0];
          return el === stop;
        })
        .flatMap((el) =>
          el instanceof HTMLIFrameElement && el.contentDocument
            ? inDocument(el.contentDocument)
            : [el.outerHTML.slice(0, 120)],
        );
    return inDocument(document);
  });
}

/** The element with focus, inside frames too; its focus indicator. */
function focused(page: Page) {
  return page.evaluate(() => {
    let el = document.activeElement as HTMLElement | null;
    while (el instanceof HTMLIFrameElement && el.contentDocument) {
      el = el.contentDocument.activeElement as HTMLElement | null;
    }
    if (!el || el === document.body) return null;
    const style = el.ownerDocument.defaultView!.getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    // An outline of 2 px or more, or (links, as GOV.UK) a yellow
    // background with a thick underline drawn by box-shadow.
    const visible = outline || style.boxShadow !== 'none';
    // The text's contrast on the element's own background, where it has an
    // opaque one (a focused link's yellow); null otherwise.
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) =>
      [r, g, b]
        .map((v) => v / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
    const fg = rgb(style.color);
    const bg = rgb(style.backgroundColor);
    const opaque = bg.length >= 3 && (bg.length === 3 || bg[3] === 1);
    const [light, dark] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
    const contrast = opaque ? (light + 0.05) / (dark + 0.05) : null;
    // A number per element, so two alike (two "3 sources" summaries) are
    // told apart.
    const w = window as unknown as { ids?: Map<Element, number> };
    w.ids ??= new Map();
    if (!w.ids.has(el)) w.ids.set(el, w.ids.size);
    return { html: el.outerHTML.slice(0, 120), visible, outline, contrast, id: w.ids.get(el)! };
  });
}

/**
 * Presses Tab until focus leaves the page or comes round, checking each
 * stop with `check`; returns the stops.
 */
async function walk(
  page: Page,
  path: string,
  check: (f: { html: string; visible: boolean; outline: boolean; contrast: number | null }) => void,
) {
  const expected = await tabbables(page);
  const seen: string[] = [];
  let last = -1;
  const ids = new Set<number>();
  for (let i = 0; i < expected.length + 5; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    // Focus left the page, or came round to the start again: no trap.
    if (!f || (ids.has(f.id) && f.id !== last)) break;
    check(f);
    expect(f.id, `${path}: Tab stayed on ${f.html}`).not.toBe(last);
    last = f.id;
    ids.add(last);
    seen.push(f.html);
  }
  expect(seen[0], `${path}: the first stop`).toContain('skip-link');
  expect(seen, `${path}: every link, button and field, in document order`).toEqual(expected);
}

for (const lang of ['en', 'ar']) {
  test(`Tab reaches everything on every page, visibly, and leaves (${lang})`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'the order does not depend on the width');
    test.setTimeout(120_000);
    for (const [path, ready] of [...routes, builder]) {
      const sep = path.includes('?') ? '&' : '?';
      await page.goto(`${path}${sep}lang=${lang}`);
      await page.locator(ready).first().waitFor();
      if (path === builder[0]) {
        // The preview has loaded its page.
        await expect(page.frameLocator('iframe').locator('article#org-noas')).toBeVisible();
      }
      await walk(page, path, (f) => expect(f.visible, `${path}: focus indicator on ${f.html}`).toBe(true));
    }
  });
}

// A focused link is drawn on the yellow focus colour: its text must stay
// readable there (4.5:1) in both themes, whatever colour the link had.
for (const scheme of ['light', 'dark'] as const) {
  test(`focused links are readable on the focus colour (${scheme})`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'the colours do not depend on the width');
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    for (const [path, ready] of routes.slice(0, 5)) {
      await page.goto(path);
      await page.locator(ready).first().waitFor();
      await walk(page, path, (f) => {
        if (f.contrast !== null) {
          expect(f.contrast, `${path}: contrast of ${f.html}`).toBeGreaterThanOrEqual(4.5);
        }
      });
    }
  });
}

// Windows High Contrast and other forced-colours modes drop backgrounds and
// box-shadows: every focus indicator must then be an outline.
test('in forced-colours mode every focus indicator is an outline', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the order does not depend on the width');
  test.setTimeout(120_000);
  await page.emulateMedia({ forcedColors: 'active' });
  for (const [path, ready] of [...routes, builder]) {
    await page.goto(path);
    await page.locator(ready).first().waitFor();
    if (path === builder[0]) await expect(page.frameLocator('iframe').locator('article#org-noas')).toBeVisible();
    await walk(page, path, (f) => expect(f.outline, `${path}: outline on ${f.html}`).toBe(true));
  }
});

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
