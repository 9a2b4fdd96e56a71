import { expect, type Locator, type Page } from '@playwright/test';

export class QuestionBankPom {
  readonly heading: Locator;
  readonly searchInput: Locator;
  readonly resultCount: Locator;
  readonly results: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', {
      level: 1,
      name: 'Question bank',
    });
    this.searchInput = page
      .getByRole('search', { name: 'Search questions' })
      .getByRole('searchbox', { name: 'Search' });
    this.resultCount = page.getByTestId('result-count');
    this.results = page.getByRole('list', { name: 'Search results' });
  }

  async expectLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.page).toHaveTitle('Question bank · Panelwise');
  }

  /** Types like a user; the search runs after the debounce. */
  async search(text: string): Promise<void> {
    await this.searchInput.fill(text);
    await expect(this.page).toHaveURL(
      new RegExp(`[?&]q=${encodeURIComponent(text).replace(/%20/g, '\\+')}`),
    );
    await expect(this.results).toBeVisible();
  }

  result(prompt: string): Locator {
    return this.results.getByRole('listitem').filter({
      has: this.page.getByRole('link', { name: prompt, exact: true }),
    });
  }

  async open(prompt: string): Promise<void> {
    await this.results.getByRole('link', { name: prompt, exact: true }).click();
  }
}
