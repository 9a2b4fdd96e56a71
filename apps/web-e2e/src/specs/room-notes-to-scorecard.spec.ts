import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import { InterviewRoomPom } from '@e2e/pom/InterviewRoomPom';
import { ScorecardPom } from '@e2e/pom/ScorecardPom';
import { scheduleRoomSessionThroughApi } from '@e2e/requests/interviewRoom';
import { signInThroughApi } from '@e2e/requests/signIn';
import { checkPage } from '@e2e/support/checkPage';
import { openAppRoute } from '@e2e/support/openAppRoute';
import {
  DEMO_COORDINATOR,
  DEMO_INTERVIEWER,
  e2eEnvironment,
  SCREENSHOTS_DIR,
} from '@e2e/support/environment';

const CO_INTERVIEWER = { email: 'ben@panelwise.test', name: 'Ben Interviewer' };
const CANDIDATE = 'Noor Notes';
const KIT = 'Notes spec loop';
const INSTRUCTIONS =
  'Introduce the panel first.\nAsk at least one follow-up per question.';
const Q1_NOTES = 'Walked through idempotency keys stored with the result.';
const PHONE = { width: 390, height: 844 };

test('the room shows the kit and rubric, works on a phone, keeps its history, and its notes become scorecard evidence', async ({
  page,
  browser,
  playwright,
}, testInfo) => {
  test.setTimeout(180_000);
  const { baseURL } = e2eEnvironment();
  const coordinator = await playwright.request.newContext({ baseURL });
  const { sessionId, questions } = await (async () => {
    try {
      await signInThroughApi(coordinator, DEMO_COORDINATOR.email);

      return await scheduleRoomSessionThroughApi(coordinator, {
        candidateName: CANDIDATE,
        kitName: KIT,
        lead: DEMO_INTERVIEWER.email,
        coInterviewer: CO_INTERVIEWER.email,
        instructions: INSTRUCTIONS,
        // Clear of interview-room.spec.ts's session for the same panel.
        hoursAgo: 6,
      });
    } finally {
      await coordinator.dispose();
    }
  })();
  const firstFollowUp = questions[0]?.followUps[0] ?? '';

  // Ana on a laptop: before the start the kit's instructions come first.
  await signInThroughApi(page.request, DEMO_INTERVIEWER.email);
  await openAppRoute(page, `/sessions/${sessionId}/room`);
  const room = new InterviewRoomPom(page);
  await room.expectLoaded(CANDIDATE);
  await expect(room.sidePanel('Instructions')).toContainText(
    'Introduce the panel first.',
  );
  await expect(room.presence).toContainText('You');
  await checkPage(page, testInfo, '01-room-instructions');

  // The rubric's anchors per level, beside the question.
  await room.sideTab('Rubric').click();
  await room
    .sidePanel('Rubric')
    .getByRole('button', { name: 'Technical depth' })
    .click();
  await expect(room.sidePanel('Rubric')).toContainText(
    'Expert depth; anticipates edge cases unprompted.',
  );
  await expect(room.currentQuestion()).toContainText(
    questions[0]?.prompt ?? '',
  );
  await checkPage(page, testInfo, '02-room-rubric');
  await room.sideTab('Plan').click();

  await room.startButton.click();
  await expect(room.status('In progress')).toBeVisible();
  await room.markAskedButton.click();
  await expect(room.planItem(1)).toContainText('Asked');
  await room.followUp(0).check();
  await room.notes('Notes on Q1').fill(Q1_NOTES);
  await expect(room.saveState('Notes on Q1')).toHaveText(/^Saved \d/);
  await room.notes('Notes on the whole session').fill('Calm throughout.');
  await expect(room.saveState('Notes on the whole session')).toHaveText(
    /^Saved \d/,
  );

  // Ben joins from his phone: the question first, the controls in reach, no shortcut hints.
  const phone = await browser.newContext({
    baseURL,
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    locale: 'en-US',
    timezoneId: 'Europe/Paris',
  });
  try {
    const benPage = await phone.newPage();
    await signInThroughApi(benPage.request, CO_INTERVIEWER.email);
    await openAppRoute(benPage, `/sessions/${sessionId}/room`);
    const benRoom = new InterviewRoomPom(benPage);
    await benRoom.expectLoaded(CANDIDATE);
    await expect(room.presence).toContainText(
      'Ben Interviewer (Co-interviewer)',
    );
    await expect(room.liveFeed).toContainText(
      'Ben Interviewer joined the room',
    );
    // Ben opened the room after Ana acted: the feed's history tells him.
    await expect(benRoom.liveFeed).toContainText(
      'Ana Interviewer marked Q1 asked',
    );
    await expect(benRoom.presence).toContainText('Ana Interviewer (Lead)');

    const question = await benRoom.currentQuestion().boundingBox();
    const plan = await benRoom.plan.boundingBox();
    expect(question?.y ?? Infinity).toBeLessThan(plan?.y ?? 0);
    await expect(benRoom.controlBar).toBeInViewport();
    await expect(
      benPage.getByRole('button', { name: 'Keyboard shortcuts' }),
    ).toHaveCount(0);
    await expect(
      benRoom.controlBar.getByRole('button', { name: 'Undo asked' }),
    ).toBeVisible();

    // From the bar at the bottom: the next question, marked asked.
    await benRoom.controlBar
      .getByRole('button', { name: 'Next question' })
      .click();
    await expect(benRoom.currentQuestion()).toContainText(
      questions[1]?.prompt ?? '',
    );
    await benRoom.controlBar
      .getByRole('button', { name: 'Mark asked' })
      .click();
    await expect(room.planItem(2)).toContainText('Asked');
    await expect(benRoom.controlBar).toBeInViewport();
    await checkPage(benPage, testInfo, '03-room-phone');
    await benPage.screenshot({
      path: join(
        SCREENSHOTS_DIR,
        'room-notes-to-scorecard--03-room-phone-viewport.png',
      ),
    });
  } finally {
    await phone.close();
  }
  // Gone once his page closes (after the short grace a reload gets).
  await expect(room.liveFeed).toContainText('Ben Interviewer left the room', {
    timeout: 20_000,
  });
  await expect(room.presence).not.toContainText('Ben Interviewer');

  // A reload: the feed comes back from the stored history.
  await openAppRoute(page, `/sessions/${sessionId}/room`);
  await room.expectLoaded(CANDIDATE);
  await expect(room.liveFeed).toContainText('Ben Interviewer marked Q2 asked');
  await checkPage(page, testInfo, '04-room-after-reload');

  // The scorecard, with Ana's own notes beside it.
  await room.scorecardLink.click();
  const scorecard = new ScorecardPom(page);
  await scorecard.expectLoaded(CANDIDATE);
  await expect(scorecard.roomNote('Q1')).toContainText(Q1_NOTES);
  await expect(scorecard.roomNote('Q1')).toContainText(firstFollowUp);
  await expect(scorecard.roomNote(null)).toContainText('Calm throughout.');
  await scorecard.addNoteToEvidence('Q1', 'Technical depth');
  await expect(scorecard.evidence('Technical depth')).toHaveValue(
    `Q1: ${Q1_NOTES}`,
  );
  await expect(scorecard.evidence('Communication')).toHaveValue('');
  await expect(scorecard.saveState).toHaveText(/^Saved \d/);
  await checkPage(page, testInfo, '05-scorecard-desktop');
  // Scrolled to a later competency, the notes stay beside it, clear of the save bar.
  await scorecard.evidence('Communication').scrollIntoViewIfNeeded();
  await expect(scorecard.roomNote('Q1')).toBeInViewport();
  await page.screenshot({
    path: join(
      SCREENSHOTS_DIR,
      'room-notes-to-scorecard--05-scorecard-desktop-scrolled.png',
    ),
  });

  // Pulled once: the menu says where it went.
  await page
    .getByRole('button', { name: 'Add the note on Q1 to evidence' })
    .click();
  await expect(
    page.getByRole('menuitem', { name: 'Technical depth ✓ added' }),
  ).toBeDisabled();
  await page.keyboard.press('Escape');

  // The same page on a phone.
  await page.setViewportSize(PHONE);
  await expect(scorecard.roomNote('Q1')).toBeVisible();
  await checkPage(page, testInfo, '06-scorecard-phone');
});
