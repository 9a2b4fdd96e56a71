import { expect, type Locator, type Page } from '@playwright/test';

/** The candidate list at /candidates, its duplicates panel, and a candidate's page. */
export class CandidatesPom {
  readonly heading: Locator;
  readonly table: Locator;
  readonly search: Locator;
  readonly status: Locator;
  readonly newCandidateButton: Locator;
  readonly duplicatesPanel: Locator;
  readonly form: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Candidates' });
    this.table = page.getByRole('table', { name: 'Candidates' });
    this.search = page.getByRole('searchbox', { name: 'Search candidates' });
    this.status = page
      .getByRole('status')
      .filter({ hasText: /Showing|No candidate/ });
    this.newCandidateButton = page.getByRole('link', { name: 'New candidate' });
    this.duplicatesPanel = page.getByRole('region', {
      name: 'Possible duplicates',
    });
    this.form = page.getByRole('form', { name: 'Candidate' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/candidates');
    await this.expectLoaded();
  }

  async expectLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.page).toHaveTitle('Candidates · Panelwise');
  }

  row(text: string): Locator {
    return this.table.getByRole('row').filter({ hasText: text });
  }

  duplicateGroup(email: string): Locator {
    return this.duplicatesPanel
      .getByTestId('duplicate-group')
      .filter({ hasText: email });
  }

  async fillForm(candidate: {
    name: string;
    email: string;
    targetRole: string;
    notes: string;
  }): Promise<void> {
    await this.form
      .getByRole('textbox', { name: /^Name/ })
      .fill(candidate.name);
    await this.form
      .getByRole('textbox', { name: /^Email/ })
      .fill(candidate.email);
    await this.form
      .getByRole('textbox', { name: 'Target role' })
      .fill(candidate.targetRole);
    await this.form
      .getByRole('textbox', { name: 'Notes' })
      .fill(candidate.notes);
  }
}
