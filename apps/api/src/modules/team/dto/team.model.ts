import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { ScorecardReveal } from '@api/modules/team/scorecard-reveal';

@ObjectType('Team')
export class TeamModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ScorecardReveal)
  scorecardReveal!: ScorecardReveal;

  @Field(() => Int, { description: 'Hours after a session ends before its missing scorecards are overdue.' })
  scorecardDueHours!: number;

  @Field(() => Int, { description: 'Hours after a session ends before its panelists are reminded of missing scorecards.' })
  reminderAfterHours!: number;

  @Field(() => Int, { description: 'Hours after a session ends before coordinators hear of missing scorecards.' })
  escalateAfterHours!: number;

  @Field(() => Int, { description: 'Reschedules closer to the start need a coordinator’s override.' })
  minRescheduleNoticeHours!: number;

  @Field(() => Int)
  maxReschedules!: number;
}
