import { useState } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Center,
  DataList,
  Grid,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { Link, useLocation, useParams } from 'react-router';

import { useViewer } from '@web/modules/auth/hooks/useViewer';
import { AddToKitModal } from '@web/modules/kits/components/AddToKitModal';
import { EditQuestionButton } from '@web/modules/questions/components/EditQuestionButton';
import { FollowUpList } from '@web/modules/questions/components/FollowUpList';
import { KindBadge } from '@web/modules/questions/components/KindBadge';
import { QuestionGuideLink } from '@web/modules/questions/components/QuestionGuideLink';
import { ModelAnswer } from '@web/modules/questions/components/ModelAnswer';
import {
  QuestionRevisionList,
  revisionOriginLabel,
} from '@web/modules/questions/components/QuestionRevisionList';
import { RichText } from '@web/modules/questions/components/RichText';
import {
  type QuestionDetail,
  useQuestion,
} from '@web/modules/questions/hooks/useQuestion';
import { ErrorState } from '@web/modules/shared/components/ErrorState';
import { PageTitle } from '@web/modules/shared/components/PageTitle';

const TITLE_LENGTH = 60;

export function QuestionPage() {
  const { questionId = '' } = useParams();
  const location = useLocation();
  const { question, isLoading, error, retry } = useQuestion(questionId);
  const { viewer } = useViewer();
  const isCoordinator = viewer?.role === 'COORDINATOR';
  const [isAddingToKit, setIsAddingToKit] = useState(false);
  const backTo = backLinkFrom(location.state);

  const backLink = (
    <Anchor component={Link} to={backTo.to} size="sm">
      ← {backTo.label}
    </Anchor>
  );

  if (isLoading) {
    return (
      <Stack gap="md">
        <PageTitle title="Question" />
        {backLink}
        <Center py="xl" role="status">
          <Loader aria-label="Loading the question" />
        </Center>
      </Stack>
    );
  }
  if (error || !question) {
    // A malformed id is answered as invalid input: to the user it is just not there.
    const isMissing =
      error?.code === 'NOT_FOUND' || error?.code === 'BAD_USER_INPUT';

    return (
      <Stack gap="md">
        <PageTitle title={isMissing ? 'Question not found' : 'Question'} />
        {backLink}
        <Title order={1}>{isMissing ? 'Question not found' : 'Question'}</Title>
        {isMissing ? (
          <Text>
            There is no question at this address in your team's question bank.
          </Text>
        ) : (
          <ErrorState
            title="Could not load the question"
            message={error?.message ?? 'The server sent no question.'}
            onRetry={retry}
          />
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <PageTitle title={shorten(question.prompt)} />
      {backLink}
      <Group justify="space-between" align="flex-start" gap="sm">
      <div>
        <Group gap="xs" mb="xs">
          <KindBadge kindName={question.kindName} kindKey={question.kindKey} />
          {question.number !== null ? (
            <Text size="sm" c="dimmed">
              Question {question.number}
            </Text>
          ) : null}
          {question.retired ? (
            <Badge color="red" variant="light" tt="none" radius="sm">
              Retired
            </Badge>
          ) : null}
        </Group>
        <Title order={1} size="h2">
          {question.prompt}
        </Title>
        <Text c="dimmed" mt={6}>
          From{' '}
          <QuestionGuideLink guide={question.guide} underline="always" />
        </Text>
      </div>
        {isCoordinator && !question.retired ? (
          <Group gap="sm">
            <Button variant="light" onClick={() => setIsAddingToKit(true)}>
              Add to a kit
            </Button>
            <EditQuestionButton question={question} />
          </Group>
        ) : null}
      </Group>
      <AddToKitModal
        questionId={question.id}
        isOpen={isAddingToKit}
        onClose={() => setIsAddingToKit(false)}
      />

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            {question.context ? (
              <section aria-labelledby="question-context-heading">
                <Title
                  order={2}
                  size="h3"
                  id="question-context-heading"
                  mb="sm"
                >
                  Context
                </Title>
                <Text component="div">
                  <RichText text={question.context} />
                </Text>
              </section>
            ) : null}
            <section aria-labelledby="model-answer-heading">
              <Title order={2} size="h3" id="model-answer-heading" mb="sm">
                Model answer
              </Title>
              <ModelAnswer answer={question.answer} partHeadingOrder={3} />
            </section>
            <section aria-labelledby="follow-ups-heading">
              <Title order={2} size="h3" id="follow-ups-heading" mb="sm">
                Follow-up points
              </Title>
              <FollowUpList followUps={question.followUps} />
            </section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <QuestionSource question={question} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function QuestionSource({ question }: { question: QuestionDetail }) {
  const lines = question.sourceLines;
  const latest = question.revisions.at(-1);

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="aside"
      aria-labelledby="question-source-heading"
    >
      <Title order={2} size="h4" id="question-source-heading" mb="sm">
        Source
      </Title>
      <DataList orientation="vertical" gap="sm">
        <DataList.Item>
          <DataList.ItemLabel>Guide</DataList.ItemLabel>
          <DataList.ItemValue>
            <QuestionGuideLink guide={question.guide} size="sm" />
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Kind</DataList.ItemLabel>
          <DataList.ItemValue>
            {question.kindName}
            {question.kind && question.kind !== question.kindName ? (
              <Text span size="sm" c="dimmed">
                {' '}
                (the guide’s heading: {question.kind})
              </Text>
            ) : null}
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Lines</DataList.ItemLabel>
          <DataList.ItemValue>
            {lines
              ? `${lines.start === lines.end ? `Line ${lines.start}` : `Lines ${lines.start}–${lines.end}`}${
                  question.guide.sourceFileName
                    ? ` of ${question.guide.sourceFileName}`
                    : ''
                }`
              : 'None: this revision was written in the app'}
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Revision</DataList.ItemLabel>
          <DataList.ItemValue>
            Revision {question.revision}:{' '}
            {revisionOriginLabel(question.revisionOrigin, latest?.authorName)}
          </DataList.ItemValue>
        </DataList.Item>
        {question.revisions.length > 1 ? (
          <DataList.Item>
            <DataList.ItemLabel>History</DataList.ItemLabel>
            <DataList.ItemValue>
              <QuestionRevisionList
                revisions={question.revisions}
                currentRevision={question.revision}
              />
            </DataList.ItemValue>
          </DataList.Item>
        ) : null}
      </DataList>
    </Paper>
  );
}

function shorten(text: string): string {
  return text.length > TITLE_LENGTH
    ? `${text.slice(0, TITLE_LENGTH - 1).trimEnd()}…`
    : text;
}

type BackLink = { to: string; label: string };

/** Back to the list the question was opened from, if it was one of ours. */
function backLinkFrom(state: unknown): BackLink {
  const backTo =
    typeof state === 'object' && state !== null && 'backTo' in state
      ? state.backTo
      : null;
  if (typeof backTo === 'string' && backTo.startsWith('/guides/')) {
    return { to: backTo, label: 'Back to the guide' };
  }
  if (
    typeof backTo === 'string' &&
    (backTo === '/questions' || backTo.startsWith('/questions?'))
  ) {
    return { to: backTo, label: 'Back to the question bank' };
  }

  return { to: '/questions', label: 'Question bank' };
}
