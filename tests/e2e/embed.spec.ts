// Partners embed pages in iframes: a page on another origin (another port)
// frames the embed views with embed.js, as docs/embedding.md tells partners to.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, shippedIndex } from './fixtures';
import { Partner, frame } from './partner';
import { serveCopy } from './own-server';

// One partner server per worker process (the two projects run in parallel).
const partner = new Partner(8290 + Number(process.env.TEST_PARALLEL_INDEX ?? 0));
test.beforeAll(() => partner.start());
test.afterAll(() => partner.stop());

/** The iframe's height and its content's height, in CSS px. */
async function heights(page: Page, id: string) {
  const outer = await page.locator(`#${id}`).evaluate((f) => Math.round(f.getBoundingClientRect().height));
  const inner = await page
    .frameLocator(`#${id}`)
    .locator('.embed')
    .evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
  return { outer, inner };
}

async function expectFitted(page: Page, id: string) {
  // The page has loaded (not its placeholder), then: the frame is exactly as
  // tall as its content, and the document does not scroll inside it.
  await expect(page.frameLocator(`#${id}`).getByRole('heading', { level: 1 })).toBeVisible();
  await expect
    .poll(
      async () => {
        const { outer, inner } = await heights(page, id);
        const scrolls = await page
          .frameLocator(`#${id}`)
          .locator('html')
          .evaluate((html) => html.scrollHeight > window.innerHeight);
        return `frame ${outer} px, content ${inner} px${scrolls ? ', scrolls' : ''}`;
      },
      { message: `#${id} fits its content` },
    )
    .toMatch(/^frame (\d+) px, content \1 px$/);
  expect((await heights(page, id)).inner).toBeGreaterThan(100);
}

test('a partner page embeds the Norway page and an organisation page, each fitted to its content', async ({ page, baseURL, consoleErrors }) => {
  await page.goto(
    partner.page(
      frame('country', `${baseURL}/embed/countries/norway`) +
        frame('org', `${baseURL}/embed/organisations/noas`) +
        `<script src="${baseURL}/embed.js"></script>`,
    ),
  );
  const country = page.frameLocator('#country');
  const org = page.frameLocator('#org');
  await expect(country.getByRole('heading', { level: 1 })).toHaveText('Norway');
  await expect(org.getByRole('heading', { level: 1 })).toHaveText('Norwegian Organisation for Asylum Seekers');
  // No site header, footer or home link; the small link to the full directory.
  await expect(country.locator('.site-header, .site-footer')).toHaveCount(0);
  await expect(country.getByRole('link', { name: 'Countries' })).toHaveCount(0);
  const full = country.getByRole('link', { name: 'Open the full directory' });
  await expect(full).toHaveAttribute('href', '/countries/norway');
  await expect(full).toHaveAttribute('target', '_blank');
  await expect(full).toHaveAttribute('rel', 'noopener noreferrer');
  await expectFitted(page, 'country');
  // The organisation frame is far down the partner page, out of view: it is
  // fitted all the same.
  await expectFitted(page, 'org');

  // The partner page received nothing but heights.
  const received = await page.evaluate(() => (window as unknown as { received: { origin: string; data: object }[] }).received);
  expect(received.length).toBeGreaterThan(1);
  for (const { origin, data } of received) {
    expect(origin).toBe(new URL(baseURL!).origin);
    expect(Object.keys(data).sort()).toEqual(['height', 'type']);
  }

  // A narrower page reflows the text: the frames follow (ResizeObserver).
  const wide = (await heights(page, 'country')).outer;
  const { width, height } = page.viewportSize()!;
  await page.setViewportSize({ width: Math.round(width * 0.7), height });
  await expect.poll(async () => (await heights(page, 'country')).outer).toBeGreaterThan(wide);
  await expectFitted(page, 'country');

  // Opening a collapsed part makes the frame grow with it.
  const before = (await heights(page, 'org')).outer;
  await org.locator('details.provenance summary').first().click();
  await expect.poll(async () => (await heights(page, 'org')).outer).toBeGreaterThan(before);
  await expectFitted(page, 'org');
  expect(consoleErrors).toEqual([]);
});

