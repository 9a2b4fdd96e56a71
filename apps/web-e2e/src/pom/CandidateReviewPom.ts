import { expect, type Locator, type Page } from '@playwright/test';

/** The coordinator's review of a candidate at /candidates/<id>/review. */
export class CandidateReviewPom {
  readonly matrix: Locator;
  readonly sessions: Locator;
  readonly pending: Locator;
  readonly currentDecision: Locator;
  readonly decisionForm: Locator;
  readonly decisionHistory: Locator;
  readonly opposingAlert: Locator;
  readonly csvLink: Locator;
  readonly pdfLink: Locator;

  constructor(private readonly page: Page) {
    this.matrix = page.getByRole('table', {
      name: 'Ratings by interviewer and competency',
    });
    this.sessions = page.getByRole('table', { name: 'Sessions' });
    this.pending = page.getByRole('list', { name: 'Scorecards owed' });
    this.currentDecision = page.getByRole('region', {
      name: 'Current decision',
    });
    this.decisionForm = page.getByRole('form', { name: 'Record a decision' });
    this.decisionHistory = page.getByRole('list', { name: 'Decision history' });
    this.opposingAlert = page
      .getByRole('alert')
      .filter({ hasText: 'Opposing recommendations' });
    this.csvLink = page.getByRole('link', { name: 'Download CSV' });
    this.pdfLink = page.getByRole('link', { name: 'Debrief packet (PDF)' });
  }

  async expectLoaded(candidateName: string): Promise<void> {
    await expect(
      this.page.getByRole('heading', {
        level: 1,
        name: `Review: ${candidateName}`,
      }),
    ).toBeVisible();
    await expect(this.page).toHaveTitle(`Review: ${candidateName} · Panelwise`);
  }

  competencyHeader(name: string): Locator {
    return this.matrix.getByRole('columnheader').filter({ hasText: name });
  }

  row(interviewerName: string): Locator {
    return this.matrix.getByTestId('matrix-row').filter({
      has: this.page.getByRole('rowheader', { name: interviewerName }),
    });
  }

  async recordDecision(decision: string, rationale: string): Promise<void> {
    // SegmentedControl hides its radios behind their labels.
    await this.decisionForm
      .getByRole('radiogroup', { name: 'Decision' })
      .getByText(decision, { exact: true })
      .click();
    await this.decisionForm
      .getByRole('textbox', { name: /Rationale/ })
      .fill(rationale);
    await this.decisionForm
      .getByRole('button', { name: 'Record decision' })
      .click();
  }
}
