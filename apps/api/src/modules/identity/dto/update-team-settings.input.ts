import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';

import { MAX_MINIMUM_NOTICE_MINUTES } from '@panelwise/domain-scheduling';

import { IsTimeZone } from '@api/core/graphql/is-time-zone';
import { MaxChars } from '@api/core/graphql/max-chars';
import { ScorecardReveal } from '@api/modules/identity/scorecard-reveal';
import { TEAM_NAME_MAX } from '@api/modules/identity/team.entity';

@InputType({ description: 'Only the fields given change.' })
export class UpdateTeamSettingsInput {
  @Field(() => String, { nullable: true, description: `The team\u2019s new name, 1 to ${TEAM_NAME_MAX} characters after trimming.` })
  @IsOptional()
  @IsString()
  @MaxChars(TEAM_NAME_MAX)
  name?: string;

  @Field(() => String, { nullable: true, description: 'The IANA time zone the team works in, e.g. Europe/Paris.' })
  @IsOptional()
  @IsString()
  @MaxChars(64)
  @IsTimeZone()
  timeZone?: string;

  @Field(() => ScorecardReveal, { nullable: true, description: 'When panelists may read each other\u2019s scorecards.' })
  @IsOptional()
  @IsEnum(ScorecardReveal)
  scorecardReveal?: ScorecardReveal;

  @Field(() => Int, { nullable: true, description: 'Hours after a session ends before a missing scorecard is overdue, 1 to 720.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  scorecardDueHours?: number;

  @Field(() => Int, { nullable: true, description: 'Hours after a session ends before panelists are reminded of a missing scorecard, 1 to 720.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  reminderAfterHours?: number;

  @Field(() => Int, { nullable: true, description: 'Hours after a session ends before coordinators hear of a missing scorecard, 1 to 1,440.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  escalateAfterHours?: number;

  @Field(() => Int, { nullable: true, description: 'Hours before the start within which a reschedule needs an override, 0 to 720.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(24 * 30)
  minRescheduleNoticeHours?: number;

  @Field(() => Int, { nullable: true, description: 'Reschedules allowed per session without an override, 0 to 100.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  maxReschedules?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Minutes ahead of now a booking must start without an override, 0 to 43,200 (30 days).',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_MINIMUM_NOTICE_MINUTES)
  minimumBookingNoticeMinutes?: number;
}
