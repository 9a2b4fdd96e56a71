import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, Max, Min, ValidateNested } from 'class-validator';

import { IsTimeZone } from '@api/core/graphql/is-time-zone';
import { MaxChars } from '@api/core/graphql/max-chars';

@ObjectType('TimeWindow', { description: 'A span of a day in the person\u2019s own time zone.' })
@InputType('TimeWindowInput', { description: 'A span of a day in the person\u2019s own time zone.' })
export class TimeWindowModel {
  @Field(() => String, { description: 'Start as HH:MM local time, 00:00 to 23:59.' })
  @IsString()
  @MaxChars(5)
  start!: string;

  @Field(() => String, { description: 'End as HH:MM local time, after start; 24:00 for midnight. Windows of one day must not overlap.' })
  @IsString()
  @MaxChars(5)
  end!: string;
}

@ObjectType('WeeklyWindow', { description: 'A recurring weekly window when the person can interview.' })
@InputType('WeeklyWindowInput', { description: 'A recurring weekly window when the person can interview.' })
export class WeeklyWindowModel extends TimeWindowModel {
  @Field(() => Int, { description: 'Day of the week: 0 = Sunday \u2026 6 = Saturday.' })
  @IsInt()
  @Min(0)
  @Max(6)
  weekday!: number;
}

@ObjectType('DateOverride', { description: 'One date whose windows replace the weekly ones.' })
@InputType('DateOverrideInput', { description: 'One date whose windows replace the weekly ones.' })
export class DateOverrideModel {
  @Field(() => String, { description: 'The local date as YYYY-MM-DD; at most one override per date.' })
  @IsString()
  @MaxChars(10)
  date!: string;

  @Field(() => [TimeWindowModel], { description: 'That day\u2019s windows, at most 12; empty: unavailable that day.' })
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => TimeWindowModel)
  windows!: TimeWindowModel[];
}

@ObjectType('TimeOff', { description: 'A period the person cannot interview, whatever their windows say.' })
@InputType('TimeOffInput', { description: 'A period the person cannot interview, whatever their windows say.' })
export class TimeOffModel {
  @Field(() => String, {
    description: 'Either "dates" (whole local days, startDate to endDate inclusive) or "interval" (exact instants, start to end).',
  })
  @IsIn(['dates', 'interval'])
  kind!: 'dates' | 'interval';

  @Field(() => String, { nullable: true, description: 'First day as YYYY-MM-DD, for kind "dates"; null otherwise.' })
  @IsOptional()
  @IsString()
  @MaxChars(10)
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day (inclusive) as YYYY-MM-DD, not before startDate, for kind "dates"; null otherwise.' })
  @IsOptional()
  @IsString()
  @MaxChars(10)
  endDate?: string | null;

  @Field(() => Date, { nullable: true, description: 'Start instant, for kind "interval" (required there); null otherwise.' })
  @IsOptional()
  start?: Date | null;

  @Field(() => Date, { nullable: true, description: 'End instant, after start, for kind "interval" (required there); null otherwise.' })
  @IsOptional()
  end?: Date | null;

  @Field(() => String, { nullable: true, description: 'A note such as "holiday", at most 200 characters.' })
  @IsOptional()
  @IsString()
  @MaxChars(200)
  note?: string | null;
}

@ObjectType('Availability', { description: 'When a member can interview: weekly windows in their own zone, date overrides, time off, caps and a buffer.' })
export class AvailabilityModel {
  @Field(() => ID, { description: 'The member it belongs to.' })
  userId!: string;

  @Field(() => String, { description: 'The IANA time zone the windows, dates and caps are read in.' })
  timeZone!: string;

  @Field(() => [WeeklyWindowModel], { description: 'Recurring weekly windows.' })
  weeklyWindows!: WeeklyWindowModel[];

  @Field(() => [DateOverrideModel], { description: 'Dates whose windows replace the weekly ones.' })
  overrides!: DateOverrideModel[];

  @Field(() => [TimeOffModel], { description: 'Periods off.' })
  timeOff!: TimeOffModel[];

  @Field(() => Int, { nullable: true, description: 'Most sessions on one local day; null for no cap.' })
  dailyCap!: number | null;

  @Field(() => Int, { nullable: true, description: 'Most sessions in one ISO week in their zone; null for no cap.' })
  weeklyCap!: number | null;

  @Field(() => Int, { description: 'Minutes kept free before and after each of their sessions, 0 to 240.' })
  bufferMinutes!: number;

  @Field(() => Int, { description: '0 until first saved; pass back as expectedVersion.' })
  version!: number;
}

@InputType({ description: 'The caller\u2019s whole availability, replacing the stored one.' })
export class SetAvailabilityInput {
  @Field(() => String, { description: 'IANA time zone, e.g. Europe/Paris, at most 64 characters.' })
  @IsString()
  @MaxChars(64)
  @IsTimeZone()
  timeZone!: string;

  @Field(() => [WeeklyWindowModel], { description: 'Recurring weekly windows, at most 70.' })
  @ArrayMaxSize(70)
  @ValidateNested({ each: true })
  @Type(() => WeeklyWindowModel)
  weeklyWindows!: WeeklyWindowModel[];

  @Field(() => [DateOverrideModel], { defaultValue: [], description: 'Date overrides, at most 400.' })
  @ArrayMaxSize(400)
  @ValidateNested({ each: true })
  @Type(() => DateOverrideModel)
  overrides!: DateOverrideModel[];

  @Field(() => [TimeOffModel], { defaultValue: [], description: 'Periods off, at most 200.' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => TimeOffModel)
  timeOff!: TimeOffModel[];

  @Field(() => Int, { nullable: true, description: 'Most sessions on one local day, a whole number >= 0; null for no cap.' })
  @IsOptional()
  @IsInt()
  dailyCap?: number | null;

  @Field(() => Int, { nullable: true, description: 'Most sessions in one ISO week, a whole number >= 0; null for no cap.' })
  @IsOptional()
  @IsInt()
  weeklyCap?: number | null;

  @Field(() => Int, { defaultValue: 0, description: 'Minutes kept free before and after each session, 0 to 240.' })
  @IsInt()
  bufferMinutes!: number;

  @Field(() => Int, {
    description: 'Availability.version the edit started from (0 for the first save); a newer stored one answers CONFLICT with extensions.currentVersion.',
  })
  @IsInt()
  @Min(0)
  expectedVersion!: number;
}
