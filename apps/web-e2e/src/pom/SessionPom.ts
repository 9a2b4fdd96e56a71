import { expect, type Locator, type Page } from '@playwright/test';

export class SessionPom {
  readonly panel: Locator;
  readonly history: Locator;

  constructor(private readonly page: Page) {
    this.panel = page.getByRole('table', { name: 'Panel' });
    this.history = page.getByRole('region', { name: 'History' });
  }

  async expectLoaded(candidateName: string, kitName: string): Promise<void> {
    await expect(this.page).toHaveURL(/\/sessions\/[\w-]+$/);
    await expect(
      this.page.getByRole('heading', {
        level: 1,
        name: `${candidateName} · ${kitName}`,
      }),
    ).toBeVisible();
    await expect(this.page).toHaveTitle(
      `Session: ${candidateName} · Panelwise`,
    );
  }

  panelRow(name: string): Locator {
    return this.panel.getByRole('row').filter({ hasText: name });
  }
}
