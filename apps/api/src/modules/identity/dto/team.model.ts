import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { ScorecardReveal } from '@api/modules/identity/scorecard-reveal';

@ObjectType('Team', { description: 'A hiring team: the tenant every record belongs to, with its scoring and scheduling settings.' })
export class TeamModel {
  @Field(() => ID, { description: 'The team\u2019s id.' })
  id!: string;

  @Field(() => String, { description: 'The team\u2019s name.' })
  name!: string;

  @Field(() => ScorecardReveal, { description: 'When panelists may read each other\u2019s scorecards (default AFTER_OWN_SUBMISSION).' })
  scorecardReveal!: ScorecardReveal;

  @Field(() => Int, { description: 'Hours after a session ends before its missing scorecards are overdue (default 24).' })
  scorecardDueHours!: number;

  @Field(() => Int, { description: 'Hours after a session ends before its panelists are reminded of missing scorecards (default 2).' })
  reminderAfterHours!: number;

  @Field(() => Int, { description: 'Hours after a session ends before coordinators hear of missing scorecards (default 48).' })
  escalateAfterHours!: number;

  @Field(() => Int, { description: 'Hours before the start within which a reschedule needs a coordinator\u2019s override (default 24).' })
  minRescheduleNoticeHours!: number;

  @Field(() => Int, { description: 'Times a session may be rescheduled before further moves need a coordinator\u2019s override (default 2).' })
  maxReschedules!: number;

  @Field(() => Int, {
    description: 'Minutes from now before which a session cannot be booked without a coordinator\u2019s override (default 60).',
  })
  minimumBookingNoticeMinutes!: number;

  @Field(() => String, {
    description: 'IANA time zone the team works in: exports write their times in it (beside UTC). Its first coordinator\u2019s until changed.',
  })
  timeZone!: string;
}
