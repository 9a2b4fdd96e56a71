import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import type {
  QuestionListItem,
  UseQuestionSearchResult,
} from '@web/modules/questions/hooks/useQuestionSearch';
import { ApiError } from '@web/modules/shared/utils/apiError';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { QuestionResults } from './QuestionResults';

const QUESTION: QuestionListItem = {
  id: 'question-1',
  prompt:
    'Explain the difference between batch normalization and layer normalization.',
  kind: 'Technical Questions',
  kindKey: 'technical',
  kindName: 'Technical',
  number: 1,
  retired: false,
  guide: { id: 'guide-1', title: 'Deep Learning Engineer' },
  highlight: [
    {
      text: 'Explain the difference between batch normalization and ',
      isMatch: false,
    },
    { text: 'layer', isMatch: true },
    { text: ' normalization. — Normalizes each ', isMatch: false },
    { text: 'layer', isMatch: true },
  ],
};

function result(
  overrides: Partial<UseQuestionSearchResult> = {},
): UseQuestionSearchResult {
  return {
    questions: [QUESTION],
    totalCount: 1,
    isTotalCountCapped: false,
    isSearch: true,
    hasNextPage: false,
    isLoading: false,
    isRefreshing: false,
    isLoadingMore: false,
    error: null,
    loadMore: vi.fn(() => Promise.resolve()),
    retry: vi.fn(),
    ...overrides,
  };
}

function renderResults(value: UseQuestionSearchResult) {
  return renderWithProviders(
    <QuestionResults
      result={value}
      label="Search results"
      emptyState={<p>No questions match</p>}
    />,
  );
}

describe(QuestionResults.name, () => {
  it('should show each hit with its kind, guide and marked passage when searching', () => {
    renderResults(result());

    expect(screen.getByTestId('result-count').textContent).toBe('1 match');
    const link = screen.getByRole('link', { name: QUESTION.prompt });
    expect(link.getAttribute('href')).toBe('/questions/question-1');
    expect(link.querySelector('mark')?.textContent).toBe('layer');
    expect(screen.getByText('Technical')).toBeTruthy();
    expect(
      screen
        .getByRole('link', { name: 'Deep Learning Engineer' })
        .getAttribute('href'),
    ).toBe('/guides/guide-1');
    expect(screen.getByTestId('search-passage').textContent).toBe(
      'Normalizes each layer',
    );
  });

  it('should say "2,000+ matches" and offer more when the count is capped', async () => {
    const loadMore = vi.fn(() => Promise.resolve());
    const user = userEvent.setup();
    renderResults(
      result({
        totalCount: 2000,
        isTotalCountCapped: true,
        hasNextPage: true,
        loadMore,
      }),
    );

    expect(screen.getByTestId('result-count').textContent).toBe(
      '2,000+ matches, showing 1',
    );
    await user.click(
      screen.getByRole('button', { name: 'Load more questions' }),
    );
    expect(loadMore).toHaveBeenCalledOnce();
  });

  it('should show the load error next to the button when loading more fails', async () => {
    const user = userEvent.setup();
    renderResults(
      result({
        totalCount: 40,
        hasNextPage: true,
        loadMore: () =>
          Promise.reject(
            new ApiError('NETWORK_ERROR', 'Could not reach the server.'),
          ),
      }),
    );

    await user.click(
      screen.getByRole('button', { name: 'Load more questions' }),
    );

    expect((await screen.findByRole('alert')).textContent).toContain(
      'Could not reach the server.',
    );
  });

  it('should show the empty state when nothing matches, and the error with a retry when the search fails', async () => {
    const retry = vi.fn();
    const user = userEvent.setup();
    const { unmount } = renderResults(result({ questions: [], totalCount: 0 }));
    expect(screen.getByText('No questions match')).toBeTruthy();
    expect(screen.getByTestId('result-count').textContent).toBe('0 matches');
    unmount();

    renderResults(
      result({
        questions: [],
        totalCount: null,
        error: new ApiError('BAD_USER_INPUT', 'search is too long'),
        retry,
      }),
    );
    expect(screen.getByRole('alert').textContent).toContain(
      'search is too long',
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledOnce();
  });
});
