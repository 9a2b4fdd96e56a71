import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import { AppShellPom } from '@e2e/pom/AppShellPom';
import { GuidePom } from '@e2e/pom/GuidePom';
import { GuidesPom } from '@e2e/pom/GuidesPom';
import { ImportGuidesPom } from '@e2e/pom/ImportGuidesPom';
import { QuestionBankPom } from '@e2e/pom/QuestionBankPom';
import { QuestionPom } from '@e2e/pom/QuestionPom';
import { signInThroughApi } from '@e2e/requests/signIn';
import { checkPage } from '@e2e/support/checkPage';
import {
  DEMO_COORDINATOR,
  DEMO_INTERVIEWER,
  WORKSPACE_ROOT,
} from '@e2e/support/environment';

// Not one of the seeded demo guides, so the import creates it.
const GUIDE_FILE = join(
  WORKSPACE_ROOT,
  'libs',
  'guide-parser',
  'src',
  '__fixtures__',
  'samples',
  'deep-learning-engineer.md',
);
const GUIDE_TITLE = 'Deep Learning Engineer Interview Questions and Answers';
const QUESTION =
  'Explain the difference between batch normalization and layer normalization.';

test('a coordinator imports a guide after a preview, then finds its question in the bank', async ({
  page,
}, testInfo) => {
  await signInThroughApi(page.request, DEMO_COORDINATOR.email);
  await page.goto('/');
  const shell = new AppShellPom(page);

  // Import: dry-run preview first, nothing stored until confirmed.
  await shell.goTo('Import guides');
  const importPage = new ImportGuidesPom(page);
  await importPage.expectLoaded();
  await checkPage(page, testInfo, '01-import-empty');

  await importPage.chooseFiles([GUIDE_FILE]);
  await expect(importPage.chosenFiles).toContainText(
    'deep-learning-engineer.md',
  );
  const preview = importPage.result(importPage.preview, GUIDE_TITLE);
  await expect(preview).toHaveAttribute('data-status', 'CREATED');
  await expect(preview).toContainText('Will be created');
  await expect(preview.getByTestId('question-counts')).toHaveText(
    '8 new questions · 0 revised · 0 retired · 0 unchanged',
  );
  await expect(preview).toContainText(QUESTION);
  await checkPage(page, testInfo, '02-import-preview');

  await importPage.confirm();
  const imported = importPage.result(importPage.report, GUIDE_TITLE);
  await expect(imported).toHaveAttribute('data-status', 'CREATED');
  await expect(imported).toContainText('Created');
  await checkPage(page, testInfo, '03-import-report');

  // The report links the stored guide, which offers its Markdown back.
  await imported.getByRole('link', { name: /Open the guide/ }).click();
  const guide = new GuidePom(page);
  await guide.expectLoaded(GUIDE_TITLE);
  await expect(guide.questions.getByRole('listitem')).toHaveCount(8);
  const markdownUrl = await guide.downloadLink.getAttribute('href');
  expect(markdownUrl).toMatch(/^\/exports\/guides\/[\w-]+\.md$/);
  const markdown = await page.request.get(markdownUrl ?? '');
  expect(markdown.status()).toBe(200);
  expect(await markdown.text()).toContain(QUESTION);
  await checkPage(page, testInfo, '04-guide');

  // Search the bank and open the question.
  await shell.goTo('Question bank');
  const bank = new QuestionBankPom(page);
  await bank.expectLoaded();
  await bank.search('layer normalization');
  await expect(bank.resultCount).toHaveText(/^\d[\d,]*\+? match(es)?/);
  const hit = bank.result(QUESTION);
  await expect(hit).toContainText(GUIDE_TITLE);
  await expect(hit.locator('mark').first()).toBeVisible();
  await checkPage(page, testInfo, '05-question-bank-search');

  await bank.open(QUESTION);
  const question = new QuestionPom(page);
  await question.expectLoaded(QUESTION);
  await expect(page).toHaveURL(/\/questions\/[\w-]+$/);
  await expect(question.part('Batch Normalization')).toContainText(
    'normalize the inputs of each layer for each mini-batch',
  );
  await expect(question.part('Layer Normalization')).toContainText(
    'Normalizes across the features of a single training case',
  );
  await expect(question.followUps.getByRole('listitem')).toHaveCount(2);
  await checkPage(page, testInfo, '06-question');
});

test('an interviewer browses the question bank and the guides, but cannot import', async ({
  page,
}, testInfo) => {
  await signInThroughApi(page.request, DEMO_INTERVIEWER.email);
  await page.goto('/');
  const shell = new AppShellPom(page);
  expect(await shell.navLabels()).not.toContain('Import guides');

  await shell.goTo('Question bank');
  const bank = new QuestionBankPom(page);
  await bank.expectLoaded();
  // The six seeded guides hold 48 questions; the other test may add 8.
  await expect(bank.resultCount).toHaveText(/^\d+ questions, showing 20$/);
  await expect(page.getByRole('link', { name: 'Import guides' })).toHaveCount(
    0,
  );
  await checkPage(page, testInfo, '07-interviewer-question-bank');

  await shell.goTo('Guides');
  const guides = new GuidesPom(page);
  await guides.expectLoaded();
  await expect(
    guides.row('Backend Engineer Interview Questions and Answers'),
  ).toContainText('8');
  await checkPage(page, testInfo, '08-interviewer-guides');

  await page.goto('/import-guides');
  await expect(
    page.getByText('Only coordinators can import guides'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Choose files' })).toHaveCount(
    0,
  );
  await checkPage(page, testInfo, '09-interviewer-import-refused');
});
