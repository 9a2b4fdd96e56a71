import { AuditEventEntity } from '@api/modules/audit/audit-event.entity';
import { AuthSessionEntity } from '@api/modules/identity/auth-session.entity';
import { UserEntity } from '@api/modules/identity/user.entity';
import { InviteEntity } from '@api/modules/team/invite.entity';
import { MembershipEntity } from '@api/modules/team/membership.entity';
import { TeamEntity } from '@api/modules/team/team.entity';

export const ENTITIES = [
  AuditEventEntity,
  AuthSessionEntity,
  InviteEntity,
  MembershipEntity,
  TeamEntity,
  UserEntity,
];
