import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Max, Min, ValidateNested } from 'class-validator';

import { Connection } from '@api/graphql/connection';
import { MaxChars } from '@api/graphql/max-chars';
import { UserModel } from '@api/modules/identity/dto/user.model';

@ObjectType('AuditEvent')
export class AuditEventModel {
  @Field(() => ID)
  id!: string;

  @Field(() => UserModel, { nullable: true, description: 'Null for the system or a removed account.' })
  actor!: UserModel | null;

  @Field(() => String, { description: 'e.g. session.scheduled, scorecard.submitted, member.role_changed' })
  action!: string;

  @Field(() => String)
  recordType!: string;

  @Field(() => ID, { nullable: true })
  recordId!: string | null;

  @Field(() => Date)
  at!: Date;

  @Field(() => String, { description: 'The event’s details as a JSON object.' })
  details!: string;
}

export const AuditEventConnection = Connection(AuditEventModel, 'AuditEvent');

@InputType()
export class AuditEventFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'actorId must be a UUID' })
  actorId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(64)
  recordType?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'recordId must be a UUID' })
  recordId?: string | null;

  @Field(() => String, { nullable: true, description: 'An action, or a prefix ending in a dot such as "session."' })
  @IsOptional()
  @IsString()
  @MaxChars(64)
  action?: string | null;
}

@ArgsType()
export class AuditEventsArgs {
  @Field(() => AuditEventFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditEventFilterInput)
  filter?: AuditEventFilterInput | null;

  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(100)
  first!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(500)
  after?: string | null;
}

@ObjectType('AuditFacets', { description: 'What the team\u2019s trail holds, for filter menus.' })
export class AuditFacetsModel {
  @Field(() => [String])
  actions!: string[];

  @Field(() => [String])
  recordTypes!: string[];
}
