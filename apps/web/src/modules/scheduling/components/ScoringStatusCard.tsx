import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';

import { timeZoneLabel } from '@panelwise/domain-scheduling';

import { notify } from '@web/modules/shared/utils/notify';

import { SetScorecardRevealDeadlineMutation } from '@web/modules/scheduling/graphql/mutations/SetScorecardRevealDeadline';
import { SessionScoringStatusQuery } from '@web/modules/scheduling/graphql/queries/SessionScoringStatus';
import {
  fromLocalInputValue,
  toLocalInputValue,
} from '@web/modules/scheduling/utils/revealDeadline';
import {
  formatDayLabel,
  formatTime,
} from '@web/modules/shared/utils/timeZoneDisplay';

type Props = { sessionId: string; viewerZone: string; canEdit: boolean };

/** Who has submitted (never what), and, under simultaneous reveal, the coordinator's deadline. */
export function ScoringStatusCard({ sessionId, viewerZone, canEdit }: Props) {
  const { data, error } = useQuery(SessionScoringStatusQuery, {
    variables: { id: sessionId },
  });
  const [save, { loading: isSaving }] = useMutation(
    SetScorecardRevealDeadlineMutation,
  );
  const [draft, setDraft] = useState<string | null>(null);
  if (error || !data) {
    return null;
  }
  const { session, team } = data;
  const isSimultaneous = team.scorecardReveal === 'SIMULTANEOUS';
  const value = draft ?? toLocalInputValue(session.revealAt, viewerZone);
  const submit = async (revealAt: Date | null) => {
    try {
      await save({
        variables: {
          input: { sessionId, revealAt: revealAt?.toISOString() ?? null },
        },
      });
      setDraft(null);
      notify({
        color: 'green',
        title: revealAt ? 'Reveal deadline set' : 'Reveal deadline removed',
        message: revealAt
          ? 'Panelists who submitted see each other\u2019s scorecards from then on.'
          : 'Scorecards open when the whole panel has submitted.',
      });
    } catch (saveError) {
      notify({
        color: 'red',
        title: 'Could not save the deadline',
        message: (saveError as Error).message,
      });
    }
  };

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Scorecards
        </Title>
        <Stack gap={4}>
          {session.panelSubmissions.map((submission) => (
            <Group key={submission.user.id} gap="xs">
              <Text size="sm">{submission.user.name}</Text>
              {submission.submittedAt ? (
                <Badge color="teal" variant="light" size="sm">
                  Submitted
                </Badge>
              ) : (
                <Badge color="gray" variant="light" size="sm">
                  {submission.required ? 'Not submitted' : 'Optional (shadow)'}
                </Badge>
              )}
            </Group>
          ))}
        </Stack>
        <Text size="sm" c="dimmed">
          {isSimultaneous
            ? 'Simultaneous reveal: nobody on the panel sees another scorecard until every lead and co-interviewer has submitted, or the deadline below passes.'
            : 'Each panelist sees the others\u2019 scorecards once their own is submitted.'}
        </Text>
        {isSimultaneous && session.revealAt ? (
          <Alert color="blue" variant="light">
            Reveal deadline: {formatDayLabel(session.revealAt, viewerZone)}{' '}
            {formatTime(session.revealAt, viewerZone)} ({timeZoneLabel(viewerZone)})
          </Alert>
        ) : null}
        {isSimultaneous && canEdit ? (
          <Group align="flex-end" gap="sm">
            <TextInput
              type="datetime-local"
              label={`Reveal deadline (${timeZoneLabel(viewerZone)})`}
              value={value}
              onChange={(event) => setDraft(event.currentTarget.value)}
            />
            <Button
              loading={isSaving}
              disabled={!fromLocalInputValue(value, viewerZone)}
              onClick={() =>
                void submit(fromLocalInputValue(value, viewerZone))
              }
            >
              Set deadline
            </Button>
            {session.revealAt ? (
              <Button
                variant="default"
                loading={isSaving}
                onClick={() => void submit(null)}
              >
                Remove
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
