import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, Max, Min, ValidateNested } from 'class-validator';

import { MaxChars } from '@api/graphql/max-chars';

@ObjectType('TimeWindow')
@InputType('TimeWindowInput')
export class TimeWindowModel {
  @Field(() => String, { description: 'HH:MM, local' })
  @IsString()
  @MaxChars(5)
  start!: string;

  @Field(() => String, { description: 'HH:MM, local; 24:00 for midnight' })
  @IsString()
  @MaxChars(5)
  end!: string;
}

@ObjectType('WeeklyWindow')
@InputType('WeeklyWindowInput')
export class WeeklyWindowModel extends TimeWindowModel {
  @Field(() => Int, { description: '0 = Sunday … 6 = Saturday' })
  @IsInt()
  @Min(0)
  @Max(6)
  weekday!: number;
}

@ObjectType('DateOverride')
@InputType('DateOverrideInput')
export class DateOverrideModel {
  @Field(() => String, { description: 'YYYY-MM-DD, local' })
  @IsString()
  @MaxChars(10)
  date!: string;

  @Field(() => [TimeWindowModel], { description: 'Empty: unavailable that day.' })
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => TimeWindowModel)
  windows!: TimeWindowModel[];
}

@ObjectType('TimeOff')
@InputType('TimeOffInput')
export class TimeOffModel {
  @Field(() => String, { description: 'dates (local, inclusive) or interval (exact instants)' })
  @IsIn(['dates', 'interval'])
  kind!: 'dates' | 'interval';

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD for kind "dates"' })
  @IsOptional()
  @IsString()
  @MaxChars(10)
  startDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(10)
  endDate?: string | null;

  @Field(() => Date, { nullable: true, description: 'Start instant for kind "interval"' })
  @IsOptional()
  start?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  end?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(200)
  note?: string | null;
}

@ObjectType('Availability')
export class AvailabilityModel {
  @Field(() => ID)
  userId!: string;

  @Field(() => String)
  timeZone!: string;

  @Field(() => [WeeklyWindowModel])
  weeklyWindows!: WeeklyWindowModel[];

  @Field(() => [DateOverrideModel])
  overrides!: DateOverrideModel[];

  @Field(() => [TimeOffModel])
  timeOff!: TimeOffModel[];

  @Field(() => Int, { nullable: true })
  dailyCap!: number | null;

  @Field(() => Int, { nullable: true })
  weeklyCap!: number | null;

  @Field(() => Int)
  bufferMinutes!: number;

  @Field(() => Int, { description: '0 until first saved; pass back as expectedVersion.' })
  version!: number;
}

@InputType()
export class SetAvailabilityInput {
  @Field(() => String)
  @IsString()
  @MaxChars(64)
  timeZone!: string;

  @Field(() => [WeeklyWindowModel])
  @ArrayMaxSize(70)
  @ValidateNested({ each: true })
  @Type(() => WeeklyWindowModel)
  weeklyWindows!: WeeklyWindowModel[];

  @Field(() => [DateOverrideModel], { defaultValue: [] })
  @ArrayMaxSize(400)
  @ValidateNested({ each: true })
  @Type(() => DateOverrideModel)
  overrides!: DateOverrideModel[];

  @Field(() => [TimeOffModel], { defaultValue: [] })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => TimeOffModel)
  timeOff!: TimeOffModel[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  dailyCap?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  weeklyCap?: number | null;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  bufferMinutes!: number;

  @Field(() => Int, { description: 'The version you edited (0 for the first save).' })
  @IsInt()
  @Min(0)
  expectedVersion!: number;
}
