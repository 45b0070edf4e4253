import { expect, type Locator, type Page } from '@playwright/test';

/** `/organisations/{id}`. */
export class OrganisationPage {
  readonly heading: Locator;
  readonly hours: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.hours = page.locator('table.hours');
  }

  async goto(id: string) {
    await this.page.goto(`/organisations/${id}`);
    await expect(this.heading).toBeVisible();
  }
}
