import { expect, type Locator, type Page } from '@playwright/test';

export class ScorecardPom {
  readonly summary: Locator;
  readonly submitButton: Locator;
  readonly amendButton: Locator;
  readonly saveState: Locator;
  readonly problems: Locator;
  readonly panel: Locator;
  readonly history: Locator;
  readonly roomNotes: Locator;

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
    this.roomNotes = page.getByRole('region', {
      name: 'Your notes from the room',
    });
  }

  /** A note from the room: "Q1", or null for the overall note. */
  roomNote(label: string | null): Locator {
    return this.roomNotes.getByRole('listitem', {
      name: label ? `Notes on ${label}` : 'Overall notes',
    });
  }

  /** Pulls a room note into a competency's evidence through its menu. */
  async addNoteToEvidence(label: string, competency: string): Promise<void> {
    await this.page
      .getByRole('button', { name: `Add the note on ${label} to evidence` })
      .click();
    await this.page
      .getByRole('menuitem', { name: competency, exact: true })
      .click();
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
