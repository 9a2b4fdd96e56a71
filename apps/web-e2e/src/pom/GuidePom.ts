import { expect, type Locator, type Page } from '@playwright/test';

export class GuidePom {
  readonly questions: Locator;
  readonly downloadLink: Locator;

  constructor(private readonly page: Page) {
    this.questions = page.getByRole('region', { name: 'Questions' });
    this.downloadLink = page.getByRole('link', { name: 'Download Markdown' });
  }

  async expectLoaded(title: string): Promise<void> {
    await expect(
      this.page.getByRole('heading', { level: 1, name: title }),
    ).toBeVisible();
    await expect(this.page).toHaveTitle(`${title} · Panelwise`);
  }
}
