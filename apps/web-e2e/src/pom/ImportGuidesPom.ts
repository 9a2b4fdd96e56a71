import { expect, type Locator, type Page } from '@playwright/test';

export class ImportGuidesPom {
  readonly heading: Locator;
  readonly chooseFilesButton: Locator;
  readonly chosenFiles: Locator;
  readonly preview: Locator;
  readonly report: Locator;
  readonly confirmButton: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', {
      level: 1,
      name: 'Import guides',
    });
    this.chooseFilesButton = page.getByRole('button', { name: 'Choose files' });
    this.chosenFiles = page.getByRole('list', { name: 'Chosen files' });
    this.preview = page.getByRole('list', { name: 'Import preview' });
    this.report = page.getByRole('list', { name: 'Import report' });
    this.confirmButton = page.getByRole('button', { name: 'Confirm import' });
  }

  async expectLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.page).toHaveTitle('Import guides · Panelwise');
  }

  /** Picks files through the button, as a keyboard user would. */
  async chooseFiles(paths: string[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.chooseFilesButton.click();
    await (await chooser).setFiles(paths);
  }

  /** The card of one guide file, in the preview or the final report. */
  result(list: Locator, title: string): Locator {
    return list.getByRole('listitem', { name: title });
  }

  async confirm(): Promise<void> {
    await this.confirmButton.click();
    await expect(
      this.page.getByRole('heading', { name: 'Import complete' }),
    ).toBeVisible();
  }
}
