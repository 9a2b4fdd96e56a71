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

registerEnumType(DebriefDecisionKind, { name: 'DebriefDecisionKind' });
