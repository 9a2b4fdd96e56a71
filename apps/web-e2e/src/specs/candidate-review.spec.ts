import { readFile } from 'node:fs/promises';

import { expect, test } from '@playwright/test';

import { CandidateReviewPom } from '@e2e/pom/CandidateReviewPom';
import {
  seedReviewSessionsThroughApi,
  submitReviewScorecardThroughApi,
  type RatingInput,
  type SeededReview,
} from '@e2e/requests/candidateReview';
import { signInThroughApi } from '@e2e/requests/signIn';
import { checkPage } from '@e2e/support/checkPage';
import {
  DEMO_COORDINATOR,
  DEMO_INTERVIEWER,
  e2eEnvironment,
} from '@e2e/support/environment';
import { openAppRoute } from '@e2e/support/openAppRoute';

const BEN = { email: 'ben@panelwise.test', name: 'Ben Interviewer' };
const CANDIDATE = {
  name: 'Casey Debrief',
  email: 'casey.debrief@example.test',
  targetRole: 'Platform engineer',
};
const CSV_HEADER =
  'candidate_name,candidate_email,session_id,session_starts_at,kit,interviewer_name,interviewer_email,competency_id,competency_name,level,not_assessed,evidence,recommendation,submitted_at,' +
  'rating_of,level_label,level_anchor,question_position,question_prompt,session_question_id,recommendation_label,summary,' +
  'decision,decision_label,decision_rationale,decided_by,time_zone,session_starts_at_local,submitted_at_local,decided_at_utc,decided_at_local';
const RATIONALE =
  'Strong depth from two of three panelists; advance to the system design loop.';

type Scorecard = {
  email: string;
  ratings: (review: SeededReview) => RatingInput[];
  recommendation: 'STRONG_NO' | 'NO' | 'YES' | 'STRONG_YES';
  summary: string;
};

// The first competency splits the panel from one end of the scale to the
// other; the rest stay in the middle. Ana and Ben disagree overall too.
const SCORECARDS: Scorecard[] = [
  {
    email: DEMO_INTERVIEWER.email,
    ratings: (review) =>
      review.competencies.map((competency, index) => ({
        competencyId: competency.id,
        level: index === 0 ? review.highest : review.highest - 1,
        evidence:
          index === 0 ? 'Designed the <b>sharding</b> scheme unprompted.' : '',
      })),
    recommendation: 'STRONG_YES',
    summary: 'Clear hire: deep and structured.',
  },
  {
    email: BEN.email,
    ratings: (review) =>
      review.competencies.map((competency, index) => ({
        competencyId: competency.id,
        level: index === 0 ? review.lowest : review.lowest + 1,
        evidence: index === 0 ? 'Could not explain index trade-offs.' : '',
      })),
    recommendation: 'NO',
    summary: 'Not yet: the fundamentals were shaky.',
  },
  {
    email: DEMO_COORDINATOR.email,
    ratings: (review) =>
      review.competencies.map((competency, index) => ({
        competencyId: competency.id,
        // The coordinator did not assess the last competency.
        level:
          index === review.competencies.length - 1 ? null : review.highest - 1,
        evidence: '',
      })),
    recommendation: 'YES',
    summary: 'Leaning yes.',
  },
];

