import { registerEnumType } from '@nestjs/graphql';

export enum ScorecardStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
}

export enum Recommendation {
  STRONG_NO = 'STRONG_NO',
  NO = 'NO',
  YES = 'YES',
  STRONG_YES = 'STRONG_YES',
}

registerEnumType(ScorecardStatus, {
  name: 'ScorecardStatus',
  description: 'Whether a scorecard is still being written.',
  valuesMap: {
    DRAFT: { description: 'Saved but not submitted: only its author reads it, and it may change freely.' },
    SUBMITTED: { description: 'Submitted: final, readable per the scoring-visibility rule; later changes are amendments with a reason.' },
  },
});
registerEnumType(Recommendation, {
  name: 'Recommendation',
  description: 'An interviewer\u2019s overall hiring recommendation on a scorecard.',
  valuesMap: {
    STRONG_NO: { description: 'Strongly against hiring.' },
    NO: { description: 'Against hiring.' },
    YES: { description: 'For hiring.' },
    STRONG_YES: { description: 'Strongly for hiring.' },
  },
});
