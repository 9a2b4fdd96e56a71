import { expect, type Locator, type Page } from '@playwright/test';

/** Header and navigation around every signed-in page. */
export class AppShellPom {
  readonly nav: Locator;
  readonly teamSwitcher: Locator;
  readonly userMenuButton: Locator;

  constructor(private readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Main navigation' });
    this.teamSwitcher = page.getByRole('combobox', { name: 'Current team' });
    this.userMenuButton = page.getByRole('button', {
      name: /^Account menu for/,
    });
  }

  navLink(label: string): Locator {
    return this.nav.getByRole('link', { name: label, exact: true });
  }

  async navLabels(): Promise<string[]> {
    return (await this.nav.getByRole('link').allInnerTexts()).map((text) =>
      text.trim(),
    );
  }

  async goTo(label: string): Promise<void> {
    await this.navLink(label).click();
    await expect(this.navLink(label)).toHaveAttribute('aria-current', 'page');
  }

  async signOut(): Promise<void> {
    await this.userMenuButton.click();
    await this.page.getByRole('menuitem', { name: 'Sign out' }).click();
  }
}
