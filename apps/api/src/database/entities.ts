import { AuditEventEntity } from '@api/modules/audit/audit-event.entity';
import { GuideEntity } from '@api/modules/guide/guide.entity';
import { QuestionRevisionEntity } from '@api/modules/guide/question-revision.entity';
import { QuestionEntity } from '@api/modules/guide/question.entity';
import { AuthSessionEntity } from '@api/modules/identity/auth-session.entity';
import { UserEntity } from '@api/modules/identity/user.entity';
import { InviteEntity } from '@api/modules/team/invite.entity';
import { MembershipEntity } from '@api/modules/team/membership.entity';
import { TeamEntity } from '@api/modules/team/team.entity';

export const ENTITIES = [
  AuditEventEntity,
  AuthSessionEntity,
  GuideEntity,
  InviteEntity,
  MembershipEntity,
  QuestionEntity,
  QuestionRevisionEntity,
  TeamEntity,
  UserEntity,
];
