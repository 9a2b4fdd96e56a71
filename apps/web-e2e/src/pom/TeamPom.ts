import { expect, type Locator, type Page } from '@playwright/test';

export class TeamPom {
  readonly heading: Locator;
  readonly membersTable: Locator;
  readonly invitesTable: Locator;
  readonly inviteForm: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Team' });
    this.membersTable = page.getByRole('table', { name: 'Members' });
    this.invitesTable = page.getByRole('table', { name: 'Pending invites' });
    this.inviteForm = page.getByRole('form', { name: 'Invite member' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/team');
    await this.expectLoaded();
  }

  async expectLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.page).toHaveTitle('Team · Panelwise');
  }

  memberRow(email: string): Locator {
    return this.membersTable.getByRole('row').filter({ hasText: email });
  }

  inviteRow(email: string): Locator {
    return this.invitesTable.getByRole('row').filter({ hasText: email });
  }

  /** Creates an invite (the role select defaults to Interviewer) and returns the one-time link. */
  async inviteInterviewer(email: string): Promise<string> {
    await this.inviteForm.getByLabel('Email').fill(email);
    await expect(
      this.inviteForm.getByRole('combobox', { name: 'Role' }),
    ).toHaveValue('Interviewer');
    await this.inviteForm
      .getByRole('button', { name: 'Create invite link' })
      .click();
    const link = this.page.getByRole('textbox', {
      name: 'One-time invite link',
    });
    await expect(link).toHaveValue(/\/invite\/[\w-]{20,}$/);

    return link.inputValue();
  }

  async inviteExpectingEmailError(
    email: string,
    message: string,
  ): Promise<void> {
    const input = this.inviteForm.getByLabel('Email');
    await input.fill(email);
    await this.inviteForm
      .getByRole('button', { name: 'Create invite link' })
      .click();
    await expect(this.inviteForm.getByText(message)).toBeVisible();
    await expect(input).toHaveAttribute('aria-invalid', 'true');
  }

  async expectCoordinatorsOnly(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(
      this.page.getByText('Only coordinators can manage the team'),
    ).toBeVisible();
    await expect(this.membersTable).toHaveCount(0);
    await expect(this.inviteForm).toHaveCount(0);
  }

  /** The Email section lists a sent message to `email` (delivery runs in the background). */
  async expectEmailSent(email: string): Promise<void> {
    const row = this.page
      .getByRole('table', { name: 'Outgoing email' })
      .getByRole('row')
      .filter({ hasText: email });
    await expect(async () => {
      await this.page.reload();
      await expect(row).toContainText('Sent', { timeout: 10_000 });
    }).toPass({ timeout: 60_000 });
  }
}
