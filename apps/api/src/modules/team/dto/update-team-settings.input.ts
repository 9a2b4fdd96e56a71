import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';

import { ScorecardReveal } from '@api/modules/team/scorecard-reveal';

@InputType({ description: 'Only the fields given change.' })
export class UpdateTeamSettingsInput {
  @Field(() => ScorecardReveal, { nullable: true })
  @IsOptional()
  @IsEnum(ScorecardReveal)
  scorecardReveal?: ScorecardReveal;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  scorecardDueHours?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  reminderAfterHours?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  escalateAfterHours?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(24 * 30)
  minRescheduleNoticeHours?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  maxReschedules?: number;
}
