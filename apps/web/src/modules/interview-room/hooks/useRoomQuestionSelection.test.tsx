import type { ReactNode } from 'react';
import { act, renderHook } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';

import { roomQuestion } from '@web/modules/interview-room/testing/roomFixtures';

import {
  resumeQuestion,
  useRoomQuestionSelection,
} from './useRoomQuestionSelection';

const first = roomQuestion({ id: 'sq-1', position: 0 });
const second = roomQuestion({ id: 'sq-2', position: 1 });
const third = roomQuestion({ id: 'sq-3', position: 2 });

function renderSelection(
  questions = [third, first, second],
  route = '/sessions/s-1/room',
) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MemoryRouter initialEntries={[route]}>{children}</MemoryRouter>
  );

  return renderHook(
    () => ({
      selection: useRoomQuestionSelection(questions),
      location: useLocation(),
    }),
    { wrapper },
  );
}

describe(useRoomQuestionSelection.name, () => {
  it('should order the plan by position and show the first question when none is asked', () => {
    const { result } = renderSelection();

    expect(result.current.selection.plan.map((item) => item.id)).toEqual([
      'sq-1',
      'sq-2',
      'sq-3',
    ]);
    expect(result.current.selection.current?.id).toBe('sq-1');
    expect(result.current.selection.questionLabel('sq-3')).toBe('Q3');
    expect(result.current.selection.questionLabel('elsewhere')).toBeNull();
  });

  it('should open the question named in the address when there is one', () => {
    const { result } = renderSelection(undefined, '/room?q=sq-2');

    expect(result.current.selection.current?.id).toBe('sq-2');
    expect(result.current.selection.currentIndex).toBe(1);
  });

  it('should move within the plan and keep the question in the address when moving', () => {
    const { result } = renderSelection();

    act(() => result.current.selection.move(1));
    expect(result.current.selection.current?.id).toBe('sq-2');
    expect(result.current.location.search).toBe('?q=sq-2');
    act(() => result.current.selection.move(-1));
    act(() => result.current.selection.move(-1));

    expect(result.current.selection.current?.id).toBe('sq-1');
  });

  it('should have no current question when the plan is empty', () => {
    const { result } = renderSelection([]);

    expect(result.current.selection.current).toBeNull();
  });
});

describe(resumeQuestion.name, () => {
  it('should pick the question asked last when some were asked', () => {
    expect(
      resumeQuestion([
        { ...first, askedAt: '2026-12-01T10:05:00Z' },
        { ...second, askedAt: '2026-12-01T10:20:00Z' },
        third,
      ]),
    ).toBe('sq-2');
  });

  it('should pick the first question not skipped when none was asked', () => {
    expect(
      resumeQuestion([{ ...first, skippedAt: '2026-12-01T10:00:00Z' }, second]),
    ).toBe('sq-2');
  });
});
