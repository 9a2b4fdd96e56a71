import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';

import type { RoomQuestion } from '@web/modules/interview-room/hooks/useInterviewRoom';

export type UseRoomQuestionSelectionResult = {
  /** The session's questions in plan order. */
  plan: RoomQuestion[];
  current: RoomQuestion | null;
  currentIndex: number;
  /** Shows a question; the address (`?q=`) keeps it across reloads. */
  select: (id: string) => void;
  /** The next (1) or previous (-1) question; nothing past either end. */
  move: (step: number) => void;
  /** "Q2" for a question of the plan, null for one that is not in it. */
  questionLabel: (sessionQuestionId: string) => string | null;
};

/**
 * Where an interview picks up: the question asked last (still being
 * discussed after a reload), else the first one still to ask.
 */
export function resumeQuestion(plan: readonly RoomQuestion[]): string | null {
  const lastAsked = plan
    .filter((item) => item.askedAt)
    .sort((a, b) => (b.askedAt ?? '').localeCompare(a.askedAt ?? ''))[0];

  return (
    lastAsked?.id ??
    plan.find((item) => !item.skippedAt)?.id ??
    plan[0]?.id ??
    null
  );
}

/** Which question of the plan the room shows, and moving between them. */
export function useRoomQuestionSelection(
  questions: readonly RoomQuestion[],
): UseRoomQuestionSelectionResult {
  const plan = useMemo(
    () => [...questions].sort((a, b) => a.position - b.position),
    [questions],
  );
  const [searchParams, setSearchParams] = useSearchParams();
  const [selectedId, setSelectedId] = useState<string | null>(
    () => searchParams.get('q') ?? resumeQuestion(plan),
  );
  const currentIndex = Math.max(
    0,
    plan.findIndex((item) => item.id === selectedId),
  );

  const select = (id: string) => {
    setSelectedId(id);
    setSearchParams({ q: id }, { replace: true });
  };

  return {
    plan,
    current: plan[currentIndex] ?? null,
    currentIndex,
    select,
    move: (step) => {
      const next = plan[currentIndex + step];
      if (next) {
        select(next.id);
      }
    },
    questionLabel: (sessionQuestionId) => {
      const index = plan.findIndex((item) => item.id === sessionQuestionId);

      return index < 0 ? null : `Q${index + 1}`;
    },
  };
}
