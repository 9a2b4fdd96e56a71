import { IdentityAndTeams1764000000000 } from './1764000000000-identity-and-teams';
import { GuidesAndQuestions1764100000000 } from './1764100000000-guides-and-questions';
import { RubricsKitsCandidates1764200000000 } from './1764200000000-rubrics-kits-candidates';
import { Scheduling1764300000000 } from './1764300000000-scheduling';
import { InterviewRoomAndScorecards1764400000000 } from './1764400000000-interview-room-and-scorecards';
import { BackfillSessionPlans1764400000001 } from './1764400000001-backfill-session-plans';
import { DebriefDecisions1764500000000 } from './1764500000000-debrief-decisions';
import { ScorecardReminders1764600000000 } from './1764600000000-scorecard-reminders';
import { LoginThrottle1764700000000 } from './1764700000000-login-throttle';
import { CandidateAnonymisation1764800000000 } from './1764800000000-candidate-anonymisation';
import { SessionNoteReads1764900000000 } from './1764900000000-session-note-reads';
import { OutboxAndPasswordReset1765000000000 } from './1765000000000-outbox-and-password-reset';
import { BookingNotice1765100000000 } from './1765100000000-booking-notice';
import { RoomActivityAndPresence1765100000400 } from './1765100000400-room-activity-and-presence';
import { SchedulingRequest1765200000000 } from './1765200000000-scheduling-request';
import { TeamTimeZone1765300000000 } from './1765300000000-team-time-zone';
import { GuideImportWarnings1765300000100 } from './1765300000100-guide-import-warnings';
import { GuideLifecycle1765400000000 } from './1765400000000-guide-lifecycle';
import { QuestionRevisionOrigin1765400000100 } from './1765400000100-question-revision-origin';

/** Every migration, in order. Listed explicitly so bundles and tests agree. */
export const MIGRATIONS = [
  IdentityAndTeams1764000000000,
  GuidesAndQuestions1764100000000,
  RubricsKitsCandidates1764200000000,
  Scheduling1764300000000,
  InterviewRoomAndScorecards1764400000000,
  BackfillSessionPlans1764400000001,
  DebriefDecisions1764500000000,
  ScorecardReminders1764600000000,
  LoginThrottle1764700000000,
  CandidateAnonymisation1764800000000,
  SessionNoteReads1764900000000,
  OutboxAndPasswordReset1765000000000,
  BookingNotice1765100000000,
  RoomActivityAndPresence1765100000400,
  SchedulingRequest1765200000000,
  TeamTimeZone1765300000000,
  GuideImportWarnings1765300000100,
  GuideLifecycle1765400000000,
  QuestionRevisionOrigin1765400000100,
];
