import { registerEnumType } from '@nestjs/graphql';

/** When panelists may read each other's scorecards (Rule 2 is the floor for both). */
export enum ScorecardReveal {
  /** Each panelist sees the others' submitted scorecards once their own is submitted. */
  AFTER_OWN_SUBMISSION = 'AFTER_OWN_SUBMISSION',
  /** Nobody on the panel sees any until every lead and co-interviewer has submitted, or the reveal deadline passes. */
  SIMULTANEOUS = 'SIMULTANEOUS',
}

registerEnumType(ScorecardReveal, {
  name: 'ScorecardReveal',
  description: 'When panelists may read each other\u2019s scorecards; nobody reads one before submitting their own.',
  valuesMap: {
    AFTER_OWN_SUBMISSION: { description: 'Each panelist sees the others\u2019 submitted scorecards once their own is submitted.' },
    SIMULTANEOUS: {
      description: 'Nobody on the panel sees any until every lead and co-interviewer has submitted, or the session\u2019s reveal deadline passes.',
    },
  },
});
