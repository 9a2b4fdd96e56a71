import { useMemo } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { Link, useParams } from 'react-router';

import { RoleGate } from '@web/modules/auth/components/RoleGate';
import { useProfileTimeZone } from '@web/modules/auth/hooks/useProfileTimeZone';
import { CurrentDecision } from '@web/modules/candidate-review/components/CurrentDecision';
import { DecisionForm } from '@web/modules/candidate-review/components/DecisionForm';
import { DecisionHistory } from '@web/modules/candidate-review/components/DecisionHistory';
import { PendingScorecards } from '@web/modules/candidate-review/components/PendingScorecards';
import { RecommendationSummary } from '@web/modules/candidate-review/components/RecommendationSummary';
import { ReviewMatrix } from '@web/modules/candidate-review/components/ReviewMatrix';
import { ReviewSessions } from '@web/modules/candidate-review/components/ReviewSessions';
import {
  type CandidateReview,
  useCandidateReview,
} from '@web/modules/candidate-review/hooks/useCandidateReview';
import {
  debriefPdfUrl,
  scorecardsCsvUrl,
} from '@web/modules/candidate-review/utils/exportUrls';
import { reviewScale } from '@web/modules/candidate-review/utils/ratingScale';
import { buildReviewMatrix } from '@web/modules/candidate-review/utils/reviewMatrix';
import { CANDIDATE_EDITOR_ROLES } from '@web/modules/candidates/utils/candidateRoles';
import { ErrorState } from '@web/modules/shared/components/ErrorState';
import { PageTitle } from '@web/modules/shared/components/PageTitle';
import { useNow } from '@web/modules/shared/hooks/useNow';

export function CandidateReviewPage() {
  return (
    <RoleGate
      roles={CANDIDATE_EDITOR_ROLES}
      title="Candidate review"
      deniedMessage="Only coordinators review scorecards and record decisions"
    >
      <CandidateReviewContent />
    </RoleGate>
  );
}

function CandidateReviewContent() {
  const { candidateId = '' } = useParams();
  const timeZone = useProfileTimeZone();
  const { review, isLoading, error, retry } = useCandidateReview(candidateId);
  const title = review
    ? `Review: ${review.candidate.name}`
    : error
      ? 'Candidate not found'
      : 'Candidate review';

  return (
    <Stack gap="xl" maw={1200}>
      <PageTitle title={title} />
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Anchor component={Link} to={`/candidates/${candidateId}`} size="sm">
            ← {review?.candidate.name ?? 'Candidate'}
          </Anchor>
          <Title order={1} mt={4}>
            {title}
          </Title>
          {review ? (
            <Text c="dimmed" mt={4}>
              {[review.candidate.targetRole, review.candidate.email]
                .filter(Boolean)
                .join(' · ') || 'Submitted scorecards side by side'}
            </Text>
          ) : null}
        </div>
        {review ? (
          <Group gap="xs">
            <Button
              component="a"
              href={scorecardsCsvUrl(review.candidate.id)}
              download
              variant="default"
            >
              Download CSV
            </Button>
            <Button
              component="a"
              href={debriefPdfUrl(review.candidate.id)}
              download
              variant="default"
            >
              Debrief packet (PDF)
            </Button>
          </Group>
        ) : null}
      </Group>
      {isLoading ? <Loader size="sm" aria-label="Loading the review" /> : null}
      {error ? (
        <ErrorState
          title={
            error.code === 'NOT_FOUND'
              ? 'This candidate does not exist in your team'
              : 'Could not load the review'
          }
          message={error.message}
          onRetry={error.code === 'NOT_FOUND' ? undefined : retry}
        />
      ) : null}
      {review ? <ReviewBody review={review} timeZone={timeZone} /> : null}
    </Stack>
  );
}

type ReviewBodyProps = { review: CandidateReview; timeZone: string };

