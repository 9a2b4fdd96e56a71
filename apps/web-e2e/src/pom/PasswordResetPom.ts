import { expect, type Page } from '@playwright/test';

/** "Forgot password?" from the sign-in page, and the emailed link's page. */
export class PasswordResetPom {
  constructor(private readonly page: Page) {}

  async requestLink(email: string): Promise<void> {
    await this.page.getByRole('link', { name: 'Forgot password?' }).click();
    await expect(
      this.page.getByRole('heading', {
        level: 1,
        name: 'Forgot your password?',
      }),
    ).toBeVisible();
    const form = this.page.getByRole('form', { name: 'Reset password' });
    await form.getByLabel('Email').fill(email);
    await form.getByRole('button', { name: 'Email me a reset link' }).click();
    await expect(this.page.getByRole('status')).toContainText(
      `If an account exists for ${email}`,
    );
  }

  async chooseNewPassword(link: string, password: string): Promise<void> {
    await this.page.goto(link);
    await expect(
      this.page.getByRole('heading', {
        level: 1,
        name: 'Choose a new password',
      }),
    ).toBeVisible();
    const form = this.page.getByRole('form', { name: 'Choose a new password' });
    await form.getByLabel('New password').fill(password);
    await form
      .getByRole('button', { name: 'Change password and sign in' })
      .click();
  }
}
