import { expect, type Locator, type Page } from '@playwright/test';

/** The home page: the introduction and the A–Z list of countries. */
export class HomePage {
  readonly heading: Locator;
  readonly countryList: Locator;
  readonly countries: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.countryList = page.locator('ul.country-list--all');
    this.countries = this.countryList.locator(':scope > li');
  }

  async goto() {
    await this.page.goto('/');
    await expect(this.countries.first()).toBeVisible();
  }

  /** The list item of a country, found by its ISO code. */
  country(code: string): Locator {
    return this.countryList.locator(`:scope > li[data-code="${code}"]`);
  }
}
