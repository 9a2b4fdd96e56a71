import { expect, type Locator, type Page } from '@playwright/test';

export class InterviewRoomPom {
  readonly plan: Locator;
  readonly liveFeed: Locator;
  readonly startButton: Locator;
  readonly completeButton: Locator;
  readonly markAskedButton: Locator;
  readonly scorecardLink: Locator;
  readonly sessionTimer: Locator;
  readonly offlineNotice: Locator;

  constructor(private readonly page: Page) {
    this.plan = page.getByRole('navigation', { name: 'Plan' });
    this.liveFeed = page.getByTestId('live-feed');
    this.startButton = page.getByRole('button', { name: 'Start session' });
    this.completeButton = page.getByRole('button', {
      name: 'Complete session',
    });
    this.markAskedButton = page.getByRole('button', { name: /^Mark asked/ });
    this.scorecardLink = page.getByRole('link', {
      name: 'Scorecard',
      exact: true,
    });
    this.sessionTimer = page.getByTestId('session-timer');
    this.offlineNotice = page.getByText('You are offline');
  }

  async expectLoaded(candidateName: string): Promise<void> {
    await expect(
      this.page.getByRole('heading', {
        level: 1,
        name: `Interview room: ${candidateName}`,
      }),
    ).toBeVisible();
    await expect(this.page).toHaveTitle(
      `Interview room: ${candidateName} · Panelwise`,
    );
  }

  status(label: string): Locator {
    return this.page.getByText(label, { exact: true }).first();
  }

  planItem(position: number): Locator {
    return this.plan.getByRole('listitem').nth(position - 1);
  }

  /** The heading of the question on screen: "Q1. <prompt>". */
  currentQuestion(): Locator {
    return this.page.getByRole('heading', { level: 2, name: /^Q\d+\./ });
  }

  notes(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  saveState(label: string): Locator {
    return this.page.getByRole('status', { name: `${label}: save state` });
  }

  followUp(index: number): Locator {
    return this.page
      .getByRole('region', { name: /^Follow-up points/ })
      .getByRole('checkbox')
      .nth(index);
  }
}
