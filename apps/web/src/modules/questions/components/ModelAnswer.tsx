import { Paper, Stack, Text, Title, type TitleOrder } from '@mantine/core';

import type { ModelAnswerNode } from '@web/modules/questions/types/answer';

import { AnswerFieldList } from './AnswerFieldList';
import { RichText } from './RichText';

export type ModelAnswerProps = {
  answer: ModelAnswerNode;
  /** Heading level of the named parts, one below the section holding the answer. */
  partHeadingOrder?: TitleOrder;
};

/** The structured model answer: summary, labelled fields and named parts. */
export function ModelAnswer({
  answer,
  partHeadingOrder = 3,
}: ModelAnswerProps) {
  const isEmpty =
    !answer.summary && answer.fields.length === 0 && answer.parts.length === 0;
  if (isEmpty) {
    return (
      <Text c="dimmed">The guide gives no model answer for this question.</Text>
    );
  }

  return (
    <Stack gap="lg">
      {answer.summary ? (
        <Text component="div" size="md">
          <RichText text={answer.summary} />
        </Text>
      ) : null}
      {answer.fields.length > 0 ? (
        <AnswerFieldList fields={answer.fields} />
      ) : null}
      {answer.parts.map((part, index) => (
        <Paper
          key={`${part.title}-${index}`}
          withBorder
          radius="md"
          p="md"
          component="section"
          aria-label={part.title}
        >
          <Title order={partHeadingOrder} size="h4" mb="sm">
            {part.title}
          </Title>
          <AnswerFieldList fields={part.fields} />
        </Paper>
      ))}
    </Stack>
  );
}
