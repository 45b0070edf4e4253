import { expect, type Locator, type Page } from '@playwright/test';

/** `/countries/{slug}` and its LGBTQI+ and COI pages. */
export class CountryPage {
  readonly heading: Locator;
  readonly legalAid: Locator;
  readonly otherSupport: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.legalAid = page.locator('section#legal-aid');
    this.otherSupport = page.locator('section#other-support');
  }

  async goto(slug: string, sub = '') {
    await this.page.goto(`/countries/${slug}${sub}`);
    await expect(this.heading).toBeVisible();
  }

  /** The organisation card for an organisation id, within `scope`. */
  card(id: string, scope: Locator | Page = this.page): Locator {
    return scope.locator(`article#org-${id}`);
  }

  /** The text of every h2, in page order. */
  sectionHeadings(): Promise<string[]> {
    return this.page.locator('main h2').allTextContents();
  }
}
