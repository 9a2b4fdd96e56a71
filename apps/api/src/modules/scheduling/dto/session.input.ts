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

import { IsTimeZone } from '@api/core/graphql/is-time-zone';
import { MaxChars } from '@api/core/graphql/max-chars';
import { PanelRole } from '@api/core/session-status';

@InputType({ description: 'A member to seat on a session\u2019s panel.' })
export class PanelistInput {
  @Field(() => ID, { description: 'An active member of the team (user id).' })
  @IsUUID('all', { message: 'userId must be a UUID' })
  userId!: string;

  @Field(() => PanelRole, { description: 'Their seat.' })
  @IsEnum(PanelRole)
  role!: PanelRole;
}

@InputType({ description: 'A new session: candidate, kit, time and panel.' })
export class ScheduleSessionInput {
  @Field(() => ID, { description: 'The candidate of the team to interview.' })
  @IsUUID('all', { message: 'candidateId must be a UUID' })
  candidateId!: string;

  @Field(() => ID, { description: 'The kit to run; its questions become the session\u2019s plan.' })
  @IsUUID('all', { message: 'kitId must be a UUID' })
  kitId!: string;

  @Field(() => Date, { description: 'The start; it must pass the booking rule unless overridden (see bookingConflicts).' })
  @IsDate({ message: 'startsAt must be a date-time' })
  startsAt!: Date;

  @Field(() => Int, { description: 'Length in minutes, 15 to 480.' })
  @IsInt()
  @Min(15, { message: 'durationMinutes must be at least 15' })
  @Max(480, { message: 'durationMinutes must be at most 480' })
  durationMinutes!: number;

  @Field(() => String, { description: 'IANA zone the session is planned in, e.g. Europe/Paris, at most 64 characters.' })
  @IsString()
  @MaxChars(64)
  @IsTimeZone()
  timeZone!: string;

  @Field(() => String, { defaultValue: '', description: 'Room or meeting link, at most 500 characters.' })
  @IsString()
  @MaxChars(500)
  location!: string;

  @Field(() => [PanelistInput], { description: '1 to 8 panelists; every panelist is sent a calendar invitation.' })
  @ArrayMinSize(1, { message: 'a session needs at least one interviewer' })
  @ArrayMaxSize(8)
  @ValidateNested({ each: true })
  @Type(() => PanelistInput)
  panel!: PanelistInput[];

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Book even though the time breaks the availability rule (see bookingConflicts); needs overrideReason. Never overrides OVERLAP.',
  })
  @IsBoolean()
  overrideAvailability!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the rule is overridden; required with overrideAvailability, kept in the history and audit log.' })
  @IsOptional()
  @IsString()
  @MaxChars(1000)
  overrideReason?: string | null;
}

@InputType({ description: 'Moves a scheduled or running session to another time.' })
export class RescheduleSessionInput {
  @Field(() => ID, { description: 'The session to move.' })
  @IsUUID('all', { message: 'sessionId must be a UUID' })
  sessionId!: string;

  @Field(() => Date, { description: 'The new start; it must pass the booking rule unless overridden.' })
  @IsDate({ message: 'startsAt must be a date-time' })
  startsAt!: Date;

  @Field(() => Int, { nullable: true, description: 'New length in minutes, 15 to 480; keeps the current length when omitted.' })
  @IsOptional()
  @IsInt()
  @Min(15)
  @Max(480)
  durationMinutes?: number;

  @Field(() => String, { description: 'Why it moves, 1 to 1,000 characters; kept in the history.' })
  @IsString()
  @MinLength(1, { message: 'reason is required' })
  @MaxChars(1000)
  reason!: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Move despite the team\u2019s reschedule policy (minRescheduleNoticeHours, maxReschedules); recorded in the history. Without it a breach is BAD_USER_INPUT.',
  })
  @IsBoolean()
  overridePolicy!: boolean;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Book even though the time breaks the availability rule (see bookingConflicts); needs overrideReason. Never overrides OVERLAP.',
  })
  @IsBoolean()
  overrideAvailability!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the rule is overridden; required with overrideAvailability, kept in the history and audit log.' })
  @IsOptional()
  @IsString()
  @MaxChars(1000)
  overrideReason?: string | null;

  @Field(() => Int, {
    description: 'InterviewSession.version this move started from; a newer stored one answers CONFLICT with extensions.currentVersion.',
  })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@InputType({ description: 'Calls off a scheduled or running session.' })
export class CancelSessionInput {
  @Field(() => ID, { description: 'The session to cancel.' })
  @IsUUID('all', { message: 'sessionId must be a UUID' })
  sessionId!: string;

  @Field(() => String, { description: 'Why, 1 to 1,000 characters; kept in the history.' })
  @IsString()
  @MinLength(1, { message: 'reason is required' })
  @MaxChars(1000)
  reason!: string;
}

@InputType({ description: 'Records that a scheduled or running session did not take place because someone did not attend.' })
export class MarkNoShowInput {
  @Field(() => ID, { description: 'The session.' })
  @IsUUID('all', { message: 'sessionId must be a UUID' })
  sessionId!: string;

  @Field(() => String, { description: 'Who did not attend: CANDIDATE or INTERVIEWER.' })
  @IsIn(['CANDIDATE', 'INTERVIEWER'], { message: 'party must be CANDIDATE or INTERVIEWER' })
  party!: 'CANDIDATE' | 'INTERVIEWER';

  @Field(() => ID, { nullable: true, description: 'Which panelist did not show (user id); required for party INTERVIEWER.' })
  @IsOptional()
  @IsUUID('all')
  userId?: string;

  @Field(() => String, { defaultValue: '', description: 'An optional note, at most 1,000 characters; kept in the history.' })
  @IsString()
  @MaxChars(1000)
  reason!: string;
}

@ArgsType()
export class SessionsArgs {
  @Field(() => Date, { description: 'Sessions ending after this instant.' })
  @IsDate()
  from!: Date;

  @Field(() => Date, { description: 'Sessions starting before this instant; after from and at most 93 days later (else BAD_USER_INPUT on to).' })
  @IsDate()
  to!: Date;

  @Field(() => ID, { nullable: true, description: 'Only sessions with this panelist (coordinators; an interviewer always gets their own).' })
  @IsOptional()
  @IsUUID('all')
  interviewerId?: string;
}

@InputType({ description: 'A slot search across a panel\u2019s availability over at most 93 days.' })
export class FindSlotsInput {
  @Field(() => [ID], { defaultValue: [], description: 'Interviewers of the team who must all attend, at most 8.' })
  @ArrayMaxSize(8)
  @IsUUID('all', { each: true })
  interviewerIds!: string[];

  @Field(() => [ID], { defaultValue: [], description: 'A pool to pick poolCount interviewers from, per slot, at most 50.' })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  poolIds!: string[];

  @Field(() => Int, { defaultValue: 0, description: 'How many pool members each slot needs, 0 to 8.' })
  @IsInt()
  @Min(0)
  @Max(8)
  poolCount!: number;

  @Field(() => Int, { description: 'Session length in minutes, 15 to 480.' })
  @IsInt()
  @Min(15)
  @Max(480)
  durationMinutes!: number;

  @Field(() => Date, { description: 'Earliest slot start.' })
  @IsDate()
  from!: Date;

  @Field(() => Date, { description: 'Latest slot end; after from and at most 93 days later.' })
  @IsDate()
  to!: Date;

  @Field(() => Int, { defaultValue: 30, description: 'Most slots to answer, 1 to 200.' })
  @IsInt()
  @Min(1)
  @Max(200)
  maxResults!: number;
}
