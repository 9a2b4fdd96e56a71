import { expect, type Locator, type Page } from '@playwright/test';

/** The rubric list at /rubrics and the editor at /rubrics/:id. */
export class RubricEditorPom {
  readonly listHeading: Locator;
  readonly table: Locator;
  readonly form: Locator;
  readonly description: Locator;
  readonly competencies: Locator;
  readonly conflictDialog: Locator;

  constructor(private readonly page: Page) {
    this.listHeading = page.getByRole('heading', { level: 1, name: 'Rubrics' });
    this.table = page.getByRole('table', { name: 'Rubrics' });
    this.form = page.getByRole('form', { name: 'Rubric' });
    this.description = this.form.getByRole('textbox', { name: 'Description' });
    this.competencies = this.form.getByTestId('competency-editor');
    this.conflictDialog = page.getByRole('dialog', {
      name: 'Someone else saved this rubric while you were editing',
    });
  }

  async expectListLoaded(): Promise<void> {
    await expect(this.listHeading).toBeVisible();
    await expect(this.page).toHaveTitle('Rubrics · Panelwise');
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ hasText: name });
  }

  async expectEditorLoaded(name: string): Promise<void> {
    await expect(
      this.page.getByRole('heading', { level: 1, name }),
    ).toBeVisible();
    await expect(this.page).toHaveTitle(`${name} · Panelwise`);
  }

  anchor(competency: string, level: string): Locator {
    return this.form.getByRole('textbox', {
      name: `${competency}: anchor for ${level}`,
    });
  }

  async addCompetency(name: string): Promise<void> {
    await this.form.getByRole('button', { name: 'Add competency' }).click();
    await this.competencies
      .last()
      .getByRole('textbox', { name: /^Competency name/ })
      .fill(name);
  }

  async moveUp(competency: string): Promise<void> {
    await this.form
      .getByRole('button', { name: `Move ${competency} up` })
      .click();
  }

  async save(): Promise<void> {
    await this.form
      .getByRole('button', { name: 'Save as new version' })
      .click();
  }

  async expectVersion(version: number): Promise<void> {
    await expect(
      this.page.getByText(new RegExp(`^Version ${version}, saved`)),
    ).toBeVisible();
  }
}
