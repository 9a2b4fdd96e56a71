import { expect, type Locator, type Page } from '@playwright/test';

/** The kit builder at /kits/new and /kits/:id, with its conflict dialog. */
export class KitEditorPom {
  readonly form: Locator;
  readonly name: Locator;
  readonly targetRole: Locator;
  readonly rubric: Locator;
  readonly instructions: Locator;
  readonly search: Locator;
  readonly results: Locator;
  readonly items: Locator;
  readonly total: Locator;
  readonly conflictDialog: Locator;

  constructor(private readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Interview kit' });
    this.name = this.form.getByRole('textbox', { name: /^Name/ });
    this.targetRole = this.form.getByRole('textbox', { name: 'Target role' });
    this.rubric = this.form.getByRole('combobox', { name: 'Rubric' });
    this.instructions = this.form.getByRole('textbox', {
      name: 'Interviewer instructions',
    });
    this.search = this.form.getByRole('searchbox', {
      name: 'Search the question bank',
    });
    this.results = this.form
      .getByRole('list', { name: 'Search results' })
      .getByTestId('picker-result');
    this.items = this.form
      .getByRole('list', { name: 'Questions in interview order' })
      .getByTestId('kit-item');
    this.total = this.form.getByTestId('kit-total');
    this.conflictDialog = page.getByRole('dialog', {
      name: 'Someone else saved this kit while you were editing',
    });
  }

  async expectLoaded(title: string): Promise<void> {
    await expect(
      this.page.getByRole('heading', { level: 1, name: title }),
    ).toBeVisible();
    await expect(this.page).toHaveTitle(`${title} · Panelwise`);
    await expect(this.form).toBeVisible();
  }

  async chooseRubric(name: string): Promise<void> {
    await this.rubric.click();
    await this.page.getByRole('option', { name }).click();
  }

  /** Searches the bank and adds the result whose prompt contains `prompt`. */
  async addFromBank(search: string, prompt: string): Promise<void> {
    await this.search.fill(search);
    const result = this.results.filter({ hasText: prompt });
    await expect(result).toHaveCount(1);
    await result.getByRole('button', { name: /^Add / }).click();
    await expect(
      result.getByRole('button', { name: /^Added: / }),
    ).toBeDisabled();
  }

  minutes(position: number): Locator {
    return this.form.getByRole('textbox', {
      name: `Minutes for question ${position}`,
    });
  }

  async setMinutes(position: number, minutes: number): Promise<void> {
    await this.minutes(position).fill(String(minutes));
  }

  async moveUp(position: number): Promise<void> {
    await this.form
      .getByRole('button', { name: `Move question ${position} up` })
      .click();
  }

  /** Drags a question by its handle with the mouse, as a pointer user would. */
  async drag(fromPosition: number, toPosition: number): Promise<void> {
    const handle = this.form.getByRole('button', {
      name: `Drag to reorder question ${fromPosition}`,
    });
    const target = this.items.nth(toPosition - 1);
    const from = await handle.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) {
      throw new Error('The question rows are not on screen');
    }
    const x = from.x + from.width / 2;
    await this.page.mouse.move(x, from.y + from.height / 2);
    await this.page.mouse.down();
    // Past the activation distance first, then onto the target row.
    await this.page.mouse.move(x, from.y + from.height / 2 + 8, { steps: 2 });
    const targetY =
      toPosition > fromPosition
        ? to.y + to.height * 0.75
        : to.y + to.height * 0.25;
    await this.page.mouse.move(x, targetY, { steps: 12 });
    await this.page.mouse.up();
  }

  async expectOrder(prompts: string[]): Promise<void> {
    await expect(this.items).toHaveCount(prompts.length);
    for (const [index, prompt] of prompts.entries()) {
      await expect(this.items.nth(index)).toContainText(prompt);
    }
  }

  async save(): Promise<void> {
    await this.form
      .getByRole('button', { name: /^(Save changes|Create kit)$/ })
      .click();
  }

  conflictColumn(side: 'theirs' | 'mine'): Locator {
    return this.conflictDialog.getByRole('region', {
      name:
        side === 'theirs'
          ? /^Questions in their version/
          : 'Questions in your version',
    });
  }

  conflictRow(field: string): Locator {
    return this.conflictDialog
      .getByRole('table', { name: 'Kit details, theirs and yours' })
      .getByRole('row', { name: new RegExp(`^${field}`) });
  }
}
