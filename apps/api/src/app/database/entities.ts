import { AuditEventEntity } from '@api/core/audit/audit-event.entity';
import { CandidateEntity } from '@api/modules/candidate/candidate.entity';
import { GuideEntity } from '@api/modules/guide/guide.entity';
import { AuthSessionEntity } from '@api/modules/identity/auth-session.entity';
import { InviteEntity } from '@api/modules/identity/invite.entity';
import { LoginThrottleEntity } from '@api/modules/identity/login-throttle.entity';
import { MembershipEntity } from '@api/modules/identity/membership.entity';
import { PasswordResetEntity } from '@api/modules/identity/password-reset.entity';
import { TeamEntity } from '@api/modules/identity/team.entity';
import { UserEntity } from '@api/modules/identity/user.entity';
import { SessionNoteEntity } from '@api/modules/interview/session-note.entity';
import { KitItemEntity } from '@api/modules/kit/kit-item.entity';
import { KitEntity } from '@api/modules/kit/kit.entity';
import { SessionActivityEntity } from '@api/modules/live/session-activity.entity';
import { SessionPresenceEntity } from '@api/modules/live/session-presence.entity';
import { OutgoingMessageEntity } from '@api/modules/mail/outgoing-message.entity';
import { NotificationEntity } from '@api/modules/notification/notification.entity';
import { QuestionRevisionEntity } from '@api/modules/question/question-revision.entity';
import { QuestionSearchEntity } from '@api/modules/question/question-search.entity';
import { QuestionEntity } from '@api/modules/question/question.entity';
import { DebriefDecisionEntity } from '@api/modules/review/debrief-decision.entity';
import { RubricVersionEntity } from '@api/modules/rubric/rubric-version.entity';
import { RubricEntity } from '@api/modules/rubric/rubric.entity';
import { AvailabilityEntity } from '@api/modules/scheduling/availability.entity';
import { InterviewSessionEntity } from '@api/modules/scheduling/interview-session.entity';
import { SessionEventEntity } from '@api/modules/scheduling/session-event.entity';
import { SessionPanelistEntity } from '@api/modules/scheduling/session-panelist.entity';
import { SessionQuestionEntity } from '@api/modules/scheduling/session-question.entity';
import { ScorecardAmendmentEntity } from '@api/modules/scorecard/scorecard-amendment.entity';
import { ScorecardQuestionRatingEntity, ScorecardRatingEntity } from '@api/modules/scorecard/scorecard-rating.entity';
import { ScorecardReminderEntity } from '@api/modules/scorecard/scorecard-reminder.entity';
import { ScorecardEntity } from '@api/modules/scorecard/scorecard.entity';
import { SchedulingLinkEntity, SchedulingRequestEntity } from '@api/modules/self-scheduling/scheduling-request.entity';

export const ENTITIES = [
  AuditEventEntity,
  AuthSessionEntity,
  AvailabilityEntity,
  CandidateEntity,
  GuideEntity,
  InterviewSessionEntity,
  InviteEntity,
  KitEntity,
  KitItemEntity,
  MembershipEntity,
  QuestionEntity,
  QuestionRevisionEntity,
  QuestionSearchEntity,
  RubricEntity,
  RubricVersionEntity,
  SessionEventEntity,
  SessionPanelistEntity,
  TeamEntity,
  UserEntity,
  NotificationEntity,
  OutgoingMessageEntity,
  PasswordResetEntity,
  ScorecardAmendmentEntity,
  ScorecardEntity,
  ScorecardQuestionRatingEntity,
  ScorecardRatingEntity,
  SessionNoteEntity,
  SessionQuestionEntity,
  DebriefDecisionEntity,
  ScorecardReminderEntity,
  LoginThrottleEntity,
  SchedulingLinkEntity,
  SchedulingRequestEntity,
  SessionActivityEntity,
  SessionPresenceEntity,
];
