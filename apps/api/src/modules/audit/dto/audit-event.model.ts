import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';

import { Connection } from '@api/core/graphql/connection';
import { MaxChars } from '@api/core/graphql/max-chars';
import { PageArgs } from '@api/core/graphql/page.args';
import { UserModel } from '@api/core/graphql/user.model';

@ObjectType('AuditEvent', { description: 'One entry of a team\u2019s audit trail: who did what to which record, and when. Entries are never changed.' })
export class AuditEventModel {
  @Field(() => ID, { description: 'The entry\u2019s id.' })
  id!: string;

  @Field(() => UserModel, { nullable: true, description: 'Who did it; null for the system (jobs, the CLI) or a removed account.' })
  actor!: UserModel | null;

  @Field(() => String, { description: 'What happened, as <record type>.<verb>, e.g. session.scheduled, scorecard.submitted, invite.accepted, team.settings_changed.' })
  action!: string;

  @Field(() => String, { description: 'The kind of record acted on, e.g. session, scorecard, candidate, membership, team.' })
  recordType!: string;

  @Field(() => ID, { nullable: true, description: 'The record acted on; null when the action concerns no single record.' })
  recordId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What a person calls the record ("Jordan Lee", "Interview with Jordan Lee", a kit\u2019s name); null once it is deleted.',
  })
  recordName!: string | null;

  @Field(() => Date, { description: 'When it was recorded.' })
  at!: Date;

  @Field(() => String, { description: 'The event\u2019s details as a JSON object text (keys depend on action, e.g. a reason or the changed fields).' })
  details!: string;
}

export const AuditEventConnection = Connection(AuditEventModel, 'AuditEvent');

@InputType({ description: 'Narrows the audit trail; every field given must match.' })
export class AuditEventFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only entries by this user.' })
  @IsOptional()
  @IsUUID('all', { message: 'actorId must be a UUID' })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only entries on this record type (see auditFacets), at most 64 characters.' })
  @IsOptional()
  @IsString()
  @MaxChars(64)
  recordType?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only entries on this record.' })
  @IsOptional()
  @IsUUID('all', { message: 'recordId must be a UUID' })
  recordId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'One action, or a prefix ending in a dot such as "session." for all of a record type\u2019s actions; at most 64 characters.',
  })
  @IsOptional()
  @IsString()
  @MaxChars(64)
  action?: string | null;
}

@ArgsType()
export class AuditEventsArgs extends PageArgs({ defaultPageSize: 50 }) {
  @Field(() => AuditEventFilterInput, { nullable: true, description: 'Which entries to list; null for all.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditEventFilterInput)
  filter?: AuditEventFilterInput | null;
}

@ObjectType('AuditFacets', { description: 'What the team\u2019s trail holds, for filter menus.' })
export class AuditFacetsModel {
  @Field(() => [String], { description: 'Every action recorded in the team\u2019s trail, sorted.' })
  actions!: string[];

  @Field(() => [String], { description: 'Every record type recorded in the team\u2019s trail, sorted.' })
  recordTypes!: string[];
}
