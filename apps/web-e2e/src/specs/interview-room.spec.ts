import { expect, test } from '@playwright/test';

import { InterviewRoomPom } from '@e2e/pom/InterviewRoomPom';
import { ScorecardPom } from '@e2e/pom/ScorecardPom';
import {
  scheduleRoomSessionThroughApi,
  submitScorecardThroughApi,
} from '@e2e/requests/interviewRoom';
import { signInThroughApi } from '@e2e/requests/signIn';
import { checkPage } from '@e2e/support/checkPage';
import { openAppRoute } from '@e2e/support/openAppRoute';
import {
  DEMO_COORDINATOR,
  DEMO_INTERVIEWER,
  e2eEnvironment,
} from '@e2e/support/environment';

const CO_INTERVIEWER = {
  email: 'ben@panelwise.test',
  name: 'Ben Interviewer',
};
const CANDIDATE = 'Riley Room';
const KIT = 'Room spec loop';
const FIRST_NOTES = 'Explained the trade-offs clearly.';
const OFFLINE_NOTES = ' Then, while offline: sketched the retry policy.';

/** The three longest words of a prompt: enough for the full-text search to find it. */
function searchWords(prompt: string): string {
  return prompt
    .split(/[^A-Za-z]+/)
    .sort((a, b) => b.length - a.length)
    .slice(0, 3)
    .join(' ');
}

