import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Grid,
  Group,
  List,
  Paper,
  Stack,
  Text,
} from '@mantine/core';

import {
  type ScorecardContent,
  type ScorecardProblem,
  submissionProblems,
} from '@panelwise/domain-scorecard';

import { AutosaveConflictAlert } from '@web/modules/autosave/components/AutosaveConflictAlert';
import { SaveStateIndicator } from '@web/modules/autosave/components/SaveStateIndicator';
import { useScorecardActions } from '@web/modules/scorecards/hooks/useScorecardActions';
import { useScorecardAutosave } from '@web/modules/scorecards/hooks/useScorecardAutosave';
import type {
  Scorecard,
  ScorecardSession,
} from '@web/modules/scorecards/hooks/useScorecardSession';
import { roomNoteViews } from '@web/modules/scorecards/utils/roomNotes';
import {
  addToEvidence,
  addToSummary,
  problemsByField,
  type ScoringRubric,
  toContent,
} from '@web/modules/scorecards/utils/scorecardContent';
import { toDetailedApiError } from '@web/modules/scheduling/utils/detailedApiError';
import { formatDateTime } from '@web/modules/shared/utils/formatDate';
import { notify } from '@web/modules/shared/utils/notify';

import { AmendmentHistory } from './AmendmentHistory';
import { AmendReasonModal } from './AmendReasonModal';
import type { RatedQuestion } from './QuestionRatingsField';
import { RoomNotesPanel } from './RoomNotesPanel';
import classes from './ScorecardEditor.module.css';
import { ScorecardForm } from './ScorecardForm';

export type ScorecardEditorProps = {
  /** The viewer's profile zone: every time shown is in it. */
  timeZone: string;
  session: ScorecardSession;
  rubric: ScoringRubric;
  mine: Scorecard | null;
  viewerId: string;
};

/**
 * The viewer's scorecard: an autosaved draft until submitted, then read-only
 * with amendments (each with a reason) as the only way to change it.
 */
