import { Button, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';

import type {
  RoomQuestion,
  RoomSession,
} from '@web/modules/interview-room/hooks/useInterviewRoom';
import type { RoomSideTab } from '@web/modules/interview-room/hooks/useInterviewRoomState';

import classes from './InterviewRoom.module.css';
import { KitInstructions } from './KitInstructions';
import { LiveFeed, type LiveFeedEntry } from './LiveFeed';
import { QuestionPlan } from './QuestionPlan';
import { RubricReference } from './RubricReference';

export type RoomSidePanelProps = {
  timeZone: string;
  session: RoomSession;
  plan: readonly RoomQuestion[];
  plannedMinutes: number;
  currentId: string | null;
  sideTab: RoomSideTab;
  canRunQuestions: boolean;
  feed: readonly LiveFeedEntry[];
  onTabChange: (tab: RoomSideTab | null) => void;
  onSelect: (id: string) => void;
  onAddQuestion: () => void;
};

/** The room's side column: plan, kit instructions and rubric in tabs, then the live feed. */
export function RoomSidePanel({
  timeZone,
  session,
  plan,
  plannedMinutes,
  currentId,
  sideTab,
  canRunQuestions,
  feed,
  onTabChange,
  onSelect,
  onAddQuestion,
}: RoomSidePanelProps) {
  const rubric = session.myScorecard ?? session.scoringRubric ?? null;

  return (
    <Stack gap="md" className={classes.side}>
      <Paper withBorder radius="md" p="sm">
        <Tabs
          value={sideTab}
          onChange={(tab) => onTabChange(tab as RoomSideTab | null)}
          keepMounted={false}
        >
          <Tabs.List grow mb="xs">
            <Tabs.Tab value="plan">Plan</Tabs.Tab>
            <Tabs.Tab value="instructions">Instructions</Tabs.Tab>
            <Tabs.Tab value="rubric">Rubric</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="plan">
            <Stack gap="xs" component="nav" aria-labelledby="plan-heading">
              <Group justify="space-between" px={4}>
                <Title order={2} size="h5" id="plan-heading">
                  Plan
                </Title>
                <Text size="xs" c="dimmed">
                  {plan.length} questions · {plannedMinutes} min
                </Text>
              </Group>
              <QuestionPlan
                timeZone={timeZone}
                questions={plan}
                currentId={currentId}
                onSelect={onSelect}
              />
              {canRunQuestions ? (
                <Button variant="light" size="xs" onClick={onAddQuestion}>
                  + Add question from bank
                </Button>
              ) : null}
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="instructions" px={4}>
            <Stack gap="xs">
              <Title order={2} size="h5">
                Instructions · {session.kitName}
              </Title>
              <KitInstructions instructions={session.kitInstructions} />
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="rubric">
            <Stack gap="xs">
              <Title order={2} size="h5" px={4}>
                {session.myScorecard
                  ? `Rubric · ${session.myScorecard.rubricName}`
                  : session.scoringRubric
                    ? `Rubric · ${session.scoringRubric.name}`
                    : 'Rubric'}
              </Title>
              <RubricReference rubric={rubric} />
            </Stack>
          </Tabs.Panel>
        </Tabs>
      </Paper>
      <Paper withBorder radius="md" p="sm">
        <LiveFeed timeZone={timeZone} entries={feed} />
      </Paper>
    </Stack>
  );
}
