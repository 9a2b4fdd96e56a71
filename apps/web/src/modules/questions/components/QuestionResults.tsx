import type { ReactNode } from 'react';
import { Center, Group, Loader, Stack, Text } from '@mantine/core';

import type { UseQuestionSearchResult } from '@web/modules/questions/hooks/useQuestionSearch';
import {
  formatCount,
  formatNumber,
} from '@web/modules/questions/utils/formatCount';
import { ErrorState } from '@web/modules/shared/components/ErrorState';
import { LoadMoreButton } from '@web/modules/shared/components/LoadMoreButton';
import { useLoadMore } from '@web/modules/shared/hooks/useLoadMore';

import { QuestionListItem } from './QuestionListItem';

export type QuestionResultsProps = {
  result: UseQuestionSearchResult;
  /** Shown when nothing matches; differs between a search and an empty bank. */
  emptyState: ReactNode;
  isGuideShown?: boolean;
  backTo?: string;
  /** Accessible name of the list. */
  label: string;
};

/** Count, list, "Load more" and the loading, empty and error states. */
export function QuestionResults({
  result,
  emptyState,
  isGuideShown = true,
  backTo,
  label,
}: QuestionResultsProps) {
  const {
    questions,
    totalCount,
    isTotalCountCapped,
    isSearch,
    isLoading,
    isRefreshing,
    error,
    retry,
  } = result;
  const nextPage = useLoadMore(result);

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
      <Center py="xl" role="status">
        <Loader aria-label="Loading questions" />
      </Center>
    );
  }

  const count =
    totalCount === null
      ? null
      : formatCount(
          totalCount,
          isSearch
            ? { one: 'match', other: 'matches' }
            : { one: 'question', other: 'questions' },
          isTotalCountCapped,
        );

  return (
    <Stack gap="sm">
      <Group gap="xs" justify="space-between" mih={24}>
        <Text
          fw={500}
          role="status"
          aria-live="polite"
          data-testid="result-count"
        >
          {count}
          {questions.length > 0 &&
          totalCount !== null &&
          questions.length < totalCount
            ? `, showing ${formatNumber(questions.length)}`
            : ''}
        </Text>
        {isRefreshing ? (
          <Loader size="xs" aria-label="Updating results" />
        ) : null}
      </Group>
      {questions.length === 0 ? (
        emptyState
      ) : (
        <Stack
          gap="sm"
          component="ul"
          aria-label={label}
          aria-busy={isRefreshing}
          style={{
            listStyle: 'none',
            padding: 0,
            margin: 0,
            opacity: isRefreshing ? 0.6 : 1,
          }}
        >
          {questions.map((question) => (
            <QuestionListItem
              key={question.id}
              question={question}
              isGuideShown={isGuideShown}
              backTo={backTo}
            />
          ))}
        </Stack>
      )}
      <LoadMoreButton
        label="Load more questions"
        errorTitle="Could not load more questions"
        {...nextPage}
      />
    </Stack>
  );
}
