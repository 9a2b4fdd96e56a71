import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

import type { QuestionListItem as QuestionListItemData } from '@web/modules/questions/hooks/useQuestionSearch';
import { splitHighlight } from '@web/modules/questions/utils/splitHighlight';

import { HighlightedText } from './HighlightedText';
import { KindBadge } from './KindBadge';

export type QuestionListItemProps = {
  question: QuestionListItemData;
  /** Hide the guide when the list is a single guide's questions. */
  isGuideShown?: boolean;
  /** Hide the kind when the list is already grouped by kind. */
  isKindShown?: boolean;
  /** Where the question page's "back" link returns to. */
  backTo?: string;
};

export function QuestionListItem({
  question,
  isGuideShown = true,
  isKindShown = true,
  backTo,
}: QuestionListItemProps) {
  const highlight = question.highlight
    ? splitHighlight(question.prompt, question.highlight)
    : null;

  return (
    <Paper withBorder radius="md" p="md" component="li">
      <Stack gap={6}>
        <Anchor
          component={Link}
          to={`/questions/${question.id}`}
          state={backTo ? { backTo } : undefined}
          fw={600}
          c="var(--mantine-color-text)"
          underline="hover"
        >
          {highlight ? (
            <HighlightedText segments={highlight.prompt} />
          ) : (
            question.prompt
          )}
        </Anchor>
        <Group gap={8} wrap="wrap">
          {isKindShown ? (
            <KindBadge
              kindName={question.kindName}
              kindKey={question.kindKey}
            />
          ) : null}
          {question.number !== null ? (
            <Text size="sm" c="dimmed">
              Question {question.number}
            </Text>
          ) : null}
          {question.retired ? (
            <Badge variant="light" color="red" tt="none" radius="sm">
              Retired
            </Badge>
          ) : null}
          {isGuideShown ? (
            <>
              <Text size="sm" c="dimmed" aria-hidden>
                ·
              </Text>
              <Anchor
                component={Link}
                to={`/guides/${question.guide.id}`}
                size="sm"
              >
                {question.guide.title}
              </Anchor>
            </>
          ) : null}
        </Group>
        {highlight && highlight.passage.length > 0 ? (
          <Text size="sm" c="dimmed" lineClamp={3} data-testid="search-passage">
            <HighlightedText segments={highlight.passage} />
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