test('links between pages stay in the embed; other links, tel: and mailto: leave the frame', async ({ page, baseURL }) => {
  await page.goto(
    partner.page(frame('country', `${baseURL}/embed/countries/norway?theme=dark`) + `<script src="${baseURL}/embed.js"></script>`),
  );
  const country = page.frameLocator('#country');
  await expect(country.getByRole('heading', { level: 1 })).toHaveText('Norway');
  // Every link out of the directory opens outside the frame ("Exit this
  // page" leaves the partner's page too: see quick-exit.spec.ts).
  await expect(country.locator('a.quick-exit__button')).toHaveAttribute('target', '_top');
  const leaving = country.locator(
    'a:not(.quick-exit__button):is([href^="http"], [href^="tel:"], [href^="mailto:"])',
  );
  expect(await leaving.count()).toBeGreaterThan(20);
  for (const link of await leaving.all()) {
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  }
  // Links inside the directory stay inside /embed/, with the options.
  await expect(country.getByRole('link', { name: 'LGBTQI+ resources in Norway' })).toHaveAttribute(
    'href',
    '/embed/countries/norway/lgbtqi?theme=dark',
  );
  const card = country.locator('article#org-noas');
  await card.getByRole('link', { name: /Norwegian Organisation for Asylum Seekers/ }).first().click();
  await expect(country.getByRole('heading', { level: 1 })).toHaveText('Norwegian Organisation for Asylum Seekers');
  expect(page.frames().some((f) => f.url().endsWith('/embed/organisations/noas?theme=dark'))).toBe(true);
  await expect(country.getByRole('link', { name: 'Norway', exact: true })).toHaveAttribute(
    'href',
    '/embed/countries/norway?theme=dark',
  );
  await expectFitted(page, 'country');
});

