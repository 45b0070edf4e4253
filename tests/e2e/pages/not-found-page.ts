import type { Locator, Page } from '@playwright/test';

/** The page every unknown address shows. */
export class NotFoundPage {
  readonly heading: Locator;
  readonly homeLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Page not found' });
    this.homeLink = page.getByRole('main').getByRole('link', { name: 'Go to the list of countries' });
  }
}
