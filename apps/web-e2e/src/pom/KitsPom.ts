import { expect, type Locator, type Page } from '@playwright/test';

/** The list of interview kits at /kits. */
export class KitsPom {
  readonly heading: Locator;
  readonly table: Locator;
  readonly newKitButton: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', {
      level: 1,
      name: 'Interview kits',
    });
    this.table = page.getByRole('table', { name: 'Interview kits' });
    this.newKitButton = page.getByRole('link', { name: 'New kit' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/kits');
    await this.expectLoaded();
  }

  async expectLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.page).toHaveTitle('Interview kits · Panelwise');
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ hasText: name });
  }
}
