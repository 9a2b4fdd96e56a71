import { expect, type Locator, type Page } from '@playwright/test';

export class GuidesPom {
  readonly heading: Locator;
  readonly table: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Guides' });
    this.table = page.getByRole('table', { name: 'Guides' });
  }

  async expectLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.page).toHaveTitle('Guides · Panelwise');
    await expect(this.table).toBeVisible();
  }

  row(title: string): Locator {
    return this.table.getByRole('row').filter({ hasText: title });
  }
}