export function ScorecardEditor({
  timeZone,
  session,
  rubric,
  mine,
  viewerId,
}: ScorecardEditorProps) {
  const draft = useScorecardAutosave(session.id, viewerId, rubric, mine);
  const actions = useScorecardActions(session.id);
  const [hasTriedSubmit, setHasTriedSubmit] = useState(false);
  const [serverProblems, setServerProblems] = useState<ScorecardProblem[]>([]);
  const [amendContent, setAmendContent] = useState<ScorecardContent | null>(
    null,
  );
  const [isReasonOpen, setIsReasonOpen] = useState(false);
  const isSubmitted = mine?.status === 'SUBMITTED';
  const isAmending = isSubmitted && amendContent !== null;
  const content: ScorecardContent = isSubmitted
    ? (amendContent ?? toContent(rubric, mine))
    : draft.value;
  const liveProblems = submissionProblems(rubric, content);
  const shownProblems = problemsByField(
    hasTriedSubmit
      ? [...serverProblems, ...liveProblems]
      : [...serverProblems, ...draft.problems],
  );
  const askedQuestions: RatedQuestion[] = [...session.questions]
    .sort((a, b) => a.position - b.position)
    .map((item, index) => ({ item, label: `Q${index + 1}` }))
    .filter(({ item }) => item.askedAt)
    .map(({ item, label }) => ({
      id: item.id,
      label,
      prompt: item.question.prompt,
    }));

  const notes = roomNoteViews(session.myNotes, session.questions);
  const canPullNotes = !isSubmitted || isAmending;

  const change = (update: (previous: ScorecardContent) => ScorecardContent) => {
    setServerProblems([]);
    if (isAmending) {
      setAmendContent((previous) => (previous ? update(previous) : previous));
    } else if (!isSubmitted) {
      draft.edit(update);
    }
  };

  const submit = async () => {
    setHasTriedSubmit(true);
    if (liveProblems.length > 0) {
      focusFirstProblem();

      return;
    }
    const saved = await draft.queue.settled();
    const scorecardId = saved.recordId ?? mine?.id;
    if (saved.status !== 'saved' || !scorecardId) {
      notify({
        color: 'red',
        title: 'Your draft is not saved yet',
        message:
          saved.status === 'offline'
            ? 'You are offline: submit again once the connection is back.'
            : 'Resolve the problem shown above, then submit.',
      });

      return;
    }
    try {
      await actions.submit(scorecardId, saved.version);
      notify({
        color: 'teal',
        title: 'Scorecard submitted',
        message: 'Changes from now on are amendments, with a reason.',
      });
    } catch (error) {
      const detailed = toDetailedApiError(error);
      setServerProblems(detailed.details.problems);
      notify({
        color: 'red',
        title: 'Could not submit the scorecard',
        message: detailed.message,
      });
    }
  };

  const amend = async (reason: string) => {
    if (!mine || !amendContent) {
      return;
    }
    try {
      await actions.amend({
        scorecardId: mine.id,
        expectedVersion: mine.version,
        reason,
        content: amendContent,
      });
      setIsReasonOpen(false);
      setAmendContent(null);
      setHasTriedSubmit(false);
      notify({
        color: 'teal',
        title: 'Amendment saved',
        message: 'The reason is kept in the scorecard history.',
      });
    } catch (error) {
      const detailed = toDetailedApiError(error);
      setIsReasonOpen(false);
      setServerProblems(detailed.details.problems);
      notify({
        color: 'red',
        title: 'Could not amend the scorecard',
        message: detailed.message,
      });
    }
  };

  const problemList = hasTriedSubmit
    ? [...serverProblems, ...liveProblems]
    : [];

  return (
    <Stack gap="lg">
      {draft.conflict ? (
        <AutosaveConflictAlert
          title="This scorecard was changed elsewhere"
          message="Another tab or device saved this draft after you started editing. Keep your version, or load the stored one (yours is discarded)."
          takeLabel="Load the stored version"
          canTake={Boolean(draft.conflict.currentValue)}
          onKeepMine={draft.keepMine}
          onTake={() => draft.takeTheirs()}
        />
      ) : null}
      <Paper
        withBorder
        radius="md"
        p="sm"
        shadow="sm"
        // Under the app header, out of the way of the notifications (bottom right).
        style={{ position: 'sticky', top: 68, zIndex: 2 }}
      >
        <Group justify="space-between" gap="sm">
          <Group gap="sm">
            {isAmending ? (
              <Badge color="orange" variant="light">
                Amending: not saved until you give a reason
              </Badge>
            ) : isSubmitted ? (
              <Badge color="teal" variant="light">
                Submitted
                {mine.submittedAt
                  ? ` ${formatDateTime(mine.submittedAt, timeZone)}`
                  : ''}
              </Badge>
            ) : (
              <>
                <Badge color="gray" variant="light">
                  Draft
                </Badge>
                <SaveStateIndicator
                  timeZone={timeZone}
                  status={draft.status}
                  savedAt={draft.savedAt}
                  error={draft.error}
                  subject="Scorecard draft"
                  onRetry={draft.retry}
                />
              </>
            )}
            {!isSubmitted && !hasTriedSubmit && liveProblems.length > 0 ? (
              <Text size="xs" c="dimmed">
                {liveProblems.length}{' '}
                {liveProblems.length === 1 ? 'item' : 'items'} to finish before
                submitting
              </Text>
            ) : null}
          </Group>
          {isSubmitted ? (
            isAmending ? (
              <Group gap="sm">
                <Button
                  variant="default"
                  onClick={() => {
                    setAmendContent(null);
                    setHasTriedSubmit(false);
                    setServerProblems([]);
                  }}
                >
                  Cancel amendment
                </Button>
                <Button
                  onClick={() => {
                    setHasTriedSubmit(true);
                    if (liveProblems.length === 0) {
                      setIsReasonOpen(true);
                    } else {
                      focusFirstProblem();
                    }
                  }}
                >
                  Save amendment…
                </Button>
              </Group>
            ) : (
              <Button
                variant="default"
                onClick={() => setAmendContent(toContent(rubric, mine))}
              >
                Amend
              </Button>
            )
          ) : (
            <Button
              onClick={() => void submit()}
              loading={actions.isSubmitting}
              disabled={Boolean(draft.conflict)}
            >
              Submit scorecard
            </Button>
          )}
        </Group>
      </Paper>
      {problemList.length > 0 ? (
        <Alert
          color="red"
          variant="light"
          title={`${problemList.length} ${problemList.length === 1 ? 'thing' : 'things'} to finish before ${isAmending ? 'saving' : 'submitting'}`}
          role="alert"
        >
          <List size="sm" spacing={2}>
            {problemList.map((problem) => (
              <List.Item key={`${problem.field}-${problem.message}`}>
                {problem.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {/* Columns stretch to the form's height, so the notes have room to stick. */}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }} order={{ base: 2, md: 1 }}>
          <ScorecardForm
            rubric={rubric}
            content={content}
            askedQuestions={askedQuestions}
            problems={shownProblems}
            isReadOnly={isSubmitted && !isAmending}
            onChange={change}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }} order={{ base: 1, md: 2 }}>
          <div className={classes.notes}>
            <RoomNotesPanel
              sessionId={session.id}
              notes={notes}
              competencies={rubric.competencies}
              evidenceOf={(competencyId) =>
                content.ratings.find(
                  (rating) => rating.competencyId === competencyId,
                )?.evidence ?? ''
              }
              summary={content.summary}
              canPull={canPullNotes}
              onAddToEvidence={(competencyId, snippet) =>
                change((previous) =>
                  addToEvidence(previous, competencyId, snippet),
                )
              }
              onAddToSummary={(snippet) =>
                change((previous) => addToSummary(previous, snippet))
              }
            />
          </div>
        </Grid.Col>
      </Grid>
      {isSubmitted ? (
        <AmendmentHistory
          timeZone={timeZone}
          submittedAt={mine.submittedAt}
          amendments={mine.amendments}
        />
      ) : null}
      <AmendReasonModal
        key={isReasonOpen ? 'open' : 'closed'}
        isOpen={isReasonOpen}
        isSaving={actions.isAmending}
        onClose={() => setIsReasonOpen(false)}
        onConfirm={(reason) => void amend(reason)}
      />
    </Stack>
  );
}

/** Brings the first field with a problem into view, after it renders its error. */
function focusFirstProblem(): void {
  requestAnimationFrame(() => {
    const invalid =
      document.querySelector<HTMLElement>(
        '[aria-invalid="true"], [data-problem]',
      ) ?? document.querySelector<HTMLElement>('[role="alert"]');
    invalid?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    if (invalid?.matches('textarea, input')) {
      invalid.focus();
    }
  });
}
