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

registerEnumType(ScorecardStatus, { name: 'ScorecardStatus' });
registerEnumType(Recommendation, { name: 'Recommendation' });
