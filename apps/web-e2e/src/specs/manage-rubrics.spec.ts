import { expect, test } from '@playwright/test';

import { AppShellPom } from '@e2e/pom/AppShellPom';
import { RubricEditorPom } from '@e2e/pom/RubricEditorPom';
import {
  fetchRubricByName,
  updateRubricThroughApi,
} from '@e2e/requests/rubrics';
import { signInThroughApi } from '@e2e/requests/signIn';
import { checkPage } from '@e2e/support/checkPage';
import { DEMO_COORDINATOR, e2eEnvironment } from '@e2e/support/environment';

const RUBRIC = 'Behavioral interview';

test('a coordinator revises a rubric, then overwrites a concurrent revision', async ({
  page,
  playwright,
}, testInfo) => {
  await signInThroughApi(page.request, DEMO_COORDINATOR.email);
  await page.goto('/');
  await new AppShellPom(page).goTo('Rubrics');
  const rubrics = new RubricEditorPom(page);
  await rubrics.expectListLoaded();
  await expect(rubrics.row(RUBRIC)).toContainText('Behavioral');
  await expect(rubrics.row(RUBRIC)).toContainText('3');
  await checkPage(page, testInfo, '01-rubrics');

  await rubrics.row(RUBRIC).getByRole('link', { name: RUBRIC }).click();
  await rubrics.expectEditorLoaded(RUBRIC);
  await expect(rubrics.anchor('Ownership', '1 · Strong no')).toHaveValue(
    'Blames others.',
  );
  await checkPage(page, testInfo, '02-rubric');

  await rubrics
    .anchor('Ownership', '2 · No')
    .fill('Does assigned work; needs reminders.');
  await rubrics.addCompetency('Learning agility');
  await rubrics
    .anchor('Learning agility', '4 · Strong yes')
    .fill('Seeks feedback and changes course fast.');
  await rubrics.moveUp('Learning agility');
  await rubrics.save();
  await rubrics.expectVersion(2);
  await page.reload();
  await rubrics.expectVersion(2);
  await expect(rubrics.competencies).toHaveCount(4);
  await expect(rubrics.competencies.nth(2)).toContainText('Learning agility');
  await expect(rubrics.anchor('Ownership', '2 · No')).toHaveValue(
    'Does assigned work; needs reminders.',
  );
  await checkPage(page, testInfo, '03-rubric-saved');

  // Someone else saves version 3 while this page still edits version 2.
  const colleague = await playwright.request.newContext({
    baseURL: e2eEnvironment().baseURL,
  });
  try {
    await signInThroughApi(colleague, DEMO_COORDINATOR.email);
    const current = await fetchRubricByName(colleague, RUBRIC);
    await updateRubricThroughApi(colleague, current, {
      description: 'Their description.',
    });
  } finally {
    await colleague.dispose();
  }
  await rubrics.description.fill('My description.');
  await rubrics.save();
  await expect(rubrics.conflictDialog).toBeVisible();
  await expect(rubrics.conflictDialog).toContainText('Their description.');
  await expect(rubrics.conflictDialog).toContainText('My description.');
  await checkPage(page, testInfo, '04-rubric-conflict');

  await rubrics.conflictDialog
    .getByRole('button', { name: 'Overwrite with mine' })
    .click();
  await expect(rubrics.conflictDialog).toBeHidden();
  await rubrics.expectVersion(4);
  await expect(rubrics.description).toHaveValue('My description.');
});
