import { expect, type Locator, type Page } from '@playwright/test';

export class InvitePom {
  readonly form: Locator;

  constructor(private readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Accept invite' });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
  }

  async expectInvitation(teamName: string, email: string): Promise<void> {
    await expect(
      this.page.getByRole('heading', { level: 1, name: `Join ${teamName}` }),
    ).toBeVisible();
    await expect(this.page.getByText(email)).toBeVisible();
  }

  async acceptAsNewUser({
    name,
    password,
  }: {
    name: string;
    password: string;
  }): Promise<void> {
    await this.form.getByLabel('Your name').fill(name);
    await this.form.getByLabel('Choose a password').fill(password);
    await expect(
      this.form.getByRole('combobox', { name: 'Time zone' }),
    ).toHaveValue('Europe/Paris');
    await this.form
      .getByRole('button', { name: 'Create account and join' })
      .click();
  }

  async expectUnusable(title: string): Promise<void> {
    await expect(this.page.getByRole('alert').getByText(title)).toBeVisible();
  }
}