test('the panel runs a session live, notes survive going offline, and the lead submits a scorecard', async ({
  page,
  browser,
  playwright,
}, testInfo) => {
  // Two browsers, a reload, an offline spell and nine pages scanned by axe.
  test.setTimeout(240_000);
  const { baseURL } = e2eEnvironment();
  const coordinator = await playwright.request.newContext({ baseURL });
  const { sessionId, questions, spare } = await (async () => {
    try {
      await signInThroughApi(coordinator, DEMO_COORDINATOR.email);

      return await scheduleRoomSessionThroughApi(coordinator, {
        candidateName: CANDIDATE,
        kitName: KIT,
        lead: DEMO_INTERVIEWER.email,
        coInterviewer: CO_INTERVIEWER.email,
      });
    } finally {
      await coordinator.dispose();
    }
  })();

  // Ana, the lead, opens the room from the session page.
  await signInThroughApi(page.request, DEMO_INTERVIEWER.email);
  await openAppRoute(page, `/sessions/${sessionId}`);
  await checkPage(page, testInfo, '00-session-page');
  await page.getByRole('link', { name: 'Open interview room' }).click();
  const room = new InterviewRoomPom(page);
  await room.expectLoaded(CANDIDATE);
  await expect(room.planItem(1)).toContainText(questions[0]?.prompt ?? '');
  await expect(room.planItem(2)).toContainText(questions[1]?.prompt ?? '');
  await expect(room.currentQuestion()).toContainText(
    questions[0]?.prompt ?? '',
  );
  await checkPage(page, testInfo, '01-room-scheduled');

  // Ben, the co-interviewer, follows in his own browser.
  const benContext = await browser.newContext({ baseURL });
  try {
    const benPage = await benContext.newPage();
    await signInThroughApi(benPage.request, CO_INTERVIEWER.email);
    await openAppRoute(benPage, `/sessions/${sessionId}/room`);
    const benRoom = new InterviewRoomPom(benPage);
    await benRoom.expectLoaded(CANDIDATE);
    await expect(benRoom.status('Scheduled')).toBeVisible();
    await expect(room.liveFeed).toContainText(
      'Ben Interviewer joined the room',
    );

    await room.startButton.click();
    await expect(room.status('In progress')).toBeVisible();
    await expect(room.sessionTimer).toHaveText(/^\d+:\d\d$/);
    await expect(benRoom.status('In progress')).toBeVisible();

    // Keyboard: ? lists the shortcuts; j and k move through the plan.
    await page.keyboard.press('?');
    await expect(
      page.getByRole('dialog', { name: 'Keyboard shortcuts' }),
    ).toBeVisible();
    await page.keyboard.press('Escape');
    await page.keyboard.press('j');
    await expect(room.currentQuestion()).toContainText(
      questions[1]?.prompt ?? '',
    );
    await page.keyboard.press('k');
    await expect(room.currentQuestion()).toContainText(
      questions[0]?.prompt ?? '',
    );

    // Ana marks Q1 asked: Ben sees it without reloading.
    await room.markAskedButton.click();
    await expect(room.planItem(1)).toContainText('Asked');
    await expect(benRoom.planItem(1)).toContainText('Asked');
    await expect(benRoom.liveFeed).toContainText(
      'Ana Interviewer marked Q1 asked',
    );
    await expect(benRoom.planItem(2)).not.toContainText('Asked');
    await checkPage(benPage, testInfo, '02-co-panelist-sees-asked');
  } finally {
    await benContext.close();
  }

  // Ana ticks a follow-up and writes notes: they autosave.
  await room.followUp(0).check();
  await expect(room.followUp(0)).toBeChecked();
  await page.keyboard.press('n');
  const notes = room.notes('Notes on Q1');
  await expect(notes).toBeFocused();
  await notes.pressSequentially(FIRST_NOTES);
  await expect(room.saveState('Notes on Q1')).toHaveText(/^Saved \d/);
  await checkPage(page, testInfo, '03-notes-saved');

  // The network drops while she types: the notes wait, then go out.
  await page.context().setOffline(true);
  await notes.pressSequentially(OFFLINE_NOTES);
  await expect(room.saveState('Notes on Q1')).toHaveText(
    'Offline – will retry',
  );
  await expect(room.offlineNotice).toBeVisible();
  await checkPage(page, testInfo, '04-offline');
  await page.context().setOffline(false);
  await expect(room.saveState('Notes on Q1')).toHaveText(/^Saved \d/);

  // A fresh page load shows what the server stored (page.reload() once the
  // API serves /sessions/... URLs: see openAppRoute).
  await openAppRoute(page, `/sessions/${sessionId}/room`);
  await room.expectLoaded(CANDIDATE);
  await expect(room.notes('Notes on Q1')).toHaveValue(
    FIRST_NOTES + OFFLINE_NOTES,
  );
  await expect(room.followUp(0)).toBeChecked();
  await expect(room.planItem(1)).toContainText('Asked');

  // The model answer is at hand; then the interview ends.
  await page.getByRole('button', { name: 'Show model answer' }).click();
  await expect(
    page.getByRole('region', { name: 'Model answer' }),
  ).toBeVisible();
  await room.notes('Notes on the whole session').fill('Calm and structured.');
  await expect(room.saveState('Notes on the whole session')).toHaveText(
    /^Saved \d/,
  );
  await checkPage(page, testInfo, '05-room-answer-open');

  // A question from the bank joins the end of the plan.
  await page.getByRole('button', { name: '+ Add question from bank' }).click();
  const bank = page.getByRole('dialog', {
    name: 'Add a question from the bank',
  });
  await bank
    .getByRole('searchbox', { name: 'Search the question bank' })
    .fill(searchWords(spare.prompt));
  await bank
    .getByRole('button', { name: `Add to the plan: ${spare.prompt}` })
    .click();
  await expect(bank).toBeHidden();
  await expect(room.planItem(3)).toContainText(spare.prompt);
  await expect(room.planItem(3)).toContainText('Added');
  await expect(room.currentQuestion()).toContainText(spare.prompt);
  await room.completeButton.click();
  await page
    .getByRole('dialog', { name: 'Complete the interview?' })
    .getByRole('button', { name: 'Complete session' })
    .click();
  await expect(room.status('Completed')).toBeVisible();
  await checkPage(page, testInfo, '06-room-completed');

  // Ben submits first, through the API.
  const benRequest = await playwright.request.newContext({ baseURL });
  try {
    await signInThroughApi(benRequest, CO_INTERVIEWER.email);
    await submitScorecardThroughApi(benRequest, sessionId, 'Solid hire.');
  } finally {
    await benRequest.dispose();
  }

  // Ana's scorecard: an extreme rating needs evidence before submitting.
  await room.scorecardLink.click();
  const scorecard = new ScorecardPom(page);
  await scorecard.expectLoaded(CANDIDATE);
  await expect(scorecard.panel).toContainText('appear once you submit yours');
  await scorecard.rate('Technical depth', '4 · Strong yes');
  await expect(scorecard.competency('Technical depth')).toContainText(
    'Expert depth; anticipates edge cases unprompted.',
  );
  await scorecard.rate('Problem decomposition', '3 · Yes');
  await scorecard.rate('Communication', 'Not assessed');
  await scorecard.recommendation('Yes').check();
  await scorecard.summary.fill(
    'Strong fundamentals; probe system design next.',
  );
  await expect(scorecard.saveState).toHaveText(/^Saved \d/);
  await scorecard.submitButton.click();
  await expect(scorecard.problems).toContainText(
    'An extreme rating of Technical depth needs evidence',
  );
  await expect(scorecard.evidence('Technical depth')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await checkPage(page, testInfo, '07-scorecard-problems');
  await scorecard
    .evidence('Technical depth')
    .fill('Walked through MVCC and vacuum without prompting.');
  await expect(scorecard.problems).toHaveCount(0);
  await scorecard.submitButton.click();

  // Submitted: read-only, and Ben's scorecard is revealed to her.
  await expect(scorecard.amendButton).toBeVisible();
  await expect(scorecard.submitButton).toHaveCount(0);
  await expect(
    scorecard.panel.getByRole('article', {
      name: `Scorecard of ${CO_INTERVIEWER.name}`,
    }),
  ).toContainText('Solid hire.');
  await checkPage(page, testInfo, '08-scorecard-submitted');

  // A change after submission is an amendment, with a reason.
  await scorecard.amendButton.click();
  await scorecard.recommendation('Strong yes').check();
  await page.getByRole('button', { name: 'Save amendment…' }).click();
  const reasonDialog = page.getByRole('dialog', {
    name: 'Why amend this scorecard?',
  });
  await reasonDialog
    .getByRole('textbox', { name: 'Reason' })
    .fill('Re-read my notes: the design answer was stronger.');
  await reasonDialog.getByRole('button', { name: 'Save amendment' }).click();
  await expect(scorecard.history).toContainText('Amended by Ana Interviewer');
  await expect(scorecard.history).toContainText(
    'Re-read my notes: the design answer was stronger.',
  );
  await expect(scorecard.recommendation('Strong yes')).toBeChecked();
  await checkPage(page, testInfo, '09-scorecard-amended');
});
