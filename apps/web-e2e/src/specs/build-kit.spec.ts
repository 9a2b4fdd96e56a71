import { expect, test } from '@playwright/test';

import { AppShellPom } from '@e2e/pom/AppShellPom';
import { KitEditorPom } from '@e2e/pom/KitEditorPom';
import { KitsPom } from '@e2e/pom/KitsPom';
import { fetchKit, updateKitThroughApi } from '@e2e/requests/kits';
import { signInThroughApi } from '@e2e/requests/signIn';
import { checkPage } from '@e2e/support/checkPage';
import {
  DEMO_COORDINATOR,
  DEMO_INTERVIEWER,
  e2eEnvironment,
} from '@e2e/support/environment';

const KIT = {
  name: 'Platform engineer loop',
  targetRole: 'Senior platform engineer',
  rubric: 'Technical interview (default for technical questions)',
  instructions: 'Ask at least one follow-up per question.',
};
const RATE_LIMITER = 'How would you design a rate limiter for a public API';
const ERROR_BUDGET = 'What is an error budget';
const USABILITY_TEST = 'run a usability test for a new checkout flow';

test('a coordinator builds a kit from the bank, then resolves a concurrent edit', async ({
  page,
  playwright,
  browser,
}, testInfo) => {
  // The longest flow of the suite: eight pages, each screenshotted and scanned.
  test.setTimeout(120_000);
  await signInThroughApi(page.request, DEMO_COORDINATOR.email);
  await page.goto('/');
  const shell = new AppShellPom(page);
  await shell.goTo('Interview kits');
  const kits = new KitsPom(page);
  await kits.expectLoaded();
  await checkPage(page, testInfo, '01-kits');

  // Build the kit: details, three questions found through the picker, minutes, order.
  await kits.newKitButton.click();
  const editor = new KitEditorPom(page);
  await editor.expectLoaded('New interview kit');
  await checkPage(page, testInfo, '02-new-kit');
  await editor.name.fill(KIT.name);
  await editor.targetRole.fill(KIT.targetRole);
  await editor.chooseRubric(KIT.rubric);
  await editor.instructions.fill(KIT.instructions);
  await editor.addFromBank('rate limiter', RATE_LIMITER);
  await editor.addFromBank('"error budget"', ERROR_BUDGET);
  await editor.addFromBank('usability test checkout', USABILITY_TEST);
  await editor.expectOrder([RATE_LIMITER, ERROR_BUDGET, USABILITY_TEST]);
  await expect(editor.total).toHaveText('3 questions · total 30 min');

  await editor.setMinutes(1, 20);
  await editor.setMinutes(2, 15);
  await editor.setMinutes(3, 30);
  await expect(editor.total).toHaveText('3 questions · total 1 h 05 min');
  // Reorder with the keyboard-accessible button, then by dragging.
  await editor.moveUp(3);
  await editor.expectOrder([RATE_LIMITER, USABILITY_TEST, ERROR_BUDGET]);
  await editor.drag(1, 3);
  await editor.expectOrder([USABILITY_TEST, ERROR_BUDGET, RATE_LIMITER]);
  await expect(editor.minutes(1)).toHaveValue('30');
  await expect(editor.minutes(3)).toHaveValue('20');
  await editor.setMinutes(2, 10);
  await expect(editor.total).toHaveText('3 questions · total 1 h');
  await checkPage(page, testInfo, '03-kit-draft');

  await editor.save();
  await expect(page).toHaveURL(/\/kits\/[0-9a-f-]{36}$/);
  await editor.expectLoaded(KIT.name);
  const kitId = page.url().split('/').pop() ?? '';

  // Persisted: reload and find the same kit.
  await page.reload();
  await editor.expectLoaded(KIT.name);
  await expect(editor.targetRole).toHaveValue(KIT.targetRole);
  await expect(editor.rubric).toHaveValue(KIT.rubric);
  await expect(editor.instructions).toHaveValue(KIT.instructions);
  await editor.expectOrder([USABILITY_TEST, ERROR_BUDGET, RATE_LIMITER]);
  await expect(editor.minutes(1)).toHaveValue('30');
  await expect(editor.minutes(2)).toHaveValue('10');
  await expect(editor.minutes(3)).toHaveValue('20');
  await expect(editor.total).toHaveText('3 questions · total 1 h');
  await checkPage(page, testInfo, '04-kit-saved');

  // A colleague, in another session, saves a change to the same kit.
  const colleague = await playwright.request.newContext({
    baseURL: e2eEnvironment().baseURL,
  });
  try {
    await signInThroughApi(colleague, DEMO_COORDINATOR.email);
    const saved = await fetchKit(colleague, kitId);
    expect(saved.version).toBe(1);
    const theirs = await updateKitThroughApi(colleague, saved, {
      targetRole: 'Staff platform engineer',
      items: saved.items
        .slice(0, 2)
        .map((item) => ({ questionId: item.question.id, plannedMinutes: 30 })),
    });
    expect(theirs.version).toBe(2);

    // This page still edits version 1: its save is stale.
    await editor.name.fill('Platform engineer loop (v2)');
    await editor.setMinutes(3, 5);
    await editor.save();
    await expect(editor.conflictDialog).toBeVisible();
    await expect(editor.conflictRow('Target role')).toContainText(
      'Staff platform engineer',
    );
    await expect(editor.conflictRow('Target role')).toContainText(
      KIT.targetRole,
    );
    await expect(editor.conflictRow('Name')).toContainText(
      'Platform engineer loop (v2)',
    );
    await expect(editor.conflictColumn('theirs')).toContainText(
      '2 questions · 1 h',
    );
    await expect(editor.conflictColumn('mine')).toContainText(
      '3 questions · 45 min',
    );
    await expect(
      editor.conflictColumn('mine').getByTestId('conflict-item').nth(2),
    ).toContainText('Not in theirs');
    await checkPage(page, testInfo, '05-kit-conflict');

    await editor.conflictDialog
      .getByRole('button', { name: 'Save mine over theirs' })
      .click();
    await expect(editor.conflictDialog).toBeHidden();
    await editor.expectLoaded('Platform engineer loop (v2)');

    // Mine replaced theirs as version 3, for this page and for the colleague.
    const result = await fetchKit(colleague, kitId);
    expect(result.version).toBe(3);
    expect(result.targetRole).toBe(KIT.targetRole);
    expect(result.items.map((item) => item.plannedMinutes)).toEqual([
      30, 10, 5,
    ]);
    expect(result.totalMinutes).toBe(45);
  } finally {
    await colleague.dispose();
  }
  await page.reload();
  await editor.expectLoaded('Platform engineer loop (v2)');
  await expect(editor.total).toHaveText('3 questions · total 45 min');
  await expect(page.getByText(/version 3, saved/)).toBeVisible();
  await checkPage(page, testInfo, '06-kit-after-conflict');

  await kits.goto();
  const row = kits.row('Platform engineer loop (v2)');
  await expect(row).toContainText(KIT.targetRole);
  await expect(row).toContainText('Technical interview');
  await expect(row).toContainText('45 min');
  await checkPage(page, testInfo, '07-kits-list');

  // Interviewers read the plan but cannot change it.
  const interviewerContext = await browser.newContext({
    baseURL: e2eEnvironment().baseURL,
  });
  try {
    const interviewerPage = await interviewerContext.newPage();
    await signInThroughApi(interviewerPage.request, DEMO_INTERVIEWER.email);
    const readOnly = new KitsPom(interviewerPage);
    await readOnly.goto();
    await expect(readOnly.newKitButton).toHaveCount(0);
    await readOnly.row('Platform engineer loop (v2)').getByRole('link').click();
    const plan = interviewerPage.getByRole('region', {
      name: 'Questions in order',
    });
    await expect(plan.getByTestId('kit-item')).toHaveCount(3);
    await expect(plan.getByTestId('kit-item').first()).toContainText(
      USABILITY_TEST,
    );
    await expect(
      interviewerPage.getByRole('form', { name: 'Interview kit' }),
    ).toHaveCount(0);
    await checkPage(interviewerPage, testInfo, '08-interviewer-kit');
  } finally {
    await interviewerContext.close();
  }
});
