import type { RoomQuestion } from '@web/modules/interview-room/hooks/useInterviewRoom';
import {
  AutosaveQueue,
  type SaveOutcome,
  type SaveRequest,
} from '@web/modules/autosave/utils/autosaveQueue';
import {
  EMPTY_NOTE,
  type NoteValue,
} from '@web/modules/interview-room/utils/noteValue';

export function roomQuestion(
  overrides: Partial<RoomQuestion> = {},
): RoomQuestion {
  return {
    id: 'sq-1',
    sessionId: 's-1',
    position: 0,
    plannedMinutes: 10,
    fromKit: true,
    askedAt: null,
    askedBy: null,
    skippedAt: null,
    previouslyAskedAt: null,
    question: {
      id: 'q-1',
      revisionId: 'r-1',
      prompt: 'How would you design a REST API that clients can retry safely?',
      kind: 'Technical Questions',
      kindKey: 'technical',
      kindName: 'Technical',
      number: 1,
      guide: { id: 'g-1', title: 'Backend Engineer' },
      answer: {
        summary: null,
        fields: [
          {
            label: 'Description',
            text: 'Idempotent writes.',
            items: null,
            ordered: null,
            children: null,
          },
          {
            label: 'Process',
            text: null,
            items: null,
            ordered: true,
            children: [
              {
                label: 'Store the key',
                text: 'With the result.',
                items: null,
                ordered: null,
                children: null,
              },
            ],
          },
        ],
        parts: [],
      },
      followUps: [
        {
          text: 'What if the key arrives twice?',
          response: 'Return the stored answer.',
        },
        { text: 'What about a third-party payment API?', response: null },
      ],
    },
    ...overrides,
  };
}

/** A note queue whose saves the test answers by hand. */
export function manualNoteQueue(initial: NoteValue = EMPTY_NOTE) {
  const sent: {
    request: SaveRequest<NoteValue>;
    answer: (outcome: SaveOutcome<NoteValue>) => void;
  }[] = [];
  const queue = new AutosaveQueue<NoteValue>(
    { value: initial, version: 0 },
    {
      send: (request) =>
        new Promise((answer) => {
          sent.push({ request, answer });
        }),
      createEditId: () => `edit-${sent.length + 1}`,
      schedule: (run, delayMs) => {
        const timer = setTimeout(run, delayMs);

        return () => clearTimeout(timer);
      },
      debounceMs: 0,
    },
  );

  return { queue, sent };
}