test('on every embed page, links stay inside /embed/ or leave the frame', async ({ page }) => {
  for (const path of ['/embed/countries/norway', '/embed/countries/norway/lgbtqi', '/embed/countries/norway/coi', '/embed/organisations/noas']) {
    await page.goto(`${path}?theme=auto`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // (Downloads, such as "Add to contacts", are not navigations.)
    for (const link of await page.locator('a[href]:not([download]):not(.quick-exit__button)').all()) {
      const href = (await link.getAttribute('href'))!;
      if (href.startsWith('#')) continue;
      if (href.startsWith('/') && (await link.getAttribute('target')) === null) {
        expect(href, path).toMatch(/^\/embed\/.*\?theme=auto$/);
      } else {
        await expect(link, `${path}: ${href}`).toHaveAttribute('target', '_blank');
        await expect(link, `${path}: ${href}`).toHaveAttribute('rel', 'noopener noreferrer');
      }
    }
  }
});

test('a resize message from any other window is ignored', async ({ page, baseURL }) => {
  await page.goto(
    partner.page(
      frame('country', `${baseURL}/embed/countries/norway/coi`) +
        // Another frame on the page, not the directory's.
        `<iframe id="rogue" srcdoc="<script>parent.postMessage({type:'legal-aid-directory:resize',height:7},'*')</script>"></iframe>` +
        `<script src="${baseURL}/embed.js"></script>`,
    ),
  );
  await expectFitted(page, 'country');
  const fitted = (await heights(page, 'country')).outer;
  // The partner page itself, and another frame, send resize messages.
  await page.evaluate(() => window.postMessage({ type: 'legal-aid-directory:resize', height: 5 }, '*'));
  await page.locator('#rogue').evaluate((f: HTMLIFrameElement) => {
    f.srcdoc = "<script>parent.postMessage({type:'legal-aid-directory:resize',height:9},'*')</script>";
  });
  // Malformed messages from the directory's own frame are ignored too.
  const directory = page.frames().find((f) => f.url().includes('/embed/countries/norway/coi'))!;
  await directory.evaluate(() => {
    for (const height of ['9', 7.5, -1, 1e9, null]) {
      parent.postMessage({ type: 'legal-aid-directory:resize', height }, '*');
    }
    parent.postMessage({ type: 'something-else', height: 11 }, '*');
  });
  await page.waitForTimeout(300);
  expect((await heights(page, 'country')).outer).toBe(fitted);
});

test('without embed.js the frame keeps its height and scrolls', async ({ page, baseURL }) => {
  await page.goto(partner.page(frame('country', `${baseURL}/embed/countries/norway`, 400)));
  const country = page.frameLocator('#country');
  await expect(country.getByRole('heading', { level: 1 })).toHaveText('Norway');
  expect((await heights(page, 'country')).outer).toBe(400);
  expect(await country.locator('html').evaluate((html) => html.scrollHeight > window.innerHeight)).toBe(true);
});

test('options: valid ones apply, invalid ones are ignored and never shown', async ({ page }) => {
  await page.goto('/embed/countries/norway?theme=dark&accent=%23ffdd00&sections=other_support,legal_aid');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Norway');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 18, 18)');
  // Only the chosen sections, in the page's order.
  await expect(page.locator('main h2')).toHaveText([
    'On this page',
    'Legal aid organisations',
    'Organisations providing other support',
  ]);
  await expect(page.locator('section#protection')).toHaveCount(0);
  // Yellow is too light for links on white: the light-theme accent was
  // darkened to meet AA; on the dark theme it passes as it is.
  const accents = await page.evaluate(() => {
    const style = getComputedStyle(document.documentElement);
    return [style.getPropertyValue('--accent-light').trim(), style.getPropertyValue('--accent-dark').trim()];
  });
  expect(accents[0]).not.toBe('#ffdd00');
  expect(accents[1]).toBe('#ffdd00');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(axe.violations).toEqual([]);

  // One section needs no "On this page" list.
  await page.goto('/embed/countries/norway?sections=legal_aid');
  await expect(page.locator('main h2')).toHaveText(['Legal aid organisations']);

  await page.goto('/embed/countries/norway?theme=purple&accent=red%22%3E%3Cscript%3Ealert(1)%3C/script%3E&sections=%3Cb%3Ebold&lang=xx');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Norway');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.locator('html')).not.toHaveAttribute('style', /./);
  // No valid sections: the whole page, "Get help now" first.
  await expect(page.locator('main h2').first()).toHaveText('Get help now');
  await expect(page.locator('section#protection')).toHaveCount(1);
  const html = await page.content();
  for (const raw of ['purple', 'alert(1)', '<b>bold', 'lang=xx']) expect(html).not.toContain(raw);
  await expect(page.getByRole('link', { name: 'LGBTQI+ resources in Norway' })).toHaveAttribute(
    'href',
    '/embed/countries/norway/lgbtqi',
  );
});

test('theme=auto follows the device, and accents keep AA on every background', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/embed/countries/norway?theme=auto');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Norway');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 18, 18)');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  // Colours that pass on the page but not on the grey panels.
  for (const query of ['theme=light&accent=%233366ff', 'theme=dark&accent=%23aa3300', 'theme=light&accent=%23ffdd00']) {
    await page.goto(`/embed/countries/norway?${query}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Norway');
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(axe.violations, query).toEqual([]);
  }
});

test('the embed views pass axe in the light and dark themes', async ({ page }) => {
  for (const theme of ['light', 'dark']) {
    for (const path of ['/embed/countries/norway', '/embed/organisations/noas', '/embed/countries/norway/lgbtqi', '/embed/countries/norway/coi']) {
      await page.goto(`${path}?theme=${theme}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      expect(axe.violations, `${path} ${theme}`).toEqual([]);
    }
  }
});

