import { expect, type Locator, type Page } from '@playwright/test';

export class AvailabilityPom {
  readonly heading: Locator;
  readonly form: Locator;
  readonly grid: Locator;
  readonly feed: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', {
      level: 1,
      name: 'My availability',
    });
    this.form = page.getByRole('form', { name: 'Availability' });
    this.grid = page.getByRole('group', { name: 'Weekly hours grid' });
    this.feed = page.getByRole('region', { name: 'Calendar feed' });
  }

  async expectLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.page).toHaveTitle('My availability · Panelwise');
    await expect(this.grid).toBeVisible();
  }

  cell(label: string): Locator {
    return this.grid.getByRole('button', {
      name: new RegExp(`^${label} (available|unavailable)$`),
    });
  }

  /** Replaces a day's windows with one, typed in the list editor. */
  async setDay(day: string, from: string, to: string): Promise<void> {
    const removeFirst = this.form.getByRole('button', {
      name: `Remove ${day} window 1`,
    });
    while ((await removeFirst.count()) > 0) {
      await removeFirst.click();
    }
    await this.form.getByRole('button', { name: `Add ${day} window` }).click();
    await this.windowField(day, 1, 'from').fill(from);
    await this.windowField(day, 1, 'to').fill(to);
  }

  windowField(day: string, index: number, edge: 'from' | 'to'): Locator {
    return this.form.getByLabel(`${day} window ${index} ${edge}`);
  }

  async save(): Promise<void> {
    await this.form.getByRole('button', { name: 'Save availability' }).click();
  }

  async expectSaved(): Promise<void> {
    await expect(this.form.getByText('All changes saved')).toBeVisible();
  }
}
