import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { TeamRole } from '@api/core/auth/team-role';

export enum InviteStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}

registerEnumType(InviteStatus, {
  name: 'InviteStatus',
  description: 'Where an invite stands.',
  valuesMap: {
    PENDING: { description: 'Sent and still usable until expiresAt.' },
    ACCEPTED: { description: 'Used: the invitee joined the team.' },
    REVOKED: { description: 'Withdrawn by a coordinator, or replaced by a newer invite to the same email.' },
    EXPIRED: { description: 'Not used before expiresAt (INVITE_TTL_HOURS after it was sent, default 168).' },
  },
});

@ObjectType('Invite', { description: 'An invitation to join a team with a role, sent by email.' })
export class InviteModel {
  @Field(() => ID, { description: 'The invite\u2019s id.' })
  id!: string;

  @Field(() => String, { description: 'The invitee\u2019s email, lower-cased.' })
  email!: string;

  @Field(() => TeamRole, { description: 'The role the invitee gets on accepting.' })
  role!: TeamRole;

  @Field(() => InviteStatus, { description: 'Where the invite stands.' })
  status!: InviteStatus;

  @Field(() => String, { description: 'The name of the coordinator who sent it.' })
  invitedByName!: string;

  @Field(() => Date, { description: 'When it was sent.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When the link stops working (INVITE_TTL_HOURS after sending, default 168).' })
  expiresAt!: Date;
}

@ObjectType('InviteLink', { description: 'Returned once, when the invite is created.' })
export class InviteLinkModel {
  @Field(() => InviteModel, { description: 'The invite created.' })
  invite!: InviteModel;

  @Field(() => String, {
    description: 'One-time link to send to the invitee (PUBLIC_URL/invite/<token>); it is also emailed, and only its hash is stored.',
  })
  url!: string;
}

@ObjectType('InvitePreview', { description: 'What an invite link offers, shown before accepting it.' })
export class InvitePreviewModel {
  @Field(() => String, { description: 'The team the invite joins.' })
  teamName!: string;

  @Field(() => String, { description: 'The email the invite was sent to.' })
  email!: string;

  @Field(() => TeamRole, { description: 'The role it grants.' })
  role!: TeamRole;

  @Field(() => Boolean, { description: 'True when the email already has an account: accept with its password.' })
  hasAccount!: boolean;
}