/** The frame-ancestors directive of a Content-Security-Policy header. */
const frameAncestors = (policy: string | null | undefined) =>
  (policy ?? '')
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith('frame-ancestors'));

test('the full site refuses to be framed by other sites; the embed views allow it', async ({ page, request, baseURL, consoleErrors }) => {
  for (const path of ['/', '/countries/norway', '/index.html', '/organisations/noas', '/ar/countries/norway', '/no-such-page']) {
    const response = await request.get(path);
    expect(frameAncestors(response.headers()['content-security-policy']), path).toBe("frame-ancestors 'self'");
    expect(response.headers()['x-frame-options'], path).toBe('SAMEORIGIN');
  }
  // nginx matches decoded, merged paths; the app does not: these are no embeds.
  for (const path of ['//embed/countries/norway', '/embed%2Fcountries%2Fnorway']) {
    const response = await fetch(`${baseURL}${path}`);
    expect(response.status, path).toBe(404);
    expect(frameAncestors(response.headers.get('content-security-policy')), path).toBe("frame-ancestors 'self'");
  }
  for (const path of ['/embed/countries/norway', '/embed/organisations/noas', '/embed/search', '/ar/embed/countries/norway']) {
    const response = await request.get(path);
    expect(frameAncestors(response.headers()['content-security-policy']), path).toBe('frame-ancestors *');
    expect(response.headers()['x-frame-options'], path).toBeUndefined();
  }
  await page.goto(
    partner.page(frame('full', `${baseURL}/countries/norway`) + frame('embed', `${baseURL}/embed/countries/norway`)),
  );
  await expect(page.frameLocator('#embed').getByRole('heading', { level: 1 })).toHaveText('Norway');
  // The browser blocked the full site's page: the frame holds its error page.
  const full = await page.locator('#full').elementHandle();
  await expect.poll(async () => (await full!.contentFrame())?.url()).toBe('chrome-error://chromewebdata/');
  consoleErrors.length = 0;
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('an embed loads again from the worker, online and with the directory server down', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'one run is enough: it starts its own server');
    const served = await serveCopy(testInfo.outputPath('dist'), 8286);
    // A partner on the same site (another port): browsers that block
    // third-party storage (private windows, Safari) give frames from
    // another site no service worker at all, and the embed then works
    // online only.
    const partner = new Partner(8296, '127.0.0.1');
    await partner.start();
    try {
      // This partner hosts embed.js itself (as docs/embedding.md suggests), so it
      // resizes frames even while the directory's server is down.
      const partnerPage = partner.page(
        frame('country', `${served.base}/embed/countries/norway/lgbtqi`) +
          `<script>${readFileSync('public/embed.js', 'utf8')}</script>`,
      );
      const frameOf = () => page.frames().find((f) => f.url().startsWith(`${served.base}/embed/`))!;
      await page.goto(partnerPage);
      const country = page.frameLocator('#country');
      await expect(country.getByRole('heading', { level: 1 })).toHaveText('LGBTQI+ resources: Norway');
      await frameOf().evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      // Second load: the worker controls the frame.
      await page.reload();
      await expect(country.getByRole('heading', { level: 1 })).toHaveText('LGBTQI+ resources: Norway');
      await expect.poll(() => frameOf().evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
      await expectFitted(page, 'country');

      // The directory's server goes down; the partner's stays up.
      served.stop();
      await expect.poll(async () => fetch(`${served.base}/`).then(() => 'up', () => 'down')).toBe('down');
      await page.reload();
      await expect(country.getByRole('heading', { level: 1 })).toHaveText('LGBTQI+ resources: Norway');
      await expectFitted(page, 'country');
    } finally {
      served.stop();
      await partner.stop();
    }
  });
});

