// The pages as served, and two as the app leaves them, pass html-validate's
// recommended rules (issue 19: phone numbers that could wrap inside a link,
// forms without a submit button). Rules turned off, each with its reason:
//  - attr-quotes: the build writes attribute values unquoted where HTML
//    allows it (smaller pages);
//  - doctype-style: `<!doctype html>` in lower case is as valid;
//  - long-title: an organisation's page is titled with its full name first
//    and the site's name after it; where a title is too long for a search
//    engine, the site's name is what is cut;
//  - prefer-native-element for `button`: "Exit this page" is a link that
//    says it is a button (as GOV.UK's), so that it works without JavaScript.
import { HtmlValidate, type Message } from 'html-validate';
import { test, expect } from './fixtures';

const rules = {
  'attr-quotes': 'off',
  'doctype-style': 'off',
  'long-title': 'off',
  'prefer-native-element': ['error', { exclude: ['button'] }],
} as const;
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules });
// The browser writes a live page's boolean attributes as `hidden=""`: its
// way of writing, not the app's.
const domValidator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { ...rules, 'attribute-boolean-style': 'off', 'attribute-empty-style': 'off' },
});

/** Leptos marks places for hydration with `<!>`, an empty comment to every
 *  browser; html-validate's tokenizer stops at it, so it gets the long form. */
const forValidator = (html: string) => html.replaceAll('<!>', '<!---->');

async function problems(html: string, by = validator): Promise<string[]> {
  const report = await by.validateString(forValidator(html));
  return report.results.flatMap((r) => r.messages.map((m: Message) => `${m.ruleId} ${m.line}:${m.column} ${m.message} [${m.selector ?? ''}]`));
}

const served = [
  '/',
  '/countries/norway',
  '/countries/norway/lgbtqi',
  '/countries/norway/coi',
  '/countries/chile',
  '/organisations/noas',
  '/search',
  '/accessibility',
  '/embed-builder',
  '/embed/countries/norway',
  '/embed/organisations/noas',
  '/ar/',
  '/ar/countries/norway',
  '/uk/organisations/noas',
  '/fa/countries/norway/lgbtqi',
  '/no-such-page',
];

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the markup is the same at every width');
});

test('the pages as served pass html-validate', async ({ request }) => {
  for (const path of served) {
    const response = await request.get(path);
    expect(await problems(await response.text()), path).toEqual([]);
  }
});

test('the validator would see a phone number that can wrap', async () => {
  // The check above is only as good as the rule: a number with plain spaces
  // in a tel: link is reported.
  const page = '<!doctype html><html lang="en"><head><title>t</title></head><body><main><a href="tel:+4722365660">22 36 56 60</a></main></body></html>';
  expect((await problems(page)).join('\n')).toContain('tel-non-breaking');
});

test('pages the app draws pass html-validate', async ({ page }) => {
  for (const path of ['/search?q=oslo', '/countries/norway?category=legal_aid']) {
    await page.goto(path);
    await expect(page.locator('main h1')).toBeVisible();
    await page.locator('.org-card, article[id^="org-"]').first().waitFor();
    expect(await problems(await page.content(), domValidator), path).toEqual([]);
  }
});
