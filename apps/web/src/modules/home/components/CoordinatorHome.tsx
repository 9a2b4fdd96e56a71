import { Grid, Stack } from '@mantine/core';

import type { Viewer } from '@web/modules/auth/hooks/useViewer';
import { useCandidatesAwaitingDecision } from '@web/modules/home/hooks/useCandidatesAwaitingDecision';
import { useGuidesWithWarnings } from '@web/modules/home/hooks/useGuidesWithWarnings';
import { useTeamToday } from '@web/modules/home/hooks/useTeamToday';
import { todayRange } from '@web/modules/home/utils/todayRange';
import { mondayOf } from '@web/modules/shared/utils/timeZoneDisplay';
import { useNow } from '@web/modules/shared/hooks/useNow';
import { useFeedbackTimeliness } from '@web/modules/timeliness/hooks/useFeedbackTimeliness';

import { AwaitingDecisionSection } from './AwaitingDecisionSection';
import { GuideWarningsSection } from './GuideWarningsSection';
import { OwedScorecardsSection } from './OwedScorecardsSection';
import { TeamTodaySection } from './TeamTodaySection';

export type CoordinatorHomeProps = { viewer: Viewer };

/** A coordinator's to-do list: today's sessions, candidates to decide on, scorecards owed, guides to fix. */
export function CoordinatorHome({ viewer }: CoordinatorHomeProps) {
  const timeZone = viewer.user.timeZone;
  const now = useNow();
  const today = useTeamToday(now, timeZone);
  const timeliness = useFeedbackTimeliness();
  const awaiting = useCandidatesAwaitingDecision();
  const guides = useGuidesWithWarnings();

  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Stack gap="xl">
          <TeamTodaySection
            {...today}
            timeZone={timeZone}
            week={mondayOf(todayRange(now, timeZone).dateKey)}
          />
          <AwaitingDecisionSection {...awaiting} timeZone={timeZone} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Stack gap="xl">
          <OwedScorecardsSection {...timeliness} />
          <GuideWarningsSection {...guides} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
