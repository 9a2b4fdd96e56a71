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
  readonly presence: Locator;
  /** On a phone: the timer, "mark asked" and moving between questions, at the bottom. */
  readonly controlBar: Locator;

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
    this.presence = page.getByRole('region', { name: 'In the room' });
    this.controlBar = page.getByRole('toolbar', { name: 'Question controls' });
  }

  /** One of the side tabs: Plan, Instructions, Rubric. */
  sideTab(name: 'Plan' | 'Instructions' | 'Rubric'): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  /** A side tab's panel, named by its tab. */
  sidePanel(name: 'Instructions' | 'Rubric'): Locator {
    return this.page.getByRole('tabpanel', { name });
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
