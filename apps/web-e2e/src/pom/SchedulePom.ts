import { expect, type Locator, type Page } from '@playwright/test';

export class SchedulePom {
  readonly heading: Locator;
  readonly newSessionButton: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Schedule' });
    this.newSessionButton = page.getByRole('link', { name: 'New session' });
  }

  async expectLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.page).toHaveTitle('Schedule · Panelwise');
  }

  /** A session block on the week calendar, found by candidate name. */
  sessionBlock(candidateName: string): Locator {
    return this.page.getByRole('link', {
      name: new RegExp(`: ${candidateName}, `),
    });
  }
}
