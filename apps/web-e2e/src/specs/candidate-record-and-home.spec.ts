import { expect, test } from '@playwright/test';

import {
  seedReviewSessionsThroughApi,
  submitReviewScorecardThroughApi,
} from '@e2e/requests/candidateReview';
import { graphqlRequest } from '@e2e/requests/graphqlRequest';
import { signInThroughApi } from '@e2e/requests/signIn';
import { checkPage } from '@e2e/support/checkPage';
import {
  DEMO_COORDINATOR,
  DEMO_INTERVIEWER,
  e2eEnvironment,
} from '@e2e/support/environment';
import { openAppRoute } from '@e2e/support/openAppRoute';

const BEN_EMAIL = 'ben@panelwise.test';
const CANDIDATE = {
  name: 'Riley Record',
  email: 'riley.record@example.test',
  targetRole: 'Data engineer',
};

test('the candidate page lists sessions and scorecards, Schedule preselects the candidate, and the coordinator Home is a to-do list', async ({
  page,
  playwright,
}, testInfo) => {
  test.setTimeout(120_000);
  const { baseURL } = e2eEnvironment();

  // Two past sessions (days of their own, clear of the review spec's panel); the first is run and closed.
  const coordinator = await playwright.request.newContext({ baseURL });
  const seeded = await (async () => {
    try {
      await signInThroughApi(coordinator, DEMO_COORDINATOR.email);
      const review = await seedReviewSessionsThroughApi(coordinator, {
        candidate: CANDIDATE,
        kitName: 'Record spec loop',
        lead: DEMO_INTERVIEWER.email,
        coInterviewer: BEN_EMAIL,
        thirdPanelist: DEMO_COORDINATOR.email,
        unscored: BEN_EMAIL,
        daysAgo: [33, 31],
      });
      for (const mutation of ['startSession', 'completeSession']) {
        await graphqlRequest(
          coordinator,
          'E2eRecordSessionStep',
          `mutation E2eRecordSessionStep($input: SessionIdInput!) { ${mutation}(input: $input) { id } }`,
          { input: { sessionId: review.sessionId } },
        );
      }

      return review;
    } finally {
      await coordinator.dispose();
    }
  })();
  const interviewer = await playwright.request.newContext({ baseURL });
  try {
    await signInThroughApi(interviewer, DEMO_INTERVIEWER.email);
    await submitReviewScorecardThroughApi(interviewer, {
      sessionId: seeded.sessionId,
      ratings: seeded.competencies.map((competency) => ({
        competencyId: competency.id,
        level: seeded.highest - 1,
        evidence: '',
      })),
      recommendation: 'YES',
      summary: 'Solid pipelines work.',
    });
  } finally {
    await interviewer.dispose();
  }

  await signInThroughApi(page.request, DEMO_COORDINATOR.email);
  await openAppRoute(page, `/candidates/${seeded.candidateId}`);
  await expect(
    page.getByRole('heading', { level: 1, name: CANDIDATE.name }),
  ).toBeVisible();
  const past = page.getByRole('table', { name: 'Past sessions' });
  await expect(past.getByRole('row')).toHaveCount(3);
  await expect(past.getByRole('row').nth(2)).toContainText('Completed');
  await expect(past.getByRole('row').nth(2)).toContainText('1 of 3 submitted');
  await expect(
    past.getByRole('link', { name: 'Review' }).first(),
  ).toHaveAttribute('href', `/candidates/${seeded.candidateId}/review`);
  await expect(page.getByText('No decision recorded yet.')).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Self-scheduling links' }),
  ).toBeVisible();
  await checkPage(page, testInfo, '01-candidate-record');

  await page.getByRole('link', { name: 'Schedule a session' }).click();
  await expect(page).toHaveURL(
    new RegExp(`/schedule/new\\?candidate=${seeded.candidateId}$`),
  );
  await expect(page.getByRole('combobox', { name: 'Candidate' })).toHaveValue(
    `${CANDIDATE.name} · ${CANDIDATE.targetRole}`,
  );

  await openAppRoute(page, '/');
  await expect(
    page.getByRole('heading', { name: 'Today’s sessions' }),
  ).toBeVisible();
  const waiting = page.getByRole('region', { name: /Waiting for a decision/ });
  const item = waiting.getByRole('listitem', { name: CANDIDATE.name });
  await expect(item).toContainText('1 submitted, 2 still owed');
  // Ben's and Cora's scorecards for the closed session are owed; the list shows the oldest first.
  const owed = page.getByRole('region', { name: /Scorecards owed/ });
  await expect(owed.getByRole('listitem').first()).toBeVisible();
  await expect(
    owed.getByRole('link', { name: /reminders|timeliness/ }),
  ).toHaveAttribute('href', '/timeliness');
  await expect(
    page.getByRole('heading', { name: 'Guides with import warnings' }),
  ).toBeVisible();
  await checkPage(page, testInfo, '02-coordinator-home');

  await item
    .getByRole('link', { name: `Review and decide on ${CANDIDATE.name}` })
    .click();
  await expect(page).toHaveURL(`/candidates/${seeded.candidateId}/review`);

  // The interviewer sees the sessions they sit on, and no decisions or scheduling.
  await signInThroughApi(page.request, DEMO_INTERVIEWER.email);
  await openAppRoute(page, `/candidates/${seeded.candidateId}`);
  await expect(page.getByText(/The sessions you sit on/)).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Past sessions' }).getByRole('row'),
  ).toHaveCount(2);
  await expect(
    page.getByRole('link', { name: 'Schedule a session' }),
  ).toHaveCount(0);
  await expect(
    page.getByRole('heading', { name: 'Decision history' }),
  ).toHaveCount(0);
});
