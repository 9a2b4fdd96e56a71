import { expect, test } from '@playwright/test';

import { AppShellPom } from '@e2e/pom/AppShellPom';
import { GuidePom } from '@e2e/pom/GuidePom';
import { GuidesPom } from '@e2e/pom/GuidesPom';
import { QuestionBankPom } from '@e2e/pom/QuestionBankPom';
import { QuestionPom } from '@e2e/pom/QuestionPom';
import { signInThroughApi } from '@e2e/requests/signIn';
import { checkPage } from '@e2e/support/checkPage';
import { DEMO_COORDINATOR } from '@e2e/support/environment';

const GUIDE_TITLE = 'UX Designer Interview Questions and Answers';
const PROMPT =
  'Compare a modal dialog and an inline expansion for editing an address.';
const EDITED =
  'Compare a modal dialog and an inline expansion for editing a shipping address.';
const ADDED =
  'Tell me about a time you simplified a settings page nobody could find.';

test('a coordinator edits a question as a new revision and adds one to a guide', async ({
  page,
}, testInfo) => {
  await signInThroughApi(page.request, DEMO_COORDINATOR.email);
  await page.goto('/');
  const shell = new AppShellPom(page);
  await shell.goTo('Guides');
  const guides = new GuidesPom(page);
  await guides.expectLoaded();
  await guides.row(GUIDE_TITLE).getByRole('link').first().click();
  const guide = new GuidePom(page);
  await guide.expectLoaded(GUIDE_TITLE);

  // Edit: the form starts from the current revision; saving writes the next one.
  await guide.questions.getByRole('link', { name: PROMPT }).click();
  const question = new QuestionPom(page);
  await question.expectLoaded(PROMPT);
  await page.getByRole('button', { name: 'Edit question' }).click();
  const form = page.getByRole('dialog', { name: 'Edit question' });
  await expect(form).toContainText(
    'Re-importing a changed guide file replaces edits made here',
  );
  const prompt = form.getByRole('textbox', { name: /^Question/ });
  await prompt.fill('   ');
  await form.getByRole('button', { name: 'Save as new revision' }).click();
  await expect(form).toContainText('Write the question.');
  await prompt.fill(EDITED);
  const followUps = form.getByRole('textbox', { name: /^Follow-up points/ });
  await followUps.fill(
    `${await followUps.inputValue()}\nWhat would you measure after launch?`,
  );
  await checkPage(page, testInfo, '01-edit-form');
  await form.getByRole('button', { name: 'Save as new revision' }).click();
  await expect(form).toBeHidden();
  await question.expectLoaded(EDITED);
  await expect(question.followUps).toContainText(
    'What would you measure after launch?',
  );
  const source = page.getByRole('complementary', { name: 'Source' });
  await expect(source).toContainText('Revision 2: Edited in the app by');
  await expect(source).toContainText(
    'None: this revision was written in the app',
  );
  const history = source.getByRole('list', { name: 'Revision history' });
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').last()).toContainText('Imported');
  await checkPage(page, testInfo, '02-question-revision-2');

  // Add: a new question lands in the guide and in the bank's search.
  await page.getByRole('link', { name: GUIDE_TITLE }).first().click();
  await guide.expectLoaded(GUIDE_TITLE);
  await guide.questions.getByRole('button', { name: 'Add question' }).click();
  const addForm = page.getByRole('dialog', { name: 'Add a question' });
  await addForm.getByRole('combobox', { name: /^Kind/ }).fill('Behavioral');
  await addForm.getByRole('textbox', { name: /^Question/ }).fill(ADDED);
  await addForm
    .getByRole('textbox', { name: 'Field 1 text' })
    .fill('Start from what people were trying to do.');
  await addForm
    .getByRole('textbox', { name: /^Follow-up points/ })
    .fill('How did you know it worked?');
  await checkPage(page, testInfo, '03-add-form');
  await addForm.getByRole('button', { name: 'Add question' }).click();
  await question.expectLoaded(ADDED);
  await expect(
    page.getByText('Revision 1: Edited in the app by'),
  ).toBeVisible();

  await shell.goTo('Question bank');
  const bank = new QuestionBankPom(page);
  await bank.expectLoaded();
  await bank.search('settings page nobody');
  await expect(bank.result(ADDED)).toContainText(GUIDE_TITLE);
  await checkPage(page, testInfo, '04-bank-finds-added');

  // Phone width: the form fills the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await bank.open(ADDED);
  await question.expectLoaded(ADDED);
  await checkPage(page, testInfo, '05-phone-question');
  await page.getByRole('button', { name: 'Edit question' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Edit question' }),
  ).toBeVisible();
  await checkPage(page, testInfo, '06-phone-edit-form');
});