test('a coordinator reviews three scorecards, sees the disagreement, decides and downloads the CSV', async ({
  page,
  playwright,
}, testInfo) => {
  // Four API users seed the data; three pages scanned by axe.
  test.setTimeout(120_000);
  const { baseURL } = e2eEnvironment();

  // The coordinator plans two past sessions: a panel of three, and Ben alone.
  const coordinator = await playwright.request.newContext({ baseURL });
  const review = await (async () => {
    try {
      await signInThroughApi(coordinator, DEMO_COORDINATOR.email);

      return await seedReviewSessionsThroughApi(coordinator, {
        candidate: CANDIDATE,
        kitName: 'Review spec loop',
        lead: DEMO_INTERVIEWER.email,
        coInterviewer: BEN.email,
        thirdPanelist: DEMO_COORDINATOR.email,
        unscored: BEN.email,
      });
    } finally {
      await coordinator.dispose();
    }
  })();
  const disputed = review.competencies[0];
  const lastCompetency = review.competencies[review.competencies.length - 1];
  if (!disputed || !lastCompetency || disputed === lastCompetency) {
    throw new Error(
      'The "Technical interview" rubric has too few competencies',
    );
  }

  // Each of the three panelists submits a scorecard for the first session.
  for (const scorecard of SCORECARDS) {
    const panelist = await playwright.request.newContext({ baseURL });
    try {
      await signInThroughApi(panelist, scorecard.email);
      await submitReviewScorecardThroughApi(panelist, {
        sessionId: review.sessionId,
        ratings: scorecard.ratings(review),
        recommendation: scorecard.recommendation,
        summary: scorecard.summary,
      });
    } finally {
      await panelist.dispose();
    }
  }

  // The candidate page leads the coordinator to the review.
  await signInThroughApi(page.request, DEMO_COORDINATOR.email);
  await openAppRoute(page, `/candidates/${review.candidateId}`);
  await expect(
    page.getByRole('heading', { level: 1, name: CANDIDATE.name }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Review and decide' }).click();
  const reviewPage = new CandidateReviewPom(page);
  await reviewPage.expectLoaded(CANDIDATE.name);
  await expect(page).toHaveURL(
    new RegExp(`/candidates/${review.candidateId}/review$`),
  );

  // Sessions and who has submitted.
  await expect(reviewPage.sessions.getByRole('row')).toHaveCount(3);
  await expect(reviewPage.sessions).toContainText('Review spec loop');
  await expect(
    reviewPage.sessions.getByText('✓ Submitted', { exact: true }),
  ).toHaveCount(3);
  await expect(
    reviewPage.sessions.getByText('Pending', { exact: true }),
  ).toHaveCount(1);

  // The matrix: three interviewers, the disputed competency outlined.
  await expect(reviewPage.matrix.getByTestId('matrix-row')).toHaveCount(3);
  const disputedHeader = reviewPage.competencyHeader(disputed.name);
  await expect(disputedHeader).toHaveAttribute('data-disagreement', 'true');
  await expect(disputedHeader).toContainText(
    `Disagreement: ${review.lowest}–${review.highest}`,
  );
  await expect(
    reviewPage.competencyHeader(lastCompetency.name),
  ).not.toHaveAttribute('data-disagreement', 'true');
  await expect(
    reviewPage.row(DEMO_COORDINATOR.name).getByTestId('rating-cell').last(),
  ).toContainText('n/a');
  await expect(reviewPage.opposingAlert).toBeVisible();
  await expect(page.getByText('Strong yes: 1')).toBeVisible();
  await expect(page.getByText('No: 1', { exact: true })).toBeVisible();

  // Evidence on hover, and in full per row, as text.
  await reviewPage
    .row(DEMO_INTERVIEWER.name)
    .getByTestId('rating-cell')
    .first()
    .hover();
  await expect(page.getByRole('tooltip')).toHaveText(
    'Designed the <b>sharding</b> scheme unprompted.',
  );
  await page
    .getByRole('button', { name: `Show evidence from ${BEN.name}` })
    .click();
  await expect(
    page.getByText('Could not explain index trade-offs.'),
  ).toBeVisible();
  await expect(
    page.getByText('Not yet: the fundamentals were shaky.').first(),
  ).toBeVisible();
  await checkPage(page, testInfo, '01-review');

  // Ben still owes the second session's scorecard: a reminder goes out.
  await reviewPage.pending
    .getByRole('button', { name: `Nudge ${BEN.name}` })
    .click();
  await expect(page.getByText(`Reminder sent to ${BEN.name}`)).toBeVisible();

  // A decision needs a rationale.
  await reviewPage.decisionForm
    .getByRole('button', { name: 'Record decision' })
    .click();
  await expect(reviewPage.decisionForm).toContainText('Choose a decision');
  await expect(
    reviewPage.decisionForm.getByRole('textbox', { name: /Rationale/ }),
  ).toHaveAttribute('aria-invalid', 'true');
  await checkPage(page, testInfo, '02-decision-invalid');
  await reviewPage.recordDecision('Advance', RATIONALE);
  await expect(reviewPage.currentDecision).toContainText('Advance');
  await expect(reviewPage.currentDecision).toContainText(RATIONALE);
  await expect(reviewPage.currentDecision).toContainText(DEMO_COORDINATOR.name);
  await expect(reviewPage.decisionHistory.getByRole('listitem')).toHaveCount(1);
  await checkPage(page, testInfo, '03-decision-recorded');

  // The CSV export starts with its header.
  await expect(reviewPage.csvLink).toHaveAttribute(
    'href',
    `/exports/candidates/${review.candidateId}/scorecards.csv`,
  );
  const downloading = page.waitForEvent('download');
  await reviewPage.csvLink.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/scorecards\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  const [firstLine] = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
  expect(firstLine).toBe(CSV_HEADER);
  expect(csv).toContain(CANDIDATE.email);

  // The debrief packet is a PDF.
  const pdf = await page.request.get(
    (await reviewPage.pdfLink.getAttribute('href')) ?? '',
  );
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
});
