import { expect, type Locator, type Page } from '@playwright/test';

export class ScorecardPom {
  readonly summary: Locator;
  readonly submitButton: Locator;
  readonly amendButton: Locator;
  readonly saveState: Locator;
  readonly problems: Locator;
  readonly panel: Locator;
  readonly history: Locator;

  constructor(private readonly page: Page) {
    this.summary = page.getByRole('textbox', { name: 'Summary' });
    this.submitButton = page.getByRole('button', { name: 'Submit scorecard' });
    this.amendButton = page.getByRole('button', { name: 'Amend', exact: true });
    this.saveState = page.getByRole('status', {
      name: 'Scorecard draft: save state',
    });
    this.problems = page.getByRole('alert').filter({
      hasText: /to finish before/,
    });
    this.panel = page.getByRole('region', { name: 'The panel’s scorecards' });
    this.history = page.getByRole('region', { name: 'History' });
  }

  async expectLoaded(candidateName: string): Promise<void> {
    await expect(
      this.page.getByRole('heading', {
        level: 1,
        name: `Scorecard: ${candidateName}`,
      }),
    ).toBeVisible();
  }

  competency(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  async rate(competency: string, level: string): Promise<void> {
    await this.competency(competency).getByText(level, { exact: true }).click();
  }

  evidence(competency: string): Locator {
    return this.competency(competency).getByRole('textbox', {
      name: /^Evidence/,
    });
  }

  recommendation(label: string): Locator {
    return this.page.getByRole('radio', { name: label, exact: true });
  }
}