function ReviewBody({ review, timeZone }: ReviewBodyProps) {
  const now = useNow();
  const scale = useMemo(() => reviewScale(review.sessions), [review.sessions]);
  const matrix = useMemo(() => buildReviewMatrix(review), [review]);
  const sessionStarts = useMemo(
    () =>
      matrix.groups.length > 1
        ? new Map(
            review.sessions.map((session) => [session.id, session.startsAt]),
          )
        : null,
    [matrix.groups.length, review.sessions],
  );
  const hasSessions = review.sessions.length > 0;
  const hasScorecards = matrix.rowCount > 0;

  return (
    <>
      <CurrentDecision
        decision={review.decisions[0] ?? null}
        timeZone={timeZone}
      />

      {review.opposingRecommendations ? (
        <Alert color="orange" title="Opposing recommendations" role="alert">
          Some interviewers recommend hiring and others do not. Read the
          evidence behind the disagreements before deciding, or talk it through
          in a debrief.
        </Alert>
      ) : null}

      <section aria-labelledby="review-sessions-heading">
        <Title order={2} size="h3" id="review-sessions-heading" mb="sm">
          Sessions
        </Title>
        {hasSessions ? (
          <ReviewSessions
            sessions={review.sessions}
            timeZone={timeZone}
            now={now}
          />
        ) : (
          <Paper withBorder p="md" radius="md">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">
                {review.candidate.name} has no interview sessions yet. Schedule
                one: the panel’s scorecards appear here as each panelist submits
                theirs.
              </Text>
              <Button component={Link} to="/schedule/new" size="xs">
                Schedule a session
              </Button>
            </Stack>
          </Paper>
        )}
      </section>

      {hasSessions ? (
        <section aria-labelledby="review-pending-heading">
          <Title order={2} size="h3" id="review-pending-heading" mb="sm">
            Scorecards still owed
          </Title>
          {review.pending.length > 0 ? (
            <PendingScorecards pending={review.pending} timeZone={timeZone} />
          ) : (
            <Text size="sm" c="dimmed">
              Nobody owes a scorecard for a session that has ended.
            </Text>
          )}
        </section>
      ) : null}

      <section aria-labelledby="review-matrix-heading">
        <Title order={2} size="h3" id="review-matrix-heading" mb="sm">
          Ratings
        </Title>
        {hasScorecards ? (
          <ReviewMatrix matrix={matrix} scale={scale} timeZone={timeZone} />
        ) : (
          <Text size="sm" c="dimmed">
            {hasSessions
              ? 'No submitted scorecards yet. Ratings stay hidden until a panelist submits, then appear here side by side; nudge whoever still owes one.'
              : 'Ratings appear here once the panel of a session submits its scorecards.'}
          </Text>
        )}
      </section>

      {hasScorecards ? (
        <section aria-labelledby="review-recommendations-heading">
          <Title
            order={2}
            size="h3"
            id="review-recommendations-heading"
            mb="sm"
          >
            Recommendations
          </Title>
          <RecommendationSummary
            tally={review.recommendationTally}
            recommendations={review.recommendations}
            sessionStarts={sessionStarts}
            timeZone={timeZone}
          />
        </section>
      ) : null}

      <section aria-labelledby="review-decision-heading">
        <Title order={2} size="h3" id="review-decision-heading" mb="sm">
          Decision
        </Title>
        <Stack gap="lg">
          {!hasScorecards ? (
            <Text size="sm" c="dimmed">
              No scorecard is submitted yet: a decision now rests on no panel
              evidence.
            </Text>
          ) : null}
          <Paper withBorder p="lg" radius="md">
            <DecisionForm candidateId={review.candidate.id} />
          </Paper>
          <div>
            <Title order={3} size="h4" mb="xs">
              History
            </Title>
            <DecisionHistory decisions={review.decisions} timeZone={timeZone} />
          </div>
        </Stack>
      </section>
    </>
  );
}
