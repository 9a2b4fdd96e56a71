import {
  Center,
  Loader,
  Stack,
  Text,
  Title,
  type TitleOrder,
} from '@mantine/core';

import { QuestionListItem } from '@web/modules/questions/components/QuestionListItem';
import type {
  QuestionListItem as QuestionListItemData,
  UseQuestionSearchResult,
} from '@web/modules/questions/hooks/useQuestionSearch';
import { ErrorState } from '@web/modules/shared/components/ErrorState';
import { LoadMoreButton } from '@web/modules/shared/components/LoadMoreButton';
import { useLoadMore } from '@web/modules/shared/hooks/useLoadMore';

export type GuideQuestionListProps = {
  result: UseQuestionSearchResult;
  guideId: string;
  headingOrder?: TitleOrder;
};

type KindGroup = {
  key: string;
  title: string;
  questions: QuestionListItemData[];
};

/** A guide's questions in guide order, under their kind headings. */
export function GuideQuestionList({
  result,
  guideId,
  headingOrder = 3,
}: GuideQuestionListProps) {
  const nextPage = useLoadMore(result);
  const { questions, isLoading, error, retry } = result;

  if (error) {
    return (
      <ErrorState
        title="Could not load the questions"
        message={error.message}
        onRetry={retry}
      />
    );
  }
  if (isLoading) {
    return (
      <Center py="lg" role="status">
        <Loader aria-label="Loading the questions" />
      </Center>
    );
  }
  if (questions.length === 0) {
    return <Text c="dimmed">This guide has no active questions.</Text>;
  }

  return (
    <Stack gap="lg">
      {groupByKind(questions).map((group, index) => (
        <section key={`${group.key}-${index}`} aria-label={group.title}>
          <Title
            order={headingOrder}
            size="h5"
            mb="xs"
            c="dimmed"
            tt="uppercase"
          >
            {group.title}
          </Title>
          <Stack
            gap="sm"
            component="ul"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {group.questions.map((question) => (
              <QuestionListItem
                key={question.id}
                question={question}
                isGuideShown={false}
                isKindShown={false}
                backTo={`/guides/${guideId}`}
              />
            ))}
          </Stack>
        </section>
      ))}
      <LoadMoreButton
        label="Load more questions"
        errorTitle="Could not load more questions"
        {...nextPage}
      />
    </Stack>
  );
}

/** Consecutive questions of one kind form a group, as in the guide. */
function groupByKind(questions: QuestionListItemData[]): KindGroup[] {
  const groups: KindGroup[] = [];
  for (const question of questions) {
    const last = groups.at(-1);
    if (last && last.key === question.kindKey) {
      last.questions.push(question);
    } else {
      groups.push({
        key: question.kindKey,
        title: question.kind ?? 'Questions',
        questions: [question],
      });
    }
  }

  return groups;
}
