import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsDate,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

import { ExactText } from '@api/core/graphql/input-validation.pipe';
import { IsTimeZone } from '@api/core/graphql/is-time-zone';
import { MaxChars } from '@api/core/graphql/max-chars';
import { PanelistInput } from '@api/modules/scheduling/dto/session.input';

@InputType({
  description: 'A link for a candidate to book one session themselves.',
})
export class CreateSchedulingRequestInput {
  @Field(() => ID, {
    description: 'The candidate who books; they need an email address.',
  })
  @IsUUID('all', { message: 'candidateId must be a UUID' })
  candidateId!: string;

  @Field(() => ID, { description: 'The kit the session runs.' })
  @IsUUID('all', { message: 'kitId must be a UUID' })
  kitId!: string;

  @Field(() => Int, {
    description: 'Length of the session in minutes, 15 to 480.',
  })
  @IsInt()
  @Min(15, { message: 'durationMinutes must be at least 15' })
  @Max(480, { message: 'durationMinutes must be at most 480' })
  durationMinutes!: number;

  @Field(() => [PanelistInput], {
    defaultValue: [],
    description:
      'People who must all attend, with their roles; at most one LEAD. Without one, the first pool member chosen leads.',
  })
  @ArrayMaxSize(8)
  @ValidateNested({ each: true })
  @Type(() => PanelistInput)
  panel!: PanelistInput[];

  @Field(() => [ID], {
    defaultValue: [],
    description:
      'A pool of interviewers; poolCount of them join each booking, fairest first.',
  })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'poolIds must be UUIDs' })
  poolIds!: string[];

  @Field(() => Int, {
    defaultValue: 0,
    description: 'How many of the pool join the fixed panel, 0 to 8.',
  })
  @IsInt()
  @Min(0)
  @Max(8)
  poolCount!: number;

  @Field(() => Date, {
    description: 'Earliest start the candidate may pick (ISO 8601 instant).',
  })
  @IsDate({ message: 'windowStart must be a date-time' })
  windowStart!: Date;

  @Field(() => Date, {
    description:
      'Latest end the candidate may pick (ISO 8601 instant), at most 60 days after windowStart.',
  })
  @IsDate({ message: 'windowEnd must be a date-time' })
  windowEnd!: Date;

  @Field(() => Int, {
    nullable: true,
    description:
      "Minutes between booking and the session's start, 0 to 43,200; the team's minimum notice when omitted and never less than it.",
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(43_200)
  minimumNoticeMinutes?: number | null;

  @Field(() => String, {
    defaultValue: '',
    description:
      'Where the session happens: a meeting link or a room, up to 500 characters.',
  })
  @IsString()
  @MaxChars(500)
  location!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "IANA time zone the email's times are written in until the candidate picks theirs; the team coordinator's when omitted.",
  })
  @IsOptional()
  @IsString()
  @MaxChars(64)
  @IsTimeZone()
  candidateTimeZone?: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the link stops offering times; windowEnd when omitted, never after it.',
  })
  @IsOptional()
  @IsDate({ message: 'expiresAt must be a date-time' })
  expiresAt?: Date | null;
}

@InputType({ description: 'Picks a time on a scheduling link.' })
export class BookSlotInput {
  @Field(() => String, {
    description: 'The secret from the link (the last part of /book/…).',
  })
  @IsString()
  @ExactText()
  @MaxChars(100)
  token!: string;

  @Field(() => Date, {
    description:
      'The start picked, one of the page’s slots (ISO 8601 instant).',
  })
  @IsDate({ message: 'startsAt must be a date-time' })
  startsAt!: Date;

  @Field(() => String, {
    description:
      'The IANA time zone the candidate reads times in; their emails use it.',
  })
  @IsString()
  @MaxChars(64)
  @IsTimeZone()
  timeZone!: string;
}

@InputType({
  description: 'Cancels the session booked through a scheduling link.',
})
export class CancelBookingInput {
  @Field(() => String, { description: 'The secret from the link.' })
  @IsString()
  @ExactText()
  @MaxChars(100)
  token!: string;

  @Field(() => String, {
    defaultValue: '',
    description: 'Why, for the team; up to 1,000 characters.',
  })
  @IsString()
  @MaxChars(1000)
  reason!: string;
}

@InputType({ description: 'Names one scheduling request of the team.' })
export class SchedulingRequestIdInput {
  @Field(() => ID, { description: 'The scheduling request’s id.' })
  @IsUUID('all', { message: 'requestId must be a UUID' })
  requestId!: string;
}
