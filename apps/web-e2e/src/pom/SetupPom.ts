import { expect, type Locator, type Page } from '@playwright/test';

export type SetupDetails = {
  setupToken: string;
  teamName: string;
  name: string;
  email: string;
  password: string;
};

/** The first-run page of an instance with no account yet. */
export class SetupPom {
  readonly form: Locator;

  constructor(private readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Set up Panelwise' });
  }

  async expectLoaded(): Promise<void> {
    await expect(this.page).toHaveURL(/\/setup$/);
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Set up Panelwise' }),
    ).toBeVisible();
    await expect(this.page).toHaveTitle('Set up Panelwise · Panelwise');
  }

  async complete(details: SetupDetails): Promise<void> {
    await this.form.getByLabel('Setup token').fill(details.setupToken);
    await this.form.getByLabel('Team name').fill(details.teamName);
    await this.form.getByLabel('Your name').fill(details.name);
    await this.form.getByLabel('Email').fill(details.email);
    await this.form.getByLabel('Choose a password').fill(details.password);
    await expect(
      this.form.getByRole('combobox', { name: 'Time zone' }),
    ).toHaveValue('Europe/Paris');
    await this.form
      .getByRole('button', { name: 'Create team and sign in' })
      .click();
  }

  async expectTokenRefused(): Promise<void> {
    await expect(
      this.form.getByText('That is not the setup token from the server log'),
    ).toBeVisible();
    await expect(this.form.getByLabel('Setup token')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  }
}
