import { expect, test } from '@playwright/test';

import { AppShellPom } from '@e2e/pom/AppShellPom';
import { CandidatesPom } from '@e2e/pom/CandidatesPom';
import { createCandidateThroughApi } from '@e2e/requests/candidates';
import { signInThroughApi } from '@e2e/requests/signIn';
import { checkPage } from '@e2e/support/checkPage';
import {
  DEMO_COORDINATOR,
  DEMO_INTERVIEWER,
  e2eEnvironment,
} from '@e2e/support/environment';

const DUPLICATE_EMAIL = 'alex.kim@example.test';
const NEW_CANDIDATE = {
  name: 'Morgan Diaz',
  email: 'morgan.diaz@example.test',
  targetRole: 'Site reliability engineer',
  notes: 'Practising for the on-call interview.',
};

test('a coordinator adds a candidate and merges duplicates; an interviewer only reads', async ({
  page,
  browser,
}, testInfo) => {
  await signInThroughApi(page.request, DEMO_COORDINATOR.email);
  // Two records of the same person, as an import or a typo would leave them.
  await createCandidateThroughApi(page.request, {
    name: 'Alex Kim',
    email: DUPLICATE_EMAIL,
    targetRole: 'Data analyst',
    notes: 'First contact at the career fair.',
  });
  await createCandidateThroughApi(page.request, {
    name: 'Alexander Kim',
    email: 'Alex.Kim@example.test',
    notes: 'Referred by Priya.',
  });

  await page.goto('/');
  await new AppShellPom(page).goTo('Candidates');
  const candidates = new CandidatesPom(page);
  await candidates.expectLoaded();
  await expect(candidates.duplicateGroup(DUPLICATE_EMAIL)).toContainText(
    'Alexander Kim',
  );
  await checkPage(page, testInfo, '01-candidates');

  await candidates.newCandidateButton.click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'New candidate' }),
  ).toBeVisible();
  await candidates.fillForm({ ...NEW_CANDIDATE, email: 'not-an-email' });
  await candidates.form.getByRole('button', { name: 'Add candidate' }).click();
  await expect(
    candidates.form.getByText('Enter a valid email address, or leave it empty'),
  ).toBeVisible();
  await checkPage(page, testInfo, '02-new-candidate-invalid');
  await candidates.form
    .getByRole('textbox', { name: /^Email/ })
    .fill(NEW_CANDIDATE.email);
  await candidates.form.getByRole('button', { name: 'Add candidate' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: NEW_CANDIDATE.name }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/candidates\/[0-9a-f-]{36}$/);
  await checkPage(page, testInfo, '03-candidate');

  await candidates.goto();
  await candidates.search.fill('reliability');
  await expect(candidates.status).toHaveText('Showing 1–1 of 1');
  await expect(candidates.row(NEW_CANDIDATE.name)).toContainText(
    NEW_CANDIDATE.email,
  );

  // Merge, keeping the second record.
  await candidates.search.fill('');
  const group = candidates.duplicateGroup(DUPLICATE_EMAIL);
  await group.getByRole('radio', { name: /^Alexander Kim/ }).check();
  await group.getByRole('button', { name: /^Merge 2 records/ }).click();
  const confirm = page.getByRole('dialog', {
    name: 'Merge into Alexander Kim?',
  });
  await expect(confirm).toBeVisible();
  await checkPage(page, testInfo, '04-merge-confirm');
  await confirm.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(candidates.duplicatesPanel).toHaveCount(0);
  await candidates.search.fill('Kim');
  await expect(candidates.status).toHaveText('Showing 1–1 of 1');
  await candidates.row('Alexander Kim').getByRole('link').click();
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue(
    'Referred by Priya.\n\nFirst contact at the career fair.',
  );
  await checkPage(page, testInfo, '05-merged-candidate');

  // An interviewer reads candidates but changes nothing.
  const interviewerContext = await browser.newContext({
    baseURL: e2eEnvironment().baseURL,
  });
  try {
    const interviewerPage = await interviewerContext.newPage();
    await signInThroughApi(interviewerPage.request, DEMO_INTERVIEWER.email);
    const readOnly = new CandidatesPom(interviewerPage);
    await readOnly.goto();
    await expect(readOnly.newCandidateButton).toHaveCount(0);
    await expect(readOnly.duplicatesPanel).toHaveCount(0);
    await readOnly.search.fill('Morgan');
    await readOnly.row(NEW_CANDIDATE.name).getByRole('link').click();
    await expect(interviewerPage.getByText(NEW_CANDIDATE.notes)).toBeVisible();
    await expect(
      interviewerPage.getByRole('form', { name: 'Candidate' }),
    ).toHaveCount(0);
    await checkPage(interviewerPage, testInfo, '06-interviewer-candidate');
  } finally {
    await interviewerContext.close();
  }
});
