import { expect, type Locator, type Page } from '@playwright/test';

export class QuestionPom {
  readonly modelAnswer: Locator;
  readonly followUps: Locator;

  constructor(private readonly page: Page) {
    this.modelAnswer = page.getByRole('region', { name: 'Model answer' });
    this.followUps = page.getByRole('region', { name: 'Follow-up points' });
  }

  async expectLoaded(prompt: string): Promise<void> {
    await expect(
      this.page.getByRole('heading', { level: 1, name: prompt }),
    ).toBeVisible();
  }

  /** A named part of the model answer, e.g. "Batch Normalization". */
  part(title: string): Locator {
    return this.modelAnswer.getByRole('region', { name: title });
  }
}
