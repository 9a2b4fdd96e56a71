import { expect, type Locator, type Page } from '@playwright/test';

export class NewSessionPom {
  readonly heading: Locator;
  readonly form: Locator;
  readonly date: Locator;
  readonly startTime: Locator;
  readonly slots: Locator;
  readonly bookButton: Locator;
  /** The booking rule's conflicts for the planned time, shown before booking. */
  readonly conflicts: Locator;
  readonly bookAnyway: Locator;
  readonly overrideReason: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'New session' });
    this.form = page.getByRole('form', { name: 'New session' });
    this.date = this.form.getByLabel(/^Date\b/);
    this.startTime = this.form.getByLabel(/^Start time\b/);
    this.slots = this.form.getByRole('list', { name: 'Free slots' });
    this.bookButton = this.form.getByRole('button', { name: 'Book session' });
    this.conflicts = this.form.getByTestId('booking-rule-notice');
    this.bookAnyway = this.form.getByRole('checkbox', { name: /Book anyway/ });
    this.overrideReason = this.form.getByLabel(/^Reason for booking anyway/);
  }

  async expectLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.page).toHaveTitle('New session · Panelwise');
  }

  private async choose(
    combobox: Locator,
    option: string | RegExp,
    typed?: string,
  ): Promise<void> {
    await combobox.click();
    if (typed) {
      await combobox.fill(typed);
    }
    await this.page.getByRole('option', { name: option }).click();
  }

  async chooseCandidate(name: string): Promise<void> {
    await this.choose(
      this.form.getByRole('combobox', { name: 'Candidate' }),
      new RegExp(`^${name}`),
      name,
    );
  }

  async chooseKit(name: string): Promise<void> {
    await this.choose(
      this.form.getByRole('combobox', { name: 'Interview kit' }),
      new RegExp(`^${name}`),
    );
  }

  async addPanelist(name: string): Promise<void> {
    await this.choose(
      this.form.getByRole('combobox', { name: 'Add interviewer' }),
      new RegExp(`^${name}`),
    );
    await expect(
      this.form.getByRole('combobox', { name: `Role of ${name}` }),
    ).toBeVisible();
  }

  async findSlots(): Promise<void> {
    await this.form.getByRole('button', { name: 'Find slots' }).click();
    await expect(this.slots).toBeVisible();
  }

  /** Picks the earliest slot (the list opens fairest first); returns the date and time it filled in. */
  async pickFirstSlot(): Promise<{ date: string; time: string }> {
    await this.form.getByText('By time', { exact: true }).click();
    await this.slots.getByRole('button').first().click();
    await expect(this.date).not.toHaveValue('');

    return {
      date: await this.date.inputValue(),
      time: await this.startTime.inputValue(),
    };
  }

  async setStart(date: string, time: string): Promise<void> {
    await this.date.fill(date);
    await this.startTime.fill(time);
  }

  /** Ticks "Book anyway" with a reason, for a time that breaks the booking rule. */
  async bookAnywayBecause(reason: string): Promise<void> {
    await this.bookAnyway.check();
    await this.overrideReason.fill(reason);
    await this.bookButton.click();
  }
}
