import { Grid } from '@mantine/core';

import type { Viewer } from '@web/modules/auth/hooks/useViewer';
import {
  MY_INTERVIEWS_DAYS,
  useMyInterviews,
} from '@web/modules/home/hooks/useMyInterviews';
import { useScorecardsDue } from '@web/modules/home/hooks/useScorecardsDue';
import { useNow } from '@web/modules/shared/hooks/useNow';

import { ScorecardsDueSection } from './ScorecardsDueSection';
import { UpcomingInterviewsSection } from './UpcomingInterviewsSection';

export type InterviewerHomeProps = { viewer: Viewer };

/**
 * "My interviews" and "Scorecards due" for whoever sits on panels.
 * Interviewers always see both, empty or not; coordinators only once they
 * have a session or a scorecard of their own, so a coordinator who never
 * interviews keeps the team overview alone.
 */
export function InterviewerHome({ viewer }: InterviewerHomeProps) {
  const interviews = useMyInterviews(MY_INTERVIEWS_DAYS);
  const scorecards = useScorecardsDue();
  const now = useNow();
  const timeZone = viewer.user.timeZone;
  const hasPanelWork =
    interviews.sessions.length > 0 || scorecards.scorecards.length > 0;
  const hasError = Boolean(interviews.error ?? scorecards.error);
  if (viewer.role === 'COORDINATOR' && !hasPanelWork && !hasError) {
    return null;
  }

  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <UpcomingInterviewsSection
          {...interviews}
          viewerId={viewer.user.id}
          timeZone={timeZone}
          days={MY_INTERVIEWS_DAYS}
          now={now}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <ScorecardsDueSection {...scorecards} timeZone={timeZone} now={now} />
      </Grid.Col>
    </Grid>
  );
}
