import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

import { MaxChars } from '@api/graphql/max-chars';
import { PanelRole } from '@api/modules/scheduling/session-status';

@InputType()
export class PanelistInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be a UUID' })
  userId!: string;

  @Field(() => PanelRole)
  @IsEnum(PanelRole)
  role!: PanelRole;
}

@InputType()
export class ScheduleSessionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'candidateId must be a UUID' })
  candidateId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'kitId must be a UUID' })
  kitId!: string;

  @Field(() => Date)
  @IsDate({ message: 'startsAt must be a date-time' })
  startsAt!: Date;

  @Field(() => Int)
  @IsInt()
  @Min(15, { message: 'durationMinutes must be at least 15' })
  @Max(480, { message: 'durationMinutes must be at most 480' })
  durationMinutes!: number;

  @Field(() => String)
  @IsString()
  @MaxChars(64)
  timeZone!: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxChars(500)
  location!: string;

  @Field(() => [PanelistInput])
  @ArrayMinSize(1, { message: 'a session needs at least one interviewer' })
  @ArrayMaxSize(8)
  @ValidateNested({ each: true })
  @Type(() => PanelistInput)
  panel!: PanelistInput[];
}

@InputType()
export class RescheduleSessionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'sessionId must be a UUID' })
  sessionId!: string;

  @Field(() => Date)
  @IsDate({ message: 'startsAt must be a date-time' })
  startsAt!: Date;

  @Field(() => Int, { nullable: true, description: 'Keeps the current length when omitted.' })
  @IsOptional()
  @IsInt()
  @Min(15)
  @Max(480)
  durationMinutes?: number;

  @Field(() => String)
  @IsString()
  @MinLength(1, { message: 'reason is required' })
  @MaxChars(1000)
  reason!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Coordinators only: book despite the notice or count policy.' })
  @IsBoolean()
  overridePolicy!: boolean;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@InputType()
export class CancelSessionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'sessionId must be a UUID' })
  sessionId!: string;

  @Field(() => String)
  @IsString()
  @MinLength(1, { message: 'reason is required' })
  @MaxChars(1000)
  reason!: string;
}

@InputType()
export class MarkNoShowInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'sessionId must be a UUID' })
  sessionId!: string;

  @Field(() => String, { description: 'CANDIDATE or INTERVIEWER' })
  @IsIn(['CANDIDATE', 'INTERVIEWER'], { message: 'party must be CANDIDATE or INTERVIEWER' })
  party!: 'CANDIDATE' | 'INTERVIEWER';

  @Field(() => ID, { nullable: true, description: 'Which interviewer did not show, for party INTERVIEWER.' })
  @IsOptional()
  @IsUUID('all')
  userId?: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxChars(1000)
  reason!: string;
}

@ArgsType()
export class SessionsArgs {
  @Field(() => Date)
  @IsDate()
  from!: Date;

  @Field(() => Date)
  @IsDate()
  to!: Date;

  @Field(() => ID, { nullable: true, description: 'Only sessions with this panelist.' })
  @IsOptional()
  @IsUUID('all')
  interviewerId?: string;
}

@InputType()
export class FindSlotsInput {
  @Field(() => [ID], { defaultValue: [], description: 'Interviewers who must all attend.' })
  @ArrayMaxSize(8)
  @IsUUID('all', { each: true })
  interviewerIds!: string[];

  @Field(() => [ID], { defaultValue: [], description: 'A pool to pick poolCount interviewers from, per slot.' })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  poolIds!: string[];

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(8)
  poolCount!: number;

  @Field(() => Int)
  @IsInt()
  @Min(15)
  @Max(480)
  durationMinutes!: number;

  @Field(() => Date)
  @IsDate()
  from!: Date;

  @Field(() => Date)
  @IsDate()
  to!: Date;

  @Field(() => Int, { defaultValue: 30 })
  @IsInt()
  @Min(1)
  @Max(200)
  maxResults!: number;
}
