import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { TeamRole } from '@api/modules/team/team-role';

export enum InviteStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}

registerEnumType(InviteStatus, { name: 'InviteStatus' });

@ObjectType('Invite')
export class InviteModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => TeamRole)
  role!: TeamRole;

  @Field(() => InviteStatus)
  status!: InviteStatus;

  @Field(() => String)
  invitedByName!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  expiresAt!: Date;
}

@ObjectType('InviteLink', { description: 'Returned once, when the invite is created.' })
export class InviteLinkModel {
  @Field(() => InviteModel)
  invite!: InviteModel;

  @Field(() => String, { description: 'One-time link to send to the invitee.' })
  url!: string;
}

@ObjectType('InvitePreview')
export class InvitePreviewModel {
  @Field(() => String)
  teamName!: string;

  @Field(() => String)
  email!: string;

  @Field(() => TeamRole)
  role!: TeamRole;

  @Field(() => Boolean, { description: 'True when the email already has an account: accept with its password.' })
  hasAccount!: boolean;
}
