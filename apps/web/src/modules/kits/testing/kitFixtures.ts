import type { Kit } from '@web/modules/kits/hooks/useKit';
import type { KitQuestion } from '@web/modules/kits/utils/kitDraft';

export function questionFixture(
  id: string,
  prompt: string,
  kind = 'Technical',
): KitQuestion {
  return {
    id,
    number: Number(id.replace(/\D/g, '')) || 1,
    prompt,
    kind,
    kindKey: kind.toLowerCase(),
    kindName: kind,
    retired: false,
    guide: { id: 'guide-1', title: 'Data Scientist' },
  };
}

export const QUESTION_A = questionFixture('q1', 'Explain batch normalization.');
export const QUESTION_B = questionFixture(
  'q2',
  'Describe a failed project.',
  'Behavioral',
);
export const QUESTION_C = questionFixture(
  'q3',
  'How would you size a cluster?',
);

export function kitFixture(overrides: Partial<Kit> = {}): Kit {
  return {
    id: 'kit-1',
    name: 'Data scientist loop',
    targetRole: 'Data scientist',
    rubricId: 'rubric-1',
    instructions: 'Keep to time.',
    totalMinutes: 25,
    version: 2,
    updatedAt: '2026-03-01T10:00:00.000Z',
    rubric: {
      id: 'rubric-1',
      name: 'Technical interview',
    },
    items: [
      {
        id: 'item-1',
        position: 0,
        plannedMinutes: 10,
        question: QUESTION_A,
      },
      {
        id: 'item-2',
        position: 1,
        plannedMinutes: 15,
        question: QUESTION_B,
      },
    ],
    ...overrides,
  };
}
