import { createRef } from 'react';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import {
  manualNoteQueue,
  roomQuestion,
} from '@web/modules/interview-room/testing/roomFixtures';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { CurrentQuestion, type CurrentQuestionProps } from './CurrentQuestion';

function renderQuestion(overrides: Partial<CurrentQuestionProps> = {}) {
  const item = overrides.item ?? roomQuestion();
  const { queue, sent } = manualNoteQueue();
  const props: CurrentQuestionProps = {
    item,
    index: 0,
    plan: [item],
    timeZone: 'UTC',
    completedAt: null,
    noteQueue: queue,
    notesRef: createRef(),
    canRunQuestions: true,
    canWriteNotes: true,
    isAnswerShown: false,
    isBusy: false,
    onToggleAnswer: vi.fn(),
    onMarkAsked: vi.fn(),
    onSkip: vi.fn(),
    onPrevious: vi.fn(),
    onNext: vi.fn(),
    ...overrides,
  };
  renderWithProviders(<CurrentQuestion {...props} />);

  return { props, queue, sent };
}

describe(CurrentQuestion.name, () => {
  it('should render the model answer as labelled sections with nested fields', () => {
    renderQuestion({ isAnswerShown: true });

    const answer = screen.getByRole('region', { name: 'Model answer' });
    expect(within(answer).getByText('Description')).toBeTruthy();
    expect(within(answer).getByText('Idempotent writes.')).toBeTruthy();
    expect(within(answer).getByText('Store the key:')).toBeTruthy();
    expect(within(answer).getByText('With the result.')).toBeTruthy();
  });

  it('should render text from the guide as text, never as HTML', () => {
    const item = roomQuestion();
    renderQuestion({
      isAnswerShown: true,
      item: {
        ...item,
        question: {
          ...item.question,
          prompt: '<img src=x onerror=alert(1)> Design a cache',
        },
      },
    });

    expect(
      screen.getByRole('heading', { level: 2, name: /<img src=x/ }),
    ).toBeTruthy();
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });

  it('should save a ticked follow-up with the notes of the question', async () => {
    const user = userEvent.setup();
    const { sent } = renderQuestion();

    await user.click(
      screen.getByRole('checkbox', { name: /What about a third-party/ }),
    );
    await user.type(screen.getByRole('textbox', { name: 'Notes on Q1' }), 'Ok');
    await user.type(
      screen.getByRole('textbox', { name: 'Follow-up asked on the spot' }),
      'Why not a queue?{Enter}',
    );

    await waitFor(() => expect(sent.length).toBeGreaterThan(0));
    sent[0]?.answer({
      type: 'saved',
      version: 1,
      savedAt: '2026-12-01T10:00:00Z',
    });
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]?.request).toMatchObject({
      value: {
        text: 'Ok',
        followUpsAsked: [1],
        customFollowUps: ['Why not a queue?'],
      },
      expectedVersion: 1,
    });
  });

  it('should show where the save of the notes stands', async () => {
    const user = userEvent.setup();
    const { sent } = renderQuestion();
    const state = () =>
      screen.getByRole('status', { name: 'Notes on Q1: save state' });

    await user.type(screen.getByRole('textbox', { name: 'Notes on Q1' }), 'A');
    await waitFor(() => expect(state().textContent).toBe('Saving…'));
    sent[0]?.answer({ type: 'offline' });
    await waitFor(() =>
      expect(state().textContent).toBe('Offline – will retry'),
    );
  });

  it('should warn when the candidate was asked this question before', () => {
    renderQuestion({
      item: roomQuestion({ previouslyAskedAt: '2026-11-02T10:00:00Z' }),
    });

    expect(screen.getByText('Asked before')).toBeTruthy();
  });

  it('should mark the question asked from its button', async () => {
    const user = userEvent.setup();
    const { props } = renderQuestion();

    await user.click(screen.getByRole('button', { name: /Mark asked/ }));

    expect(props.onMarkAsked).toHaveBeenCalledWith(true);
  });

  it('should hint the keyboard shortcut with a mouse, and not on a touch screen', () => {
    const original = window.matchMedia;
    renderQuestion();
    expect(screen.getByRole('button', { name: /Mark asked/ }).textContent).toBe(
      'Mark askeda',
    );
    cleanup();

    window.matchMedia = (query: string) => ({
      ...original(query),
      matches: query === '(pointer: coarse)',
    });
    try {
      renderQuestion();

      expect(
        screen.getByRole('button', { name: /Mark asked/ }).textContent,
      ).toBe('Mark asked');
    } finally {
      window.matchMedia = original;
    }
  });
});
