import { registerEnumType } from '@nestjs/graphql';

export enum DebriefDecisionKind {
  ADVANCE = 'ADVANCE',
  HOLD = 'HOLD',
  REJECT = 'REJECT',
  /** Mock programs: ready for the real loop. */
  READY = 'READY',
  /** Mock programs: another round of practice first. */
  NEEDS_PRACTICE = 'NEEDS_PRACTICE',
}

registerEnumType(DebriefDecisionKind, {
  name: 'DebriefDecisionKind',
  description: 'A coordinator\u2019s debrief decision on a candidate.',
  valuesMap: {
    ADVANCE: { description: 'Move the candidate to the next stage (counts as positive in question analytics).' },
    HOLD: { description: 'No decision yet: wait for more information.' },
    REJECT: { description: 'Do not proceed with the candidate (counts as negative in question analytics).' },
    READY: { description: 'Mock programs: ready for the real loop (positive).' },
    NEEDS_PRACTICE: { description: 'Mock programs: another round of practice first (negative).' },
  },
});
