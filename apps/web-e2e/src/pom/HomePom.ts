import { expect, type Locator, type Page } from '@playwright/test';

export class HomePom {
  readonly currentTeam: Locator;
  readonly role: Locator;
  readonly memberCount: Locator;

  constructor(private readonly page: Page) {
    this.currentTeam = page.getByTestId('summary-current-team');
    this.role = page.getByTestId('summary-your-role');
    this.memberCount = page.getByTestId('summary-team-members');
  }

  async expectWelcome(name: string): Promise<void> {
    await expect(this.page).toHaveURL(/\/$/);
    await expect(
      this.page.getByRole('heading', { level: 1, name: `Welcome, ${name}` }),
    ).toBeVisible();
    await expect(this.page).toHaveTitle('Home · Panelwise');
  }
}