test.describe('the embed builder', () => {
  test('is linked from every page, and "Embed this page" opens it with the page chosen', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Embed this directory on your website' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Embed the directory on your website');
    // Opened from no page in particular: the first country with entries.
    const first = shippedIndex.countries.find((c) => c.content)!;
    await expect(page.getByLabel('Page')).toHaveValue(`/countries/${first.slug}`);

    await page.goto('/organisations/noas');
    await page.getByRole('link', { name: 'Embed this page on your website' }).click();
    await expect(page).toHaveURL(/\/embed-builder\?page=%2Forganisations%2Fnoas$/);
    await expect(page.getByLabel('Page')).toHaveValue('/organisations/noas');
    await expect(page.getByLabel('Code to paste')).toHaveValue(/src="http:\/\/127\.0\.0\.1:\d+\/embed\/organisations\/noas"/);

    await page.goto('/countries/norway');
    await page.getByRole('link', { name: 'Embed this page on your website' }).click();
    await expect(page.getByLabel('Page')).toHaveValue('/countries/norway');
  });

  test('options change the code and the live preview; the code can be copied', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto('/embed-builder?page=%2Fcountries%2Fnorway');
    const code = page.getByLabel('Code to paste');
    const preview = page.frameLocator('iframe[title="Preview of the embedded page"]');
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Norway');

    await page.getByLabel('Dark').check();
    await page.getByLabel('Use your brand colour for links and buttons').check();
    await page.getByLabel('Colour', { exact: true }).fill('#aa3300');
    await page.getByLabel('Refugee protection').uncheck();
    await page.getByLabel('Where this information comes from').uncheck();
    await expect(code).toHaveValue(
      /src="http:\/\/127\.0\.0\.1:\d+\/embed\/countries\/norway\?theme=dark&amp;accent=%23aa3300&amp;sections=legal_aid,other_support,suggest"/,
    );
    await expect(code).toHaveValue(/sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation allow-downloads"/);
    await expect(code).toHaveValue(/<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" defer referrerpolicy="no-referrer"><\/script>/);
    // The preview follows, and fits its content.
    await expect(preview.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(preview.locator('section#protection')).toHaveCount(0);
    await expect(preview.locator('section#legal-aid')).toHaveCount(1);
    const frame = page.locator('iframe[title="Preview of the embedded page"]');
    await expect
      .poll(async () => {
        const outer = await frame.evaluate((f) => Math.round(f.getBoundingClientRect().height) - 2); // its 1 px border
        const inner = await preview.locator('.embed').evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
        return outer - inner;
      })
      .toBe(0);

    // Sections apply to the country page only.
    await page.getByLabel('Page').selectOption('/countries/norway/coi');
    await expect(code).toHaveValue(/\/embed\/countries\/norway\/coi\?theme=dark&amp;accent=%23aa3300"/);
    await expect(page.getByRole('group', { name: 'Sections of the country page' })).toBeHidden();

    await page.getByRole('button', { name: 'Copy the code' }).click();
    await expect(page.getByText('Copied')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
    // Changing an option makes "Copied" stale: it goes.
    await page.getByLabel('Light').check();
    await expect(page.getByText('Copied')).toHaveCount(0);

    // The code, pasted as it is into a partner's page, works.
    await page.getByLabel('Page').selectOption('/organisations/noas');
    const pasted = await code.inputValue();
    await page.goto(partner.page(pasted));
    const embedded = page.frameLocator('iframe[data-legal-aid-directory]');
    await expect(embedded.getByRole('heading', { level: 1 })).toHaveText('Norwegian Organisation for Asylum Seekers');
    await expect
      .poll(async () => {
        const outer = await page.locator('iframe').evaluate((f) => Math.round(f.getBoundingClientRect().height));
        const inner = await embedded.locator('.embed').evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
        return outer - inner;
      })
      .toBe(0);
  });

  test('has no accessibility violations', async ({ page }) => {
    await page.goto('/embed-builder');
    const first = shippedIndex.countries.find((c) => c.content)!;
    await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toHaveText(first.name);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(results.violations).toEqual([]);
  });
});
