// The Content-Security-Policy (server/site.conf; a <meta> copy in the built
// index.html): every route, full site and embed views, in a left-to-right
// and a right-to-left language, runs with no violation; the policy is
// really enforced (an injected inline script does not run); the loader is a
// file, not inline.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const policy = readFileSync('server/site.conf', 'utf8').match(/^set \$csp "([^"]+)";$/m)![1];

const routes: [string, string][] = [
  ['/', 'ul.country-list--all a'],
  ['/countries/norway', 'article#org-noas'],
  ['/countries/norway/lgbtqi', 'main h2'],
  ['/countries/norway/coi', 'main h2'],
  ['/organisations/noas', 'main h2'],
  ['/search?q=oslo', '#search-results .org-card'],
  ['/search?q=zzzzqqq', 'main h1'],
  ['/accessibility', 'main h2'],
  ['/embed-builder', 'iframe'],
  ['/no-such-page', 'main h1'],
  ['/embed/countries/norway?accent=%23aa0000&theme=dark', 'article#org-noas'],
  ['/embed/organisations/noas', 'main h2'],
  ['/embed/search?q=oslo&sections=search', '#search-results .org-card'],
];

/** Records every CSP violation in every frame of the page. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
}

async function violations(page: Page) {
  const all: string[] = [];
  for (const frame of page.frames()) {
    all.push(...(await frame.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])));
  }
  return all;
}

for (const lang of ['en', 'ar']) {
  test(`no Content-Security-Policy violation on any route (${lang})`, async ({ page, consoleErrors }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'the policy does not depend on the width');
    await watchViolations(page);
    for (const [path, ready] of routes) {
      const response = await page.goto(lang === 'en' ? path : `/${lang}${path}`);
      // The policy arrives in the header, with frame-ancestors for the route.
      expect(response!.headers()['content-security-policy'], path).toMatch(
        new RegExp(`^${policy.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}; frame-ancestors `),
      );
      await page.locator(ready).first().waitFor();
      if (path === '/embed-builder') {
        await page.frameLocator('iframe').locator('main h1').waitFor();
      }
      expect(await violations(page), path).toEqual([]);
    }
    expect(consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  });
}

test('the policy is enforced: an injected inline script and inline style do nothing', async ({ page }) => {
  await watchViolations(page);
  await page.goto('/countries/norway');
  await page.locator('article#org-noas').waitFor();
  const result = await page.evaluate(async () => {
    const w = window as unknown as { injected?: boolean };
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
    const div = document.createElement('div');
    div.setAttribute('style', 'width: 1234px');
    document.body.append(div);
    await new Promise((r) => setTimeout(r, 100));
    return { injected: w.injected === true, width: div.getBoundingClientRect().width };
  });
  expect(result.injected).toBe(false);
  expect(result.width).not.toBe(1234);
  expect((await violations(page)).length).toBeGreaterThanOrEqual(2);
});

test('every written page carries the policy and has no inline script or style', async ({ request }) => {
  for (const path of ['/index.html', '/countries/norway', '/ar/organisations/noas', '/embed/search', '/no-such-page']) {
    const html = await (await request.get(path)).text();
    expect(html, path).toContain(`<meta http-equiv=Content-Security-Policy content="${policy}">`);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
      ([, attributes]) => !attributes.includes('type="application/ld+json"'),
    );
    // The first script (early.js) and the app's loader, both from files.
    expect(scripts.map(([, attributes]) => attributes.match(/src=\/(early|start)-[0-9a-f]{8,}\.js/)?.[1]), path).toEqual([
      'early',
      'start',
    ]);
    for (const [, , body] of scripts) expect(body, path).toBe('');
    expect(html, path).not.toMatch(/<[a-z][^>]*\sstyle=|<style/);
  }
});

test('an address whose path starts with // never sends the visitor to another site', async ({ page, request, baseURL }) => {
  // The production server refuses such paths …
  for (const path of ['//evil.example/?lang=zz', '/%5Cevil.example/x', '//evil.example/countries/norway']) {
    const status = (await request.get(`${baseURL}${path}`, { failOnStatusCode: false })).status();
    if (path.startsWith('//')) expect(status, path).toBe(404);
  }
  // … and the page, served there by a host that does not, stays on this
  // site when its first script sends an old ?lang= address on.
  const shell = await (await request.get('/index.html')).text();
  await page.route('**//evil.example/**', (route) => route.fulfill({ contentType: 'text/html', body: shell }));
  await page.goto(`${baseURL}//evil.example/?lang=zz`);
  await page.locator('main').waitFor();
  await expect.poll(() => new URL(page.url()).host).toBe(new URL(baseURL!).host);
  await page.waitForTimeout(500);
  expect(new URL(page.url()).host).toBe(new URL(baseURL!).host);
  expect(new URL(page.url()).pathname).not.toMatch(/^\/\//);
});

test('a language address with // after its prefix never leads to another site either', async ({ page, baseURL, consoleErrors }) => {
  // nginx answers it with that language's not-found page; its first script
  // sends ?lang=en on to the English address, which must stay on this site,
  // and the English link of the language menu must too.
  for (const path of ['/ar//evil.example/?lang=en', '/ar//evil.example/x', '/fa/\\evil.example/']) {
    await page.goto(`${baseURL}${path}`);
    await page.locator('main').waitFor();
    await page.waitForTimeout(300);
    expect(new URL(page.url()).host, path).toBe(new URL(baseURL!).host);
    expect(new URL(page.url()).pathname, path).not.toMatch(/^\/[\/\\]/);
    for (const href of await page.locator('.language-menu a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
      expect(href, path).toMatch(/^\/(?![\/\\])/);
    }
  }
  consoleErrors.length = 0;
});
