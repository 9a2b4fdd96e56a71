/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  | T
  | {
      [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never;
    };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Accepts an invite, creating an account for a new email or joining with an existing one. */
export type AcceptInviteInput = {
  /** The new account’s name, 1 to 120 characters; required when creating an account, ignored otherwise. */
  name?: string | null | undefined;
  /** A new account's password (12 to 128 characters, not the email, not a common password), or the existing account's (a wrong one is UNAUTHENTICATED). Taken exactly as sent. */
  password: string;
  /** IANA time zone of a new account, e.g. Europe/Paris, at most 64 characters; an unknown zone is BAD_USER_INPUT. */
  timeZone?: string | null | undefined;
  /** The secret from the invite link (the last path segment of /invite/<token>), 20 to 200 characters. */
  token: string;
};

/** One bank question appended to the end of a kit. */
export type AddQuestionToKitInput = {
  /** The team’s kit (NOT_FOUND otherwise); it holds at most 60 questions. */
  kitId: string | number;
  /** Minutes planned for it, 1 to 240. */
  plannedMinutes?: number;
  /** A bank question of the team, not retired and not in the kit yet (else BAD_USER_INPUT). */
  questionId: string | number;
};

/** Adds a bank question at the end of a scheduled or running session’s plan. */
export type AddQuestionToSessionInput = {
  /** Minutes planned for it, 1 to 240. */
  plannedMinutes?: number;
  /** A bank question of the team (its current revision is added); retired: BAD_USER_INPUT, already in the plan: CONFLICT. */
  questionId: string | number;
  /** The session to add to. */
  sessionId: string | number;
};

/** Changes a submitted scorecard; the reason and the previous content are kept. */
export type AmendScorecardInput = {
  /** 0 for a scorecard not saved yet; otherwise the Scorecard.version this edit started from. A stale one is CONFLICT with extensions.currentVersion. */
  expectedVersion: number;
  /** Optional per-question ratings, at most 200. */
  questionRatings?: Array<QuestionRatingInput>;
  /** Competency ratings, at most 100. On submission every competency is rated or marked not assessed. */
  ratings: Array<CompetencyRatingInput>;
  /** Why it changes, 3 to 2,000 characters; kept with the previous content. */
  reason: string;
  /** The overall recommendation; null in a draft, required on submission. */
  recommendation?: Recommendation | null | undefined;
  /** The caller’s own submitted scorecard. */
  scorecardId: string | number;
  /** The written summary, at most 10,000 characters. */
  summary?: string;
};

/** Which sessions the calibration figures cover: a start-time range of at most 731 days, optionally one kit or one interviewer. */
export type AnalyticsFilterInput = {
  /** Sessions starting at or after this instant. */
  from: string;
  /** Only this interviewer’s rows in interviewers and submissionTimes; agreement, question usage and the team median still cover the whole panel. */
  interviewerId?: string | number | null | undefined;
  /** Only sessions run from this interview kit; null for every kit. */
  kitId?: string | number | null | undefined;
  /** Sessions starting before this instant; must be after from and at most 731 days later (else BAD_USER_INPUT on to). */
  to: string;
};

/** What a rating at one level of the scale looks like for a competency. */
export type AnchorInput = {
  /** A level of the rubric’s scale, at most one anchor per level (else BAD_USER_INPUT). */
  level: number;
  /** The behaviour that earns this level, 1 to 1,000 characters. */
  text: string;
};

/** One labelled field of a model answer: a text, or a list of items (send one of them). Nested sub-fields cannot be written here; keepCurrent keeps them. */
export type AnswerFieldInput = {
  /** The field as a list: at most 50 items of at most 2,000 characters each; blank items are dropped. */
  items?: Array<string> | null | undefined;
  /** Edits only: true keeps the current revision’s field with this label exactly as it is (text, items and nested sub-fields); BAD_USER_INPUT when it has none. */
  keepCurrent?: boolean;
  /** The label, e.g. Description, Approach, Pitfalls; at most 200 characters; empty for none. */
  label?: string;
  /** True when the list is numbered. */
  ordered?: boolean;
  /** The field’s text (inline Markdown; blocks separated by a blank line), at most 10,000 characters. */
  text?: string | null | undefined;
};

/** Narrows the audit trail; every field given must match. */
export type AuditEventFilterInput = {
  /** One action, or a prefix ending in a dot such as "session." for all of a record type’s actions; at most 64 characters. */
  action?: string | null | undefined;
  /** Only entries by this user. */
  actorId?: string | number | null | undefined;
  /** Only entries on this record. */
  recordId?: string | number | null | undefined;
  /** Only entries on this record type (see auditFacets), at most 64 characters. */
  recordType?: string | null | undefined;
};

/** Picks a time on a scheduling link. */
export type BookSlotInput = {
  /** The start picked, one of the page’s slots (ISO 8601 instant). */
  startsAt: string;
  /** The IANA time zone the candidate reads times in; their emails use it. */
  timeZone: string;
  /** The secret from the link (the last part of /book/…). */
  token: string;
};

/** A time to check before booking it: a new panel, or an existing session to move. */
export type BookingConflictsInput = {
  /** Length in minutes, 15 to 480; required for a new panel, a session keeps its length when omitted. */
  durationMinutes?: number | null | undefined;
  /** A session being rescheduled: its own time does not count against it. */
  sessionId?: string | number | null | undefined;
  /** The start to check. */
  startsAt: string;
  /** The panel’s user ids, at most 8; for a session to move, leave empty to use its panel. */
  userIds?: Array<string | number>;
};

/** What a scheduling link shows. */
export type BookingPageStatus =
  /** A time is booked; booking says when, with reschedule and cancel where the policy allows. */
  | 'BOOKED'
  /** The booked session was cancelled. */
  | 'CANCELLED'
  /** Pick a time from slots. */
  | 'OPEN'
  /** The booked session has taken place or is under way. */
  | 'PAST';

/** A rule of checkBookable that a booking breaks. A coordinator may book anyway with overrideAvailability and a reason, except OVERLAP: a person holds one active session at a time. */
export type BookingRule =
  /** Within the panelist’s buffer minutes before or after another of their sessions. */
  | 'BUFFER'
  /** Over the panelist’s daily cap of sessions (their local day). */
  | 'DAILY_CAP'
  /** The time has already begun. */
  | 'IN_THE_PAST'
  /** Sooner than the team’s minimumBookingNoticeMinutes from now. */
  | 'MINIMUM_NOTICE'
  /** Outside the panelist’s weekly windows (in their zone) or that date’s override. */
  | 'OUTSIDE_AVAILABILITY'
  /** The panelist already holds an active session at that time, in any team. Never overridable. */
  | 'OVERLAP'
  /** During the panelist’s time off. */
  | 'TIME_OFF'
  /** Over the panelist’s weekly cap of sessions (ISO week in their zone). */
  | 'WEEKLY_CAP';

/** Cancels the session booked through a scheduling link. */
export type CancelBookingInput = {
  /** Why, for the team; up to 1,000 characters. */
  reason?: string;
  /** The secret from the link. */
  token: string;
};

/** Calls off a scheduled or running session. */
export type CancelSessionInput = {
  /** Why, 1 to 1,000 characters; kept in the history. */
  reason: string;
  /** The session to cancel. */
  sessionId: string | number;
};

/** A member of the current team and their new role. */
export type ChangeMemberRoleInput = {
  /** The membership (Membership.id, not the user’s id). */
  membershipId: string | number;
  /** The role they hold from now on. */
  role: TeamRole;
};

/** The signed-in user’s current password and the new one. */
export type ChangePasswordInput = {
  /** The current password, 1 to 200 characters, exactly as set. A wrong one is BAD_USER_INPUT (reason WRONG_PASSWORD) and counts towards the sign-in throttle. */
  currentPassword: string;
  /** Must satisfy the password policy: 12 to 128 characters, not the email, not a common password, not the current one (else BAD_USER_INPUT with reason TOO_SHORT, TOO_LONG, SAME_AS_EMAIL, TOO_COMMON or SAME_AS_CURRENT). Taken exactly as sent. */
  newPassword: string;
};

/** One competency a rubric rates. */
export type CompetencyInput = {
  /** Behavioural anchors, at most 10, one per scale level at most. */
  anchors?: Array<AnchorInput>;
  /** What it assesses, at most 2,000 characters. */
  description?: string;
  /** Keep the id of an existing competency of this rubric (so its ratings stay comparable across versions); omit for a new one. */
  id?: string | number | null | undefined;
  /** Its name, 1 to 120 characters (trimmed), unique within the rubric (case-insensitive). */
  name: string;
};

/** The rating of one competency of the scorecard’s rubric version. */
export type CompetencyRatingInput = {
  /** A competency of the scorecard’s rubric version (Scorecard.competencies), rated at most once. */
  competencyId: string | number;
  /** What the candidate said or did, at most 5,000 characters; required on submission for the scale’s lowest and highest levels. */
  evidence?: string;
  /** A level of the rubric’s scale; null while unrated or when not assessed. */
  level?: number | null | undefined;
  /** True when the session gave no evidence on it; then level must be null. */
  notAssessed?: boolean;
};

/** The first team and its coordinator, on an instance with no account yet. */
export type CompleteSetupInput = {
  /** The coordinator’s sign-in email, at most 254 characters. */
  email: string;
  /** The coordinator’s name, as teammates will see it, 1 to 120 characters (trimmed). */
  name: string;
  /** The coordinator’s password: 12 to 128 characters, not the email, not a common password (else BAD_USER_INPUT naming the rule in reason). Taken exactly as sent. */
  password: string;
  /** The setup token printed in the server log at start (or SETUP_TOKEN), 1 to 200 characters; a wrong one is FORBIDDEN. */
  setupToken: string;
  /** The first team’s name, 1 to 120 characters (trimmed). */
  teamName: string;
  /** The coordinator’s IANA time zone, e.g. Europe/Paris, at most 64 characters; an unknown zone is BAD_USER_INPUT. */
  timeZone: string;
};

/** A new candidate record of the current team. */
export type CreateCandidateInput = {
  /** Contact email, at most 254 characters; stored trimmed and lower-cased. Candidates sharing an email can be merged. */
  email?: string | null | undefined;
  /** Full name, 1 to 200 characters (trimmed). */
  name: string;
  /** Coordinators’ free-text notes, at most 20,000 characters. */
  notes?: string;
  /** The role they are interviewing or practising for, at most 200 characters. */
  targetRole?: string | null | undefined;
};

/** A new interview kit: a reusable plan of questions scored with one rubric. */
export type CreateKitInput = {
  /** Instructions shown to interviewers in the room, at most 10,000 characters. */
  instructions?: string;
  /** Questions in interview order, at most 60. */
  items: Array<KitItemInput>;
  /** The kit’s name, 1 to 200 characters (trimmed). */
  name: string;
  /** The team’s rubric that sessions from this kit are scored with (NOT_FOUND otherwise). */
  rubricId: string | number;
  /** The role it interviews for, 1 to 200 characters (trimmed). */
  targetRole: string;
};

/** A new question written in the app, added at the end of its kind in the guide as revision 1. */
export type CreateQuestionInput = {
  /** The model answer. */
  answer: ModelAnswerInput;
  /** Material shown with the prompt (Markdown), at most 10,000 characters; null or blank for none. */
  context?: string | null | undefined;
  /** Follow-up points in order, at most 30, each 1 to 2,000 characters (trimmed). */
  followUps: Array<string>;
  /** The team’s guide to add it to (NOT_FOUND otherwise). */
  guideId: string | number;
  /** The kind heading, e.g. "Technical Questions" or one of the guide’s own (Question.kind), 1 to 120 characters (trimmed); it decides Question.kindKey. */
  kind: string;
  /** The question text (inline Markdown), 1 to 2,000 characters (trimmed). */
  prompt: string;
};

/** A new rubric: a rating scale and the competencies rated on it. */
export type CreateRubricInput = {
  /** 1 to 30 competencies, in the order scorecards show them. */
  competencies: Array<CompetencyInput>;
  /** A question kindKey (e.g. technical) this rubric is the default for, at most 120 characters; null for none. */
  defaultForKind?: string | null | undefined;
  /** What the rubric is for, at most 2,000 characters. */
  description?: string;
  /** The rubric’s name, 1 to 200 characters (trimmed), unique in the team (else CONFLICT). */
  name: string;
  /** 2 to 10 levels with distinct values (stored in ascending order). Defaults to 1–4: strong no, no, yes, strong yes. */
  scale?: Array<ScaleLevelInput> | null | undefined;
};

/** A link for a candidate to book one session themselves. */
export type CreateSchedulingRequestInput = {
  /** The candidate who books; they need an email address. */
  candidateId: string | number;
  /** IANA time zone the email's times are written in until the candidate picks theirs; the team coordinator's when omitted. */
  candidateTimeZone?: string | null | undefined;
  /** Length of the session in minutes, 15 to 480. */
  durationMinutes: number;
  /** When the link stops offering times; windowEnd when omitted, never after it. */
  expiresAt?: string | null | undefined;
  /** The kit the session runs. */
  kitId: string | number;
  /** Where the session happens: a meeting link or a room, up to 500 characters. */
  location?: string;
  /** Minutes between booking and the session's start, 0 to 43,200; the team's minimum notice when omitted and never less than it. */
  minimumNoticeMinutes?: number | null | undefined;
  /** People who must all attend, with their roles; at most one LEAD. Without one, the first pool member chosen leads. */
  panel?: Array<PanelistInput>;
  /** How many of the pool join the fixed panel, 0 to 8. */
  poolCount?: number;
  /** A pool of interviewers; poolCount of them join each booking, fairest first. */
  poolIds?: Array<string | number>;
  /** Latest end the candidate may pick (ISO 8601 instant), at most 60 days after windowStart. */
  windowEnd: string;
  /** Earliest start the candidate may pick (ISO 8601 instant). */
  windowStart: string;
};

/** Another team, with the caller as its coordinator. */
export type CreateTeamInput = {
  /** The team’s name, 1 to 120 characters (trimmed). */
  name: string;
};

/** One date whose windows replace the weekly ones. */
export type DateOverrideInput = {
  /** The local date as YYYY-MM-DD; at most one override per date. */
  date: string;
  /** That day’s windows, at most 12; empty: unavailable that day. */
  windows: Array<TimeWindowInput>;
};

/** A member of the current team to deactivate. */
export type DeactivateMemberInput = {
  /** The membership (Membership.id, not the user’s id). */
  membershipId: string | number;
};

/** A coordinator’s debrief decision on a candidate. */
export type DebriefDecisionKind =
  /** Move the candidate to the next stage (counts as positive in question analytics). */
  | 'ADVANCE'
  /** No decision yet: wait for more information. */
  | 'HOLD'
  /** Mock programs: another round of practice first (negative). */
  | 'NEEDS_PRACTICE'
  /** Mock programs: ready for the real loop (positive). */
  | 'READY'
  /** Do not proceed with the candidate (counts as negative in question analytics). */
  | 'REJECT';

/** A privacy request: removes the candidate’s personal data and notes; anonymous ratings stay. */
export type DeleteCandidateInput = {
  /** The candidate to delete. */
  candidateId: string | number;
  /** Why (e.g. the candidate’s request), 3 to 1,000 characters; kept in the audit log. */
  reason: string;
};

/** The guide to delete for good; questions sessions used are kept, retired. */
export type DeleteGuideInput = {
  /** The guide to delete. */
  guideId: string | number;
};

/** A slot search across a panel’s availability over at most 93 days. */
export type FindSlotsInput = {
  /** Session length in minutes, 15 to 480. */
  durationMinutes: number;
  /** Earliest slot start. */
  from: string;
  /** Interviewers of the team who must all attend, at most 8. */
  interviewerIds?: Array<string | number>;
  /** Most slots to answer, 1 to 200. */
  maxResults?: number;
  /** How many pool members each slot needs, 0 to 8. */
  poolCount?: number;
  /** A pool to pick poolCount interviewers from, per slot, at most 50. */
  poolIds?: Array<string | number>;
  /** Latest slot end; after from and at most 93 days later. */
  to: string;
};

/** One Markdown guide file to import. */
export type GuideFileInput = {
  /** The file’s name, at most 300 characters; its stem is the slug when the frontmatter gives none, and reports name it. */
  fileName: string;
  /** The Markdown text of the guide (UTF-8), at most 2 MiB; a larger or binary file fails on its own (TOO_LARGE, NOT_MARKDOWN) without stopping the others. */
  text: string;
};

/** What importing one guide file did (or, in a dry run, would do). */
export type GuideImportStatus =
  /** A new guide: its slug was not in the team yet. */
  | 'CREATED'
  /** The file could not be imported; error says why and nothing of it was stored. */
  | 'FAILED'
  /** The same content as stored (same contentHash): nothing was written. */
  | 'UNCHANGED'
  /** An existing guide with changed content (new revisions for changed questions, removed ones retired), or a retired guide the import restored (a warning says so). */
  | 'UPDATED';

/** Which guides a list holds: active ones, retired ones, or both. Deleted guides are never listed. */
export type GuideStatusFilter =
  /** Guides in use: their questions are in the bank. */
  | 'ACTIVE'
  /** Active and retired guides (coordinators only; an interviewer gets FORBIDDEN). */
  | 'ALL'
  /** Retired guides (coordinators only; an interviewer gets FORBIDDEN). */
  | 'RETIRED';

/** Guides to import into the current team’s question bank. */
export type ImportGuidesInput = {
  /** Report what would change without storing anything. */
  dryRun?: boolean;
  /** 1 to 50 files; each is imported in its own transaction. */
  files: Array<GuideFileInput>;
};

/** Someone to invite into the current team. */
export type InviteMemberInput = {
  /** The invitee’s email, at most 254 characters (lower-cased); an active member’s is CONFLICT. A new invite replaces a pending one for the same email. */
  email: string;
  /** The role they get on accepting. */
  role: TeamRole;
};

/** Where an invite stands. */
export type InviteStatus =
  /** Used: the invitee joined the team. */
  | 'ACCEPTED'
  /** Not used before expiresAt (INVITE_TTL_HOURS after it was sent, default 168). */
  | 'EXPIRED'
  /** Sent and still usable until expiresAt. */
  | 'PENDING'
  /** Withdrawn by a coordinator, or replaced by a newer invite to the same email. */
  | 'REVOKED';

/** One question of a kit with its planned time. */
export type KitItemInput = {
  /** Minutes planned for it, 1 to 240. */
  plannedMinutes: number;
  /** A bank question of the team, not retired, at most once per kit (else BAD_USER_INPUT). */
  questionId: string | number;
};

/** Records that a scheduled or running session did not take place because someone did not attend. */
export type MarkNoShowInput = {
  /** Who did not attend: CANDIDATE or INTERVIEWER. */
  party: string;
  /** An optional note, at most 1,000 characters; kept in the history. */
  reason?: string;
  /** The session. */
  sessionId: string | number;
  /** Which panelist did not show (user id); required for party INTERVIEWER. */
  userId?: string | number | null | undefined;
};

/** Which of the caller’s notifications to mark read. */
export type MarkNotificationReadInput = {
  /** One of the caller’s notifications in the current team (NOT_FOUND otherwise); omit to mark every one read. */
  notificationId?: string | number | null | undefined;
};

/** Marks a question of a running session as asked, or takes the mark back. */
export type MarkQuestionAskedInput = {
  /** False takes the mark back. */
  asked?: boolean;
  /** The question in the session’s plan (SessionQuestion.id, not the bank question’s). */
  sessionQuestionId: string | number;
};

/** Folds duplicate candidates (same email, case-insensitive) into one. */
export type MergeCandidatesInput = {
  /** 1 to 20 duplicates with the target’s email: their sessions, scorecards and decisions move to the target, then they are deleted. The target itself is BAD_USER_INPUT. */
  sourceIds: Array<string | number>;
  /** The record that stays; its details are kept and the duplicates’ notes are appended. */
  targetId: string | number;
};

/** A model answer as the question form writes it: an optional summary and labelled fields. */
export type ModelAnswerInput = {
  /** Labelled fields in order, at most 30. */
  fields: Array<AnswerFieldInput>;
  /** Text before the fields (inline Markdown), at most 10,000 characters; null or blank for none. */
  summary?: string | null | undefined;
};

/** A panelist who still owes a scorecard for a session. */
export type NudgeInterviewerInput = {
  /** The lead or co-interviewer (user id) whose scorecard is not submitted; anyone else is NOT_FOUND. */
  interviewerId: string | number;
  /** The session of the team the scorecard is for. */
  sessionId: string | number;
};

/** Where an email stands in the outbox. */
export type OutgoingMessageStatus =
  /** Every attempt failed (MAIL_RETRY_LIMIT); a coordinator can retry it. */
  | 'FAILED'
  /** No SMTP server is configured: kept in the outbox (and written to the server log) instead of sent. */
  | 'HELD'
  /** Waiting for its first or another delivery attempt (retries back off exponentially from MAIL_RETRY_DELAY_SECONDS). */
  | 'QUEUED'
  /** A worker holds it and is talking to the SMTP server; taken up again after MAIL_SEND_TIMEOUT_SECONDS if the worker died. */
  | 'SENDING'
  /** The SMTP server accepted it. */
  | 'SENT';

/** A panelist’s seat in a session. */
export type PanelRole =
  /** Interviews alongside the lead and owes a scorecard. */
  | 'CO_INTERVIEWER'
  /** Runs the session and owes a scorecard. */
  | 'LEAD'
  /** Observes and takes notes; may write a scorecard but owes none, and does not run the questions. */
  | 'SHADOW';

/** A member to seat on a session’s panel. */
export type PanelistInput = {
  /** Their seat. */
  role: PanelRole;
  /** An active member of the team (user id). */
  userId: string | number;
};

/** Why a single-use password link was issued. */
export type PasswordResetPurpose =
  /** "Forgot password?" on the sign-in page: an emailed link, valid PASSWORD_RESET_TTL_MINUTES (default 60). */
  | 'RESET'
  /** A one-time sign-in link printed by the admin CLI (a first account or a way back in), valid 24 hours. */
  | 'SIGN_IN_LINK';

/** An optional rating of one question of the session’s plan. */
export type QuestionRatingInput = {
  /** A level of the rubric’s scale. */
  level: number;
  /** The question in the session’s plan (SessionQuestion.id), rated at most once. */
  sessionQuestionId: string | number;
};

/** Where a question revision’s content came from. */
export type QuestionRevisionOrigin =
  /** Written in the app by a coordinator (no source lines); a later import of a changed guide file replaces it. */
  | 'EDIT'
  /** Imported from a guide file (it has source lines). */
  | 'IMPORT';

/** An interviewer’s overall hiring recommendation on a scorecard. */
export type Recommendation =
  /** Against hiring. */
  | 'NO'
  /** Strongly against hiring. */
  | 'STRONG_NO'
  /** Strongly for hiring. */
  | 'STRONG_YES'
  /** For hiring. */
  | 'YES';

/** A debrief decision on a candidate, with its rationale. */
export type RecordDecisionInput = {
  /** The candidate decided on. */
  candidateId: string | number;
  /** The decision. */
  decision: DebriefDecisionKind;
  /** Why, 3 to 10,000 characters (trimmed); kept in the decision history. */
  rationale: string;
};

/** Asks for a "Forgot password?" link by email. */
export type RequestPasswordResetInput = {
  /** The account’s email, at most 254 characters. The answer is the same whether or not it has an account. */
  email: string;
};

/** Moves a scheduled or running session to another time. */
export type RescheduleSessionInput = {
  /** New length in minutes, 15 to 480; keeps the current length when omitted. */
  durationMinutes?: number | null | undefined;
  /** InterviewSession.version this move started from; a newer stored one answers CONFLICT with extensions.currentVersion. */
  expectedVersion: number;
  /** Book even though the time breaks the availability rule (see bookingConflicts); needs overrideReason. Never overrides OVERLAP. */
  overrideAvailability?: boolean;
  /** Move despite the team’s reschedule policy (minRescheduleNoticeHours, maxReschedules); recorded in the history. Without it a breach is BAD_USER_INPUT. */
  overridePolicy?: boolean;
  /** Why the rule is overridden; required with overrideAvailability, kept in the history and audit log. */
  overrideReason?: string | null | undefined;
  /** Why it moves, 1 to 1,000 characters; kept in the history. */
  reason: string;
  /** The session to move. */
  sessionId: string | number;
  /** The new start; it must pass the booking rule unless overridden. */
  startsAt: string;
};

/** Sets a new password with the secret of a reset or sign-in link. */
export type ResetPasswordInput = {
  /** Must satisfy the password policy: 12 to 128 characters, not the email, not a common password (else BAD_USER_INPUT with reason TOO_SHORT, TOO_LONG, SAME_AS_EMAIL or TOO_COMMON). Taken exactly as sent, never trimmed. */
  newPassword: string;
  /** The secret from the emailed (or CLI-printed) link, 20 to 200 characters. Unknown: NOT_FOUND; used or expired: BAD_USER_INPUT (reason USED or EXPIRED). */
  token: string;
};

/** The retired guide to bring back, with the questions retiring it retired. */
export type RestoreGuideInput = {
  /** The retired guide to restore. */
  guideId: string | number;
};

/** The guide to retire: it and its active questions leave the bank until restored. */
export type RetireGuideInput = {
  /** The guide to retire. */
  guideId: string | number;
};

/** Names an outbox message to send again. */
export type RetryOutgoingMessageInput = {
  /** A FAILED or HELD message of the team; any other status is CONFLICT. */
  messageId: string | number;
};

/** A pending invite of the current team to withdraw. */
export type RevokeInviteInput = {
  /** The invite; one no longer pending is CONFLICT. */
  inviteId: string | number;
};

/** Saves your draft scorecard for a session (autosave). */
export type SaveScorecardInput = {
  /** 0 for a scorecard not saved yet; otherwise the Scorecard.version this edit started from. A stale one is CONFLICT with extensions.currentVersion. */
  expectedVersion: number;
  /** Optional per-question ratings, at most 200. */
  questionRatings?: Array<QuestionRatingInput>;
  /** Competency ratings, at most 100. On submission every competency is rated or marked not assessed. */
  ratings: Array<CompetencyRatingInput>;
  /** The overall recommendation; null in a draft, required on submission. */
  recommendation?: Recommendation | null | undefined;
  /** The session scored; the caller must be on its panel, and it must have started. */
  sessionId: string | number;
  /** The written summary, at most 10,000 characters. */
  summary?: string;
};

/** An autosave of one note: the whole note, with the version it was edited from. */
export type SaveSessionNoteInput = {
  /** Follow-ups written on the spot: at most 50, each at most 500 characters (trimmed, blank ones dropped). Only on a question’s note. */
  customFollowUps?: Array<string>;
  /** A fresh id after each acknowledged save; retries of an unacknowledged save (even with newer text) reuse it, so a save whose answer was lost is not taken for a conflict. */
  editId: string | number;
  /** 0 for a note not saved yet; otherwise the version this edit started from. A stale one is CONFLICT carrying the stored note. */
  expectedVersion: number;
  /** 0-based indexes into the question’s followUps that were asked (at most 100; duplicates dropped); an index past the list is BAD_USER_INPUT. Only on a question’s note. */
  followUpsAsked?: Array<number>;
  /** The session the note belongs to. */
  sessionId: string | number;
  /** The question in the session’s plan (SessionQuestion.id) the note is about; omit for the overall note. */
  sessionQuestionId?: string | number | null | undefined;
  /** The whole note text, at most 20,000 characters; stored as given. */
  text: string;
};

/** One step of a rubric’s rating scale. */
export type ScaleLevelInput = {
  /** What the level means, e.g. "Strong yes", 1 to 60 characters. */
  label: string;
  /** The rating value, 1 to 10; unique within the scale. */
  level: number;
};

/** A new session: candidate, kit, time and panel. */
export type ScheduleSessionInput = {
  /** The candidate of the team to interview. */
  candidateId: string | number;
  /** Length in minutes, 15 to 480. */
  durationMinutes: number;
  /** The kit to run; its questions become the session’s plan. */
  kitId: string | number;
  /** Room or meeting link, at most 500 characters. */
  location?: string;
  /** Book even though the time breaks the availability rule (see bookingConflicts); needs overrideReason. Never overrides OVERLAP. */
  overrideAvailability?: boolean;
  /** Why the rule is overridden; required with overrideAvailability, kept in the history and audit log. */
  overrideReason?: string | null | undefined;
  /** 1 to 8 panelists; every panelist is sent a calendar invitation. */
  panel: Array<PanelistInput>;
  /** The start; it must pass the booking rule unless overridden (see bookingConflicts). */
  startsAt: string;
  /** IANA zone the session is planned in, e.g. Europe/Paris, at most 64 characters. */
  timeZone: string;
};

/** Names one scheduling request of the team. */
export type SchedulingRequestIdInput = {
  /** The scheduling request’s id. */
  requestId: string | number;
};

/** Where a candidate scheduling link stands. */
export type SchedulingRequestStatus =
  /** The candidate booked a session; the link now shows it, with reschedule and cancel. */
  | 'BOOKED'
  /** The booked session was cancelled (by the candidate or the team). */
  | 'CANCELLED'
  /** The link passed its expiry without a booking. */
  | 'EXPIRED'
  /** The candidate opened the link and has not booked yet. */
  | 'OPENED'
  /** A coordinator revoked the link, or the candidate was deleted on request. */
  | 'REVOKED'
  /** Emailed; the candidate has not opened the link yet. */
  | 'SENT';

/** When panelists may read each other’s scorecards; nobody reads one before submitting their own. */
export type ScorecardReveal =
  /** Each panelist sees the others’ submitted scorecards once their own is submitted. */
  | 'AFTER_OWN_SUBMISSION'
  /** Nobody on the panel sees any until every lead and co-interviewer has submitted, or the session’s reveal deadline passes. */
  | 'SIMULTANEOUS';

/** Whether a scorecard is still being written. */
export type ScorecardStatus =
  /** Saved but not submitted: only its author reads it, and it may change freely. */
  | 'DRAFT'
  /** Submitted: final, readable per the scoring-visibility rule; later changes are amendments with a reason. */
  | 'SUBMITTED';

/** What just happened in a session’s room. */
export type SessionActivityKind =
  /** A panelist opened the room (subscribed to sessionActivity with inRoom). */
  | 'PANELIST_JOINED'
  /** A panelist closed the room and did not come back within the reload grace. */
  | 'PANELIST_LEFT'
  /** A bank question was added to the plan; sessionQuestionId names the new entry. */
  | 'QUESTION_ADDED'
  /** A plan question was marked asked; sessionQuestionId names it. */
  | 'QUESTION_ASKED'
  /** A plan question was skipped. */
  | 'QUESTION_SKIPPED'
  /** The asked mark of a plan question was taken back. */
  | 'QUESTION_UNASKED'
  /** A skipped plan question was brought back. */
  | 'QUESTION_UNSKIPPED'
  /** The last panelist submitted: every scorecard of the session is in and readable to the panel. */
  | 'SCORECARDS_REVEALED'
  /** A panelist submitted their scorecard (its ratings are not in the event). */
  | 'SCORECARD_SUBMITTED'
  /** The session went from IN_PROGRESS to COMPLETED. */
  | 'SESSION_COMPLETED'
  /** The session went from SCHEDULED to IN_PROGRESS. */
  | 'SESSION_STARTED';

/** Names one interview session. */
export type SessionIdInput = {
  /** The session’s id. */
  sessionId: string | number;
};

/** Where an interview session stands. */
export type SessionStatus =
  /** Called off with a reason; frees the panel’s time. */
  | 'CANCELLED'
  /** Run and closed (completeSession); scorecards fall due. */
  | 'COMPLETED'
  /** The room is open (startSession); holds the panel’s time. */
  | 'IN_PROGRESS'
  /** The candidate or an interviewer did not attend; frees the panel’s time. */
  | 'NO_SHOW'
  /** Booked and not started; holds the panel’s time. */
  | 'SCHEDULED';

/** The caller’s whole availability, replacing the stored one. */
export type SetAvailabilityInput = {
  /** Minutes kept free before and after each session, 0 to 240. */
  bufferMinutes?: number;
  /** Most sessions on one local day, a whole number >= 0; null for no cap. */
  dailyCap?: number | null | undefined;
  /** Availability.version the edit started from (0 for the first save); a newer stored one answers CONFLICT with extensions.currentVersion. */
  expectedVersion: number;
  /** Date overrides, at most 400. */
  overrides?: Array<DateOverrideInput>;
  /** Periods off, at most 200. */
  timeOff?: Array<TimeOffInput>;
  /** IANA time zone, e.g. Europe/Paris, at most 64 characters. */
  timeZone: string;
  /** Most sessions in one ISO week, a whole number >= 0; null for no cap. */
  weeklyCap?: number | null | undefined;
  /** Recurring weekly windows, at most 70. */
  weeklyWindows: Array<WeeklyWindowInput>;
};

/** When a session’s scorecards open to its panel in simultaneous reveal mode. */
export type SetRevealDeadlineInput = {
  /** From this instant the submitted scorecards are readable to the panel even if some are missing; null removes the deadline. */
  revealAt?: string | null | undefined;
  /** The session of the current team. */
  sessionId: string | number;
};

/** Email and password of an account. */
export type SignInInput = {
  /** The account’s email (case-insensitive), at most 254 characters. */
  email: string;
  /** The password, 1 to 200 characters, exactly as set (never trimmed). */
  password: string;
};

/** Skips a question of a running session’s plan, or brings it back. */
export type SkipQuestionInput = {
  /** The question in the session’s plan (SessionQuestion.id, not the bank question’s). */
  sessionQuestionId: string | number;
  /** False brings a skipped question back. */
  skipped?: boolean;
};

/** Submits the caller’s saved draft as it is stored. */
export type SubmitScorecardInput = {
  /** Scorecard.version of the draft the caller reviewed; a newer stored one is CONFLICT, so an unseen save is never submitted. */
  expectedVersion: number;
  /** The caller’s own draft scorecard. */
  scorecardId: string | number;
};

/** The team to make current for this sign-in session. */
export type SwitchTeamInput = {
  /** A team the user is an active member of (see Viewer.memberships); any other is NOT_FOUND. */
  teamId: string | number;
};

/** A member role, held per team. */
export type TeamRole =
  /** Runs the team: members, guides, kits, rubrics, candidates, scheduling, reviews and settings. */
  | 'COORDINATOR'
  /** Sets availability, runs the sessions they are on and scores them; reads the bank, kits and rubrics. */
  | 'INTERVIEWER';

/** A period the person cannot interview, whatever their windows say. */
export type TimeOffInput = {
  /** End instant, after start, for kind "interval" (required there); null otherwise. */
  end?: string | null | undefined;
  /** Last day (inclusive) as YYYY-MM-DD, not before startDate, for kind "dates"; null otherwise. */
  endDate?: string | null | undefined;
  /** Either "dates" (whole local days, startDate to endDate inclusive) or "interval" (exact instants, start to end). */
  kind: string;
  /** A note such as "holiday", at most 200 characters. */
  note?: string | null | undefined;
  /** Start instant, for kind "interval" (required there); null otherwise. */
  start?: string | null | undefined;
  /** First day as YYYY-MM-DD, for kind "dates"; null otherwise. */
  startDate?: string | null | undefined;
};

/** A span of a day in the person’s own time zone. */
export type TimeWindowInput = {
  /** End as HH:MM local time, after start; 24:00 for midnight. Windows of one day must not overlap. */
  end: string;
  /** Start as HH:MM local time, 00:00 to 23:59. */
  start: string;
};

/** Replaces a candidate’s details; every field is written as given. */
export type UpdateCandidateInput = {
  /** Contact email, at most 254 characters; stored trimmed and lower-cased. Candidates sharing an email can be merged. */
  email?: string | null | undefined;
  /** Candidate.version this edit started from; a newer stored one answers CONFLICT with extensions.currentVersion. */
  expectedVersion: number;
  /** The candidate to change. */
  id: string | number;
  /** Full name, 1 to 200 characters (trimmed). */
  name: string;
  /** Coordinators’ free-text notes, at most 20,000 characters. */
  notes?: string;
  /** The role they are interviewing or practising for, at most 200 characters. */
  targetRole?: string | null | undefined;
};

/** The signed-in user’s switches for optional emails. */
export type UpdateEmailPreferencesInput = {
  /** Emails that all scorecards are in, and escalations to coordinators. Reminders of scorecards you owe always go. */
  scorecardUpdates: boolean;
  /** Emails when a session of yours is scheduled, moved or cancelled (with the calendar invitation). */
  sessionUpdates: boolean;
};

/** Replaces a kit’s content; sessions already scheduled keep the plan they were given. */
export type UpdateKitInput = {
  /** InterviewKit.version this edit started from; a newer stored one answers CONFLICT with extensions.currentVersion. */
  expectedVersion: number;
  /** The kit to change. */
  id: string | number;
  /** Instructions shown to interviewers in the room, at most 10,000 characters. */
  instructions?: string;
  /** Questions in interview order, at most 60. */
  items: Array<KitItemInput>;
  /** The kit’s name, 1 to 200 characters (trimmed). */
  name: string;
  /** The team’s rubric that sessions from this kit are scored with (NOT_FOUND otherwise). */
  rubricId: string | number;
  /** The role it interviews for, 1 to 200 characters (trimmed). */
  targetRole: string;
};

/** The signed-in user’s own name, email and time zone; only the fields given change. */
export type UpdateProfileInput = {
  /** The current password, exactly as set: required to change the email (a wrong one is BAD_USER_INPUT, reason WRONG_PASSWORD, and counts towards the sign-in throttle). */
  currentPassword?: string | null | undefined;
  /** A new sign-in email, at most 254 characters (lower-cased); needs currentPassword. One used by another account is CONFLICT. */
  email?: string | null | undefined;
  /** The name teammates see, 1 to 200 characters after trimming. */
  name?: string | null | undefined;
  /** The IANA time zone every time is shown in, e.g. America/New_York. */
  timeZone?: string | null | undefined;
};

/** An edit of a question: writes revision expectedRevision + 1 from the current one with the given parts replaced. Named answer parts (ModelAnswer.parts) are kept as they are. */
export type UpdateQuestionInput = {
  /** A new summary and fields of the model answer; null keeps the answer. Named parts are always kept. */
  answer?: ModelAnswerInput | null | undefined;
  /** New context, at most 10,000 characters; blank removes it; null keeps it. */
  context?: string | null | undefined;
  /** Question.revision this edit started from; a newer stored one answers CONFLICT with extensions.currentVersion. */
  expectedRevision: number;
  /** New follow-up points (at most 30, each 1 to 2,000 characters, trimmed); null keeps them. Model responses stay with unchanged points. */
  followUps?: Array<string> | null | undefined;
  /** A new kind heading, 1 to 120 characters (trimmed); null keeps the kind. */
  kind?: string | null | undefined;
  /** A new question text, 1 to 2,000 characters (trimmed); null keeps it. */
  prompt?: string | null | undefined;
  /** The question to edit. */
  questionId: string | number;
};

/** A new version of a rubric; scorecards already started keep the version they were started on. */
export type UpdateRubricInput = {
  /** 1 to 30 competencies, in the order scorecards show them. */
  competencies: Array<CompetencyInput>;
  /** A question kindKey (e.g. technical) this rubric is the default for, at most 120 characters; null for none. */
  defaultForKind?: string | null | undefined;
  /** What the rubric is for, at most 2,000 characters. */
  description?: string;
  /** Rubric.version the edit was based on; a newer stored one answers CONFLICT with extensions.currentVersion. */
  expectedVersion: number;
  /** The rubric to revise. */
  id: string | number;
  /** The rubric’s name, 1 to 200 characters (trimmed), unique in the team (else CONFLICT). */
  name: string;
  /** 2 to 10 levels with distinct values (stored in ascending order). Defaults to 1–4: strong no, no, yes, strong yes. */
  scale?: Array<ScaleLevelInput> | null | undefined;
};

/** Only the fields given change. */
export type UpdateTeamSettingsInput = {
  /** Hours after a session ends before coordinators hear of a missing scorecard, 1 to 1,440. */
  escalateAfterHours?: number | null | undefined;
  /** Reschedules allowed per session without an override, 0 to 100. */
  maxReschedules?: number | null | undefined;
  /** Hours before the start within which a reschedule needs an override, 0 to 720. */
  minRescheduleNoticeHours?: number | null | undefined;
  /** Minutes ahead of now a booking must start without an override, 0 to 43,200 (30 days). */
  minimumBookingNoticeMinutes?: number | null | undefined;
  /** The team’s new name, 1 to 120 characters after trimming. */
  name?: string | null | undefined;
  /** Hours after a session ends before panelists are reminded of a missing scorecard, 1 to 720. */
  reminderAfterHours?: number | null | undefined;
  /** Hours after a session ends before a missing scorecard is overdue, 1 to 720. */
  scorecardDueHours?: number | null | undefined;
  /** When panelists may read each other’s scorecards. */
  scorecardReveal?: ScorecardReveal | null | undefined;
  /** The IANA time zone the team works in, e.g. Europe/Paris. */
  timeZone?: string | null | undefined;
};

/** A recurring weekly window when the person can interview. */
export type WeeklyWindowInput = {
  /** End as HH:MM local time, after start; 24:00 for midnight. Windows of one day must not overlap. */
  end: string;
  /** Start as HH:MM local time, 00:00 to 23:59. */
  start: string;
  /** Day of the week: 0 = Sunday … 6 = Saturday. */
  weekday: number;
};

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;

export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;

export type ResetPasswordMutation = {
  resetPassword: {
    role: TeamRole | null;
    canCreateTeam: boolean;
    user: { id: string; name: string; email: string; timeZone: string };
    currentTeam: { id: string; name: string } | null;
    emailPreferences: { sessionUpdates: boolean; scorecardUpdates: boolean };
    memberships: Array<{
      id: string;
      role: TeamRole;
      team: { id: string; name: string };
    }>;
  };
};

export type PasswordResetPreviewQueryVariables = Exact<{
  token: string;
}>;

export type PasswordResetPreviewQuery = {
  passwordResetPreview: {
    email: string;
    purpose: PasswordResetPurpose;
    expiresAt: string;
  };
};

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;

export type ChangePasswordMutation = { changePassword: boolean };

export type UpdateEmailPreferencesMutationVariables = Exact<{
  input: UpdateEmailPreferencesInput;
}>;

export type UpdateEmailPreferencesMutation = {
  updateEmailPreferences: {
    role: TeamRole | null;
    canCreateTeam: boolean;
    user: { id: string; name: string; email: string; timeZone: string };
    currentTeam: { id: string; name: string } | null;
    emailPreferences: { sessionUpdates: boolean; scorecardUpdates: boolean };
    memberships: Array<{
      id: string;
      role: TeamRole;
      team: { id: string; name: string };
    }>;
  };
};

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;

export type UpdateProfileMutation = {
  updateProfile: {
    role: TeamRole | null;
    canCreateTeam: boolean;
    user: { id: string; name: string; email: string; timeZone: string };
    currentTeam: { id: string; name: string } | null;
    emailPreferences: { sessionUpdates: boolean; scorecardUpdates: boolean };
    memberships: Array<{
      id: string;
      role: TeamRole;
      team: { id: string; name: string };
    }>;
  };
};

export type AnalyticsFilterOptionsQueryVariables = Exact<{
  [key: string]: never;
}>;

export type AnalyticsFilterOptionsQuery = {
  kits: Array<{ id: string; name: string }>;
  members: Array<{
    id: string;
    active: boolean;
    user: { id: string; name: string };
  }>;
};

export type CalibrationQueryVariables = Exact<{
  filter: AnalyticsFilterInput;
}>;

export type CalibrationQuery = {
  calibration: {
    teamMedianHours: number | null;
    teamSubmitted: number;
    minimums: { agreementUnits: number; leniencyRatings: number };
    interviewers: Array<{
      competencyId: string;
      competencyName: string;
      ratings: number;
      meanRating: number;
      panelMean: number;
      leniency: number;
      leniencyLow: number | null;
      leniencyHigh: number | null;
      hasEnoughData: boolean;
      interviewer: { id: string; name: string };
    }>;
    agreement: Array<{
      competencyId: string;
      competencyName: string;
      alpha: number | null;
      units: number;
      pairableRatings: number;
      hasEnoughData: boolean;
    }>;
    submissionTimes: Array<{
      submitted: number;
      medianHours: number;
      interviewer: { id: string; name: string };
    }>;
    questionUsage: Array<{
      questionId: string;
      prompt: string;
      timesAsked: number;
      ratings: number;
      meanRating: number | null;
      decidedRatings: number;
      agreementWithDecision: number | null;
    }>;
  };
};

export type AuditEventFieldsFragment = {
  id: string;
  at: string;
  action: string;
  recordType: string;
  recordId: string | null;
  recordName: string | null;
  details: string;
  actor: { id: string; name: string } | null;
};

export type AuditEventsQueryVariables = Exact<{
  filter?: AuditEventFilterInput | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type AuditEventsQuery = {
  auditEvents: {
    totalCount: number | null;
    isTotalCountCapped: boolean;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        at: string;
        action: string;
        recordType: string;
        recordId: string | null;
        recordName: string | null;
        details: string;
        actor: { id: string; name: string } | null;
      };
    }>;
  };
};

export type AuditFilterOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type AuditFilterOptionsQuery = {
  auditFacets: { actions: Array<string>; recordTypes: Array<string> };
  members: Array<{
    id: string;
    active: boolean;
    user: { id: string; name: string };
  }>;
};

export type ViewerFieldsFragment = {
  role: TeamRole | null;
  canCreateTeam: boolean;
  user: { id: string; name: string; email: string; timeZone: string };
  currentTeam: { id: string; name: string } | null;
  emailPreferences: { sessionUpdates: boolean; scorecardUpdates: boolean };
  memberships: Array<{
    id: string;
    role: TeamRole;
    team: { id: string; name: string };
  }>;
};

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;

export type SignInMutation = {
  signIn: {
    role: TeamRole | null;
    canCreateTeam: boolean;
    user: { id: string; name: string; email: string; timeZone: string };
    currentTeam: { id: string; name: string } | null;
    emailPreferences: { sessionUpdates: boolean; scorecardUpdates: boolean };
    memberships: Array<{
      id: string;
      role: TeamRole;
      team: { id: string; name: string };
    }>;
  };
};

export type SignOutMutationVariables = Exact<{ [key: string]: never }>;

export type SignOutMutation = { signOut: boolean };

export type SwitchTeamMutationVariables = Exact<{
  input: SwitchTeamInput;
}>;

export type SwitchTeamMutation = {
  switchTeam: {
    role: TeamRole | null;
    canCreateTeam: boolean;
    user: { id: string; name: string; email: string; timeZone: string };
    currentTeam: { id: string; name: string } | null;
    emailPreferences: { sessionUpdates: boolean; scorecardUpdates: boolean };
    memberships: Array<{
      id: string;
      role: TeamRole;
      team: { id: string; name: string };
    }>;
  };
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: {
    role: TeamRole | null;
    canCreateTeam: boolean;
    user: { id: string; name: string; email: string; timeZone: string };
    currentTeam: { id: string; name: string } | null;
    emailPreferences: { sessionUpdates: boolean; scorecardUpdates: boolean };
    memberships: Array<{
      id: string;
      role: TeamRole;
      team: { id: string; name: string };
    }>;
  };
};

export type AvailabilityFieldsFragment = {
  userId: string;
  timeZone: string;
  version: number;
  bufferMinutes: number;
  dailyCap: number | null;
  weeklyCap: number | null;
  weeklyWindows: Array<{ weekday: number; start: string; end: string }>;
  overrides: Array<{
    date: string;
    windows: Array<{ start: string; end: string }>;
  }>;
  timeOff: Array<{
    kind: string;
    startDate: string | null;
    endDate: string | null;
    start: string | null;
    end: string | null;
    note: string | null;
  }>;
};

export type RevokeCalendarTokenMutationVariables = Exact<{
  [key: string]: never;
}>;

export type RevokeCalendarTokenMutation = { revokeCalendarToken: boolean };

export type RotateCalendarTokenMutationVariables = Exact<{
  [key: string]: never;
}>;

export type RotateCalendarTokenMutation = { rotateCalendarToken: string };

export type SetAvailabilityMutationVariables = Exact<{
  input: SetAvailabilityInput;
}>;

export type SetAvailabilityMutation = {
  setAvailability: {
    userId: string;
    timeZone: string;
    version: number;
    bufferMinutes: number;
    dailyCap: number | null;
    weeklyCap: number | null;
    weeklyWindows: Array<{ weekday: number; start: string; end: string }>;
    overrides: Array<{
      date: string;
      windows: Array<{ start: string; end: string }>;
    }>;
    timeOff: Array<{
      kind: string;
      startDate: string | null;
      endDate: string | null;
      start: string | null;
      end: string | null;
      note: string | null;
    }>;
  };
};

export type MyAvailabilityQueryVariables = Exact<{ [key: string]: never }>;

export type MyAvailabilityQuery = {
  availability: {
    userId: string;
    timeZone: string;
    version: number;
    bufferMinutes: number;
    dailyCap: number | null;
    weeklyCap: number | null;
    weeklyWindows: Array<{ weekday: number; start: string; end: string }>;
    overrides: Array<{
      date: string;
      windows: Array<{ start: string; end: string }>;
    }>;
    timeOff: Array<{
      kind: string;
      startDate: string | null;
      endDate: string | null;
      start: string | null;
      end: string | null;
      note: string | null;
    }>;
  };
};

export type CandidateReviewFieldsFragment = {
  opposingRecommendations: boolean;
  candidate: {
    id: string;
    name: string;
    email: string | null;
    targetRole: string | null;
  };
  sessions: Array<{
    id: string;
    startsAt: string;
    endsAt: string;
    status: SessionStatus;
    kitName: string;
    panelSubmissions: Array<{
      role: PanelRole;
      required: boolean;
      submittedAt: string | null;
      user: { id: string; name: string };
    }>;
    scoringRubric: {
      id: string;
      scale: Array<{ level: number; label: string }>;
    } | null;
  }>;
  competencies: Array<{ id: string; name: string }>;
  ratings: Array<{
    scorecardId: string;
    sessionId: string;
    competencyId: string;
    level: number | null;
    notAssessed: boolean;
    evidence: string;
    interviewer: { id: string; name: string };
  }>;
  recommendations: Array<{
    scorecardId: string;
    sessionId: string;
    recommendation: Recommendation;
    summary: string;
    submittedAt: string;
    interviewer: { id: string; name: string };
  }>;
  recommendationTally: Array<{ recommendation: Recommendation; count: number }>;
  disagreements: Array<{
    competencyId: string;
    competencyName: string;
    lowest: number;
    highest: number;
    spread: number;
  }>;
  pending: Array<{
    sessionId: string;
    endedAt: string;
    hasDraft: boolean;
    interviewer: { id: string; name: string };
  }>;
  decisions: Array<{
    id: string;
    decision: DebriefDecisionKind;
    rationale: string;
    decidedAt: string;
    decidedBy: { id: string; name: string } | null;
  }>;
};

export type NudgeInterviewerMutationVariables = Exact<{
  input: NudgeInterviewerInput;
}>;

export type NudgeInterviewerMutation = { nudgeInterviewer: boolean };

export type RecordDecisionMutationVariables = Exact<{
  input: RecordDecisionInput;
}>;

export type RecordDecisionMutation = {
  recordDecision: {
    opposingRecommendations: boolean;
    candidate: {
      id: string;
      name: string;
      email: string | null;
      targetRole: string | null;
    };
    sessions: Array<{
      id: string;
      startsAt: string;
      endsAt: string;
      status: SessionStatus;
      kitName: string;
      panelSubmissions: Array<{
        role: PanelRole;
        required: boolean;
        submittedAt: string | null;
        user: { id: string; name: string };
      }>;
      scoringRubric: {
        id: string;
        scale: Array<{ level: number; label: string }>;
      } | null;
    }>;
    competencies: Array<{ id: string; name: string }>;
    ratings: Array<{
      scorecardId: string;
      sessionId: string;
      competencyId: string;
      level: number | null;
      notAssessed: boolean;
      evidence: string;
      interviewer: { id: string; name: string };
    }>;
    recommendations: Array<{
      scorecardId: string;
      sessionId: string;
      recommendation: Recommendation;
      summary: string;
      submittedAt: string;
      interviewer: { id: string; name: string };
    }>;
    recommendationTally: Array<{
      recommendation: Recommendation;
      count: number;
    }>;
    disagreements: Array<{
      competencyId: string;
      competencyName: string;
      lowest: number;
      highest: number;
      spread: number;
    }>;
    pending: Array<{
      sessionId: string;
      endedAt: string;
      hasDraft: boolean;
      interviewer: { id: string; name: string };
    }>;
    decisions: Array<{
      id: string;
      decision: DebriefDecisionKind;
      rationale: string;
      decidedAt: string;
      decidedBy: { id: string; name: string } | null;
    }>;
  };
};

export type CandidateReviewQueryVariables = Exact<{
  candidateId: string | number;
}>;

export type CandidateReviewQuery = {
  candidateReview: {
    opposingRecommendations: boolean;
    candidate: {
      id: string;
      name: string;
      email: string | null;
      targetRole: string | null;
    };
    sessions: Array<{
      id: string;
      startsAt: string;
      endsAt: string;
      status: SessionStatus;
      kitName: string;
      panelSubmissions: Array<{
        role: PanelRole;
        required: boolean;
        submittedAt: string | null;
        user: { id: string; name: string };
      }>;
      scoringRubric: {
        id: string;
        scale: Array<{ level: number; label: string }>;
      } | null;
    }>;
    competencies: Array<{ id: string; name: string }>;
    ratings: Array<{
      scorecardId: string;
      sessionId: string;
      competencyId: string;
      level: number | null;
      notAssessed: boolean;
      evidence: string;
      interviewer: { id: string; name: string };
    }>;
    recommendations: Array<{
      scorecardId: string;
      sessionId: string;
      recommendation: Recommendation;
      summary: string;
      submittedAt: string;
      interviewer: { id: string; name: string };
    }>;
    recommendationTally: Array<{
      recommendation: Recommendation;
      count: number;
    }>;
    disagreements: Array<{
      competencyId: string;
      competencyName: string;
      lowest: number;
      highest: number;
      spread: number;
    }>;
    pending: Array<{
      sessionId: string;
      endedAt: string;
      hasDraft: boolean;
      interviewer: { id: string; name: string };
    }>;
    decisions: Array<{
      id: string;
      decision: DebriefDecisionKind;
      rationale: string;
      decidedAt: string;
      decidedBy: { id: string; name: string } | null;
    }>;
  };
};

export type CandidateFieldsFragment = {
  id: string;
  name: string;
  email: string | null;
  targetRole: string | null;
  notes: string;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type CreateCandidateMutationVariables = Exact<{
  input: CreateCandidateInput;
}>;

export type CreateCandidateMutation = {
  createCandidate: {
    id: string;
    name: string;
    email: string | null;
    targetRole: string | null;
    notes: string;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
};

export type DeleteCandidateMutationVariables = Exact<{
  input: DeleteCandidateInput;
}>;

export type DeleteCandidateMutation = { deleteCandidate: boolean };

export type MergeCandidatesMutationVariables = Exact<{
  input: MergeCandidatesInput;
}>;

export type MergeCandidatesMutation = {
  mergeCandidates: {
    id: string;
    name: string;
    email: string | null;
    targetRole: string | null;
    notes: string;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
};

export type UpdateCandidateMutationVariables = Exact<{
  input: UpdateCandidateInput;
}>;

export type UpdateCandidateMutation = {
  updateCandidate: {
    id: string;
    name: string;
    email: string | null;
    targetRole: string | null;
    notes: string;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
};

export type CandidateQueryVariables = Exact<{
  id: string | number;
}>;

export type CandidateQuery = {
  candidate: {
    id: string;
    name: string;
    email: string | null;
    targetRole: string | null;
    notes: string;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
};

export type CandidateDuplicatesQueryVariables = Exact<{ [key: string]: never }>;

export type CandidateDuplicatesQuery = {
  candidateDuplicates: Array<
    Array<{
      id: string;
      name: string;
      email: string | null;
      targetRole: string | null;
      notes: string;
      version: number;
      createdAt: string;
      updatedAt: string;
    }>
  >;
};

export type CandidateRecordQueryVariables = Exact<{
  id: string | number;
}>;

export type CandidateRecordQuery = {
  candidate: {
    id: string;
    sessions: Array<{
      id: string;
      startsAt: string;
      endsAt: string;
      status: SessionStatus;
      kitName: string;
      panelSubmissions: Array<{
        required: boolean;
        submittedAt: string | null;
      }>;
    }>;
    decisions: Array<{
      id: string;
      decision: DebriefDecisionKind;
      rationale: string;
      decidedAt: string;
      decidedBy: { id: string; name: string } | null;
    }>;
  };
};

export type CandidatesQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type CandidatesQuery = {
  candidates: {
    totalCount: number | null;
    isTotalCountCapped: boolean;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        name: string;
        email: string | null;
        targetRole: string | null;
        notes: string;
        version: number;
        createdAt: string;
        updatedAt: string;
      };
    }>;
  };
};

export type GuideImportResultFieldsFragment = {
  fileName: string;
  status: GuideImportStatus;
  guideId: string | null;
  slug: string | null;
  title: string | null;
  unchanged: number;
  created: Array<{
    kind: string | null;
    kindName: string | null;
    number: number | null;
    prompt: string;
  }>;
  revised: Array<{
    kind: string | null;
    kindName: string | null;
    number: number | null;
    prompt: string;
  }>;
  retired: Array<{
    kind: string | null;
    kindName: string | null;
    number: number | null;
    prompt: string;
  }>;
  warnings: Array<{ line: number; message: string }>;
  error: { code: string; line: number | null; message: string } | null;
};

export type QuestionChangeFieldsFragment = {
  kind: string | null;
  kindName: string | null;
  number: number | null;
  prompt: string;
};

export type ImportGuidesMutationVariables = Exact<{
  input: ImportGuidesInput;
}>;

export type ImportGuidesMutation = {
  importGuides: {
    dryRun: boolean;
    guides: Array<{
      fileName: string;
      status: GuideImportStatus;
      guideId: string | null;
      slug: string | null;
      title: string | null;
      unchanged: number;
      created: Array<{
        kind: string | null;
        kindName: string | null;
        number: number | null;
        prompt: string;
      }>;
      revised: Array<{
        kind: string | null;
        kindName: string | null;
        number: number | null;
        prompt: string;
      }>;
      retired: Array<{
        kind: string | null;
        kindName: string | null;
        number: number | null;
        prompt: string;
      }>;
      warnings: Array<{ line: number; message: string }>;
      error: { code: string; line: number | null; message: string } | null;
    }>;
  };
};

export type GuideFieldsFragment = {
  id: string;
  title: string;
  slug: string;
  category: string | null;
  vertical: string | null;
  tags: Array<string>;
  questionCount: number;
  importedAt: string;
  retiredAt: string | null;
};

export type RoleProfileFieldsFragment = {
  sections: Array<{
    title: string;
    position: string;
    notes: Array<string>;
    items: Array<{ label: string; details: Array<string> }>;
  }>;
};

export type DeleteGuideMutationVariables = Exact<{
  input: DeleteGuideInput;
}>;

export type DeleteGuideMutation = {
  deleteGuide: {
    guideId: string;
    deletedQuestionCount: number;
    keptQuestionCount: number;
  };
};

export type RestoreGuideMutationVariables = Exact<{
  input: RestoreGuideInput;
}>;

export type RestoreGuideMutation = {
  restoreGuide: { id: string; retiredAt: string | null; questionCount: number };
};

export type RetireGuideMutationVariables = Exact<{
  input: RetireGuideInput;
}>;

export type RetireGuideMutation = {
  retireGuide: { id: string; retiredAt: string | null; questionCount: number };
};

export type GuideDeletionPreviewQueryVariables = Exact<{
  guideId: string | number;
}>;

export type GuideDeletionPreviewQuery = {
  guideDeletionPreview: {
    guideId: string;
    deletedQuestionCount: number;
    keptQuestionCount: number;
    affectedKitCount: number;
  };
};

export type GuideDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type GuideDetailQuery = {
  guide: {
    description: string | null;
    author: string | null;
    publishedOn: string | null;
    modifiedOn: string | null;
    sourceFileName: string | null;
    contentHash: string;
    id: string;
    title: string;
    slug: string;
    category: string | null;
    vertical: string | null;
    tags: Array<string>;
    questionCount: number;
    importedAt: string;
    retiredAt: string | null;
    importWarnings: Array<{ line: number; message: string }>;
    profile: {
      sections: Array<{
        title: string;
        position: string;
        notes: Array<string>;
        items: Array<{ label: string; details: Array<string> }>;
      }>;
    };
  };
};

export type GuideListQueryVariables = Exact<{
  search?: string | null | undefined;
  status?: GuideStatusFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type GuideListQuery = {
  guides: {
    totalCount: number | null;
    isTotalCountCapped: boolean;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        title: string;
        slug: string;
        category: string | null;
        vertical: string | null;
        tags: Array<string>;
        questionCount: number;
        importedAt: string;
        retiredAt: string | null;
      };
    }>;
  };
};

export type GuideOptionLabelQueryVariables = Exact<{
  id: string | number;
}>;

export type GuideOptionLabelQuery = { guide: { id: string; title: string } };

export type GuideOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
}>;

export type GuideOptionsQuery = {
  guides: { edges: Array<{ node: { id: string; title: string } }> };
};

export type CandidatesAwaitingDecisionQueryVariables = Exact<{
  [key: string]: never;
}>;

export type CandidatesAwaitingDecisionQuery = {
  candidatesAwaitingDecision: Array<{
    lastCompletedAt: string;
    submittedScorecards: number;
    pendingScorecards: number;
    candidate: { id: string; name: string; targetRole: string | null };
  }>;
};

export type GuidesWithWarningsQueryVariables = Exact<{
  first: number;
}>;

export type GuidesWithWarningsQuery = {
  guides: {
    totalCount: number | null;
    edges: Array<{
      node: {
        id: string;
        title: string;
        sourceFileName: string | null;
        importWarnings: Array<{ line: number; message: string }>;
      };
    }>;
  };
};

export type MyInterviewsQueryVariables = Exact<{
  days: number;
}>;

export type MyInterviewsQuery = {
  myInterviews: Array<{
    id: string;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    status: SessionStatus;
    location: string;
    kitName: string;
    candidate: { id: string; name: string; targetRole: string | null };
    panel: Array<{ role: PanelRole; user: { id: string; name: string } }>;
  }>;
};

export type ScorecardsDueQueryVariables = Exact<{ [key: string]: never }>;

export type ScorecardsDueQuery = {
  scorecardsDue: Array<{
    sessionId: string;
    candidateName: string;
    kitName: string;
    endedAt: string;
    dueAt: string;
    overdue: boolean;
    status: ScorecardStatus | null;
  }>;
};

export type TeamTodayQueryVariables = Exact<{
  from: string;
  to: string;
}>;

export type TeamTodayQuery = {
  sessions: Array<{
    id: string;
    startsAt: string;
    endsAt: string;
    status: SessionStatus;
    kitName: string;
    candidate: { id: string; name: string };
    panel: Array<{ role: PanelRole; user: { id: string; name: string } }>;
  }>;
};

export type SessionActivityFieldsFragment = {
  id: string;
  kind: SessionActivityKind;
  sessionId: string;
  sessionQuestionId: string | null;
  actorId: string | null;
  actorName: string | null;
  at: string;
};

export type SessionNoteFieldsFragment = {
  id: string;
  sessionId: string;
  sessionQuestionId: string | null;
  text: string;
  followUpsAsked: Array<number>;
  customFollowUps: Array<string>;
  version: number;
  lastEditId: string | null;
  updatedAt: string;
};

export type SessionQuestionFieldsFragment = {
  id: string;
  sessionId: string;
  position: number;
  plannedMinutes: number;
  fromKit: boolean;
  askedAt: string | null;
  skippedAt: string | null;
  previouslyAskedAt: string | null;
  askedBy: { id: string; name: string } | null;
  question: {
    id: string;
    revisionId: string;
    prompt: string;
    kind: string | null;
    kindKey: string;
    kindName: string;
    number: number | null;
    guide: { id: string; title: string };
    answer: {
      summary: string | null;
      fields: Array<{
        label: string;
        text: string | null;
        items: Array<string> | null;
        ordered: boolean | null;
        children: Array<{
          label: string;
          text: string | null;
          items: Array<string> | null;
          ordered: boolean | null;
          children: Array<{
            label: string;
            text: string | null;
            items: Array<string> | null;
            ordered: boolean | null;
          }> | null;
        }> | null;
      }>;
      parts: Array<{
        title: string;
        fields: Array<{
          label: string;
          text: string | null;
          items: Array<string> | null;
          ordered: boolean | null;
          children: Array<{
            label: string;
            text: string | null;
            items: Array<string> | null;
            ordered: boolean | null;
            children: Array<{
              label: string;
              text: string | null;
              items: Array<string> | null;
              ordered: boolean | null;
            }> | null;
          }> | null;
        }>;
      }>;
    };
    followUps: Array<{ text: string; response: string | null }>;
  };
};

export type AddQuestionToSessionMutationVariables = Exact<{
  input: AddQuestionToSessionInput;
}>;

export type AddQuestionToSessionMutation = {
  addQuestionToSession: {
    id: string;
    sessionId: string;
    position: number;
    plannedMinutes: number;
    fromKit: boolean;
    askedAt: string | null;
    skippedAt: string | null;
    previouslyAskedAt: string | null;
    askedBy: { id: string; name: string } | null;
    question: {
      id: string;
      revisionId: string;
      prompt: string;
      kind: string | null;
      kindKey: string;
      kindName: string;
      number: number | null;
      guide: { id: string; title: string };
      answer: {
        summary: string | null;
        fields: Array<{
          label: string;
          text: string | null;
          items: Array<string> | null;
          ordered: boolean | null;
          children: Array<{
            label: string;
            text: string | null;
            items: Array<string> | null;
            ordered: boolean | null;
            children: Array<{
              label: string;
              text: string | null;
              items: Array<string> | null;
              ordered: boolean | null;
            }> | null;
          }> | null;
        }>;
        parts: Array<{
          title: string;
          fields: Array<{
            label: string;
            text: string | null;
            items: Array<string> | null;
            ordered: boolean | null;
            children: Array<{
              label: string;
              text: string | null;
              items: Array<string> | null;
              ordered: boolean | null;
              children: Array<{
                label: string;
                text: string | null;
                items: Array<string> | null;
                ordered: boolean | null;
              }> | null;
            }> | null;
          }>;
        }>;
      };
      followUps: Array<{ text: string; response: string | null }>;
    };
  };
};

export type CompleteSessionMutationVariables = Exact<{
  input: SessionIdInput;
}>;

export type CompleteSessionMutation = {
  completeSession: {
    id: string;
    status: SessionStatus;
    version: number;
    startedAt: string | null;
    completedAt: string | null;
  };
};

export type MarkQuestionAskedMutationVariables = Exact<{
  input: MarkQuestionAskedInput;
}>;

export type MarkQuestionAskedMutation = {
  markQuestionAsked: {
    id: string;
    sessionId: string;
    position: number;
    plannedMinutes: number;
    fromKit: boolean;
    askedAt: string | null;
    skippedAt: string | null;
    previouslyAskedAt: string | null;
    askedBy: { id: string; name: string } | null;
    question: {
      id: string;
      revisionId: string;
      prompt: string;
      kind: string | null;
      kindKey: string;
      kindName: string;
      number: number | null;
      guide: { id: string; title: string };
      answer: {
        summary: string | null;
        fields: Array<{
          label: string;
          text: string | null;
          items: Array<string> | null;
          ordered: boolean | null;
          children: Array<{
            label: string;
            text: string | null;
            items: Array<string> | null;
            ordered: boolean | null;
            children: Array<{
              label: string;
              text: string | null;
              items: Array<string> | null;
              ordered: boolean | null;
            }> | null;
          }> | null;
        }>;
        parts: Array<{
          title: string;
          fields: Array<{
            label: string;
            text: string | null;
            items: Array<string> | null;
            ordered: boolean | null;
            children: Array<{
              label: string;
              text: string | null;
              items: Array<string> | null;
              ordered: boolean | null;
              children: Array<{
                label: string;
                text: string | null;
                items: Array<string> | null;
                ordered: boolean | null;
              }> | null;
            }> | null;
          }>;
        }>;
      };
      followUps: Array<{ text: string; response: string | null }>;
    };
  };
};

export type SaveSessionNoteMutationVariables = Exact<{
  input: SaveSessionNoteInput;
}>;

export type SaveSessionNoteMutation = {
  saveSessionNote: {
    id: string;
    sessionId: string;
    sessionQuestionId: string | null;
    text: string;
    followUpsAsked: Array<number>;
    customFollowUps: Array<string>;
    version: number;
    lastEditId: string | null;
    updatedAt: string;
  };
};

export type SkipQuestionMutationVariables = Exact<{
  input: SkipQuestionInput;
}>;

export type SkipQuestionMutation = {
  skipQuestion: {
    id: string;
    sessionId: string;
    position: number;
    plannedMinutes: number;
    fromKit: boolean;
    askedAt: string | null;
    skippedAt: string | null;
    previouslyAskedAt: string | null;
    askedBy: { id: string; name: string } | null;
    question: {
      id: string;
      revisionId: string;
      prompt: string;
      kind: string | null;
      kindKey: string;
      kindName: string;
      number: number | null;
      guide: { id: string; title: string };
      answer: {
        summary: string | null;
        fields: Array<{
          label: string;
          text: string | null;
          items: Array<string> | null;
          ordered: boolean | null;
          children: Array<{
            label: string;
            text: string | null;
            items: Array<string> | null;
            ordered: boolean | null;
            children: Array<{
              label: string;
              text: string | null;
              items: Array<string> | null;
              ordered: boolean | null;
            }> | null;
          }> | null;
        }>;
        parts: Array<{
          title: string;
          fields: Array<{
            label: string;
            text: string | null;
            items: Array<string> | null;
            ordered: boolean | null;
            children: Array<{
              label: string;
              text: string | null;
              items: Array<string> | null;
              ordered: boolean | null;
              children: Array<{
                label: string;
                text: string | null;
                items: Array<string> | null;
                ordered: boolean | null;
              }> | null;
            }> | null;
          }>;
        }>;
      };
      followUps: Array<{ text: string; response: string | null }>;
    };
  };
};

export type StartSessionMutationVariables = Exact<{
  input: SessionIdInput;
}>;

export type StartSessionMutation = {
  startSession: {
    id: string;
    status: SessionStatus;
    version: number;
    startedAt: string | null;
    completedAt: string | null;
  };
};

export type InterviewRoomQueryVariables = Exact<{
  id: string | number;
}>;

export type InterviewRoomQuery = {
  session: {
    id: string;
    status: SessionStatus;
    version: number;
    startsAt: string;
    endsAt: string;
    startedAt: string | null;
    completedAt: string | null;
    kitId: string;
    kitName: string;
    kitInstructions: string;
    questions: Array<{
      id: string;
      sessionId: string;
      position: number;
      plannedMinutes: number;
      fromKit: boolean;
      askedAt: string | null;
      skippedAt: string | null;
      previouslyAskedAt: string | null;
      askedBy: { id: string; name: string } | null;
      question: {
        id: string;
        revisionId: string;
        prompt: string;
        kind: string | null;
        kindKey: string;
        kindName: string;
        number: number | null;
        guide: { id: string; title: string };
        answer: {
          summary: string | null;
          fields: Array<{
            label: string;
            text: string | null;
            items: Array<string> | null;
            ordered: boolean | null;
            children: Array<{
              label: string;
              text: string | null;
              items: Array<string> | null;
              ordered: boolean | null;
              children: Array<{
                label: string;
                text: string | null;
                items: Array<string> | null;
                ordered: boolean | null;
              }> | null;
            }> | null;
          }>;
          parts: Array<{
            title: string;
            fields: Array<{
              label: string;
              text: string | null;
              items: Array<string> | null;
              ordered: boolean | null;
              children: Array<{
                label: string;
                text: string | null;
                items: Array<string> | null;
                ordered: boolean | null;
                children: Array<{
                  label: string;
                  text: string | null;
                  items: Array<string> | null;
                  ordered: boolean | null;
                }> | null;
              }> | null;
            }>;
          }>;
        };
        followUps: Array<{ text: string; response: string | null }>;
      };
    }>;
    scoringRubric: {
      id: string;
      name: string;
      competencies: Array<{
        id: string;
        name: string;
        description: string;
        anchors: Array<{ level: number; text: string }>;
      }>;
      scale: Array<{ level: number; label: string }>;
    } | null;
    myScorecard: {
      id: string;
      rubricName: string;
      competencies: Array<{
        id: string;
        name: string;
        description: string;
        anchors: Array<{ level: number; text: string }>;
      }>;
      scale: Array<{ level: number; label: string }>;
    } | null;
    candidate: { id: string; name: string; targetRole: string | null };
    panel: Array<{ role: PanelRole; user: { id: string; name: string } }>;
    myNotes: Array<{
      id: string;
      sessionId: string;
      sessionQuestionId: string | null;
      text: string;
      followUpsAsked: Array<number>;
      customFollowUps: Array<string>;
      version: number;
      lastEditId: string | null;
      updatedAt: string;
    }>;
  };
};

export type InterviewRoomNotesQueryVariables = Exact<{
  id: string | number;
}>;

export type InterviewRoomNotesQuery = {
  session: {
    id: string;
    myNotes: Array<{
      id: string;
      sessionId: string;
      sessionQuestionId: string | null;
      text: string;
      followUpsAsked: Array<number>;
      customFollowUps: Array<string>;
      version: number;
      lastEditId: string | null;
      updatedAt: string;
    }>;
  };
};

export type InterviewRoomPlanQueryVariables = Exact<{
  id: string | number;
}>;

export type InterviewRoomPlanQuery = {
  session: {
    id: string;
    status: SessionStatus;
    version: number;
    startsAt: string;
    endsAt: string;
    startedAt: string | null;
    completedAt: string | null;
    questions: Array<{
      id: string;
      sessionId: string;
      position: number;
      plannedMinutes: number;
      fromKit: boolean;
      askedAt: string | null;
      skippedAt: string | null;
      previouslyAskedAt: string | null;
      askedBy: { id: string; name: string } | null;
      question: {
        id: string;
        revisionId: string;
        prompt: string;
        kind: string | null;
        kindKey: string;
        kindName: string;
        number: number | null;
        guide: { id: string; title: string };
        answer: {
          summary: string | null;
          fields: Array<{
            label: string;
            text: string | null;
            items: Array<string> | null;
            ordered: boolean | null;
            children: Array<{
              label: string;
              text: string | null;
              items: Array<string> | null;
              ordered: boolean | null;
              children: Array<{
                label: string;
                text: string | null;
                items: Array<string> | null;
                ordered: boolean | null;
              }> | null;
            }> | null;
          }>;
          parts: Array<{
            title: string;
            fields: Array<{
              label: string;
              text: string | null;
              items: Array<string> | null;
              ordered: boolean | null;
              children: Array<{
                label: string;
                text: string | null;
                items: Array<string> | null;
                ordered: boolean | null;
                children: Array<{
                  label: string;
                  text: string | null;
                  items: Array<string> | null;
                  ordered: boolean | null;
                }> | null;
              }> | null;
            }>;
          }>;
        };
        followUps: Array<{ text: string; response: string | null }>;
      };
    }>;
  };
};

export type RoomPresenceQueryVariables = Exact<{
  sessionId: string | number;
}>;

export type RoomPresenceQuery = {
  sessionPresence: Array<{
    role: PanelRole | null;
    since: string;
    user: { id: string; name: string };
  }>;
};

export type RoomQuestionSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
}>;

export type RoomQuestionSearchQuery = {
  questions: {
    totalCount: number | null;
    isTotalCountCapped: boolean;
    edges: Array<{
      node: {
        id: string;
        prompt: string;
        kind: string | null;
        kindKey: string;
        kindName: string;
        number: number | null;
        retired: boolean;
        guide: { id: string; title: string };
      };
    }>;
  };
};

export type SessionActivityHistoryQueryVariables = Exact<{
  sessionId: string | number;
  last: number;
}>;

export type SessionActivityHistoryQuery = {
  sessionActivityHistory: Array<{
    id: string;
    kind: SessionActivityKind;
    sessionId: string;
    sessionQuestionId: string | null;
    actorId: string | null;
    actorName: string | null;
    at: string;
  }>;
};

export type SessionActivitySubscriptionVariables = Exact<{
  sessionId: string | number;
  inRoom: boolean;
}>;

export type SessionActivitySubscription = {
  sessionActivity: {
    id: string;
    kind: SessionActivityKind;
    sessionId: string;
    sessionQuestionId: string | null;
    actorId: string | null;
    actorName: string | null;
    at: string;
  };
};

export type AcceptInviteMutationVariables = Exact<{
  input: AcceptInviteInput;
}>;

export type AcceptInviteMutation = {
  acceptInvite: {
    role: TeamRole | null;
    canCreateTeam: boolean;
    user: { id: string; name: string; email: string; timeZone: string };
    currentTeam: { id: string; name: string } | null;
    emailPreferences: { sessionUpdates: boolean; scorecardUpdates: boolean };
    memberships: Array<{
      id: string;
      role: TeamRole;
      team: { id: string; name: string };
    }>;
  };
};

export type InvitePreviewQueryVariables = Exact<{
  token: string;
}>;

export type InvitePreviewQuery = {
  invitePreview: {
    teamName: string;
    email: string;
    role: TeamRole;
    hasAccount: boolean;
  };
};

export type KitFieldsFragment = {
  id: string;
  name: string;
  targetRole: string;
  rubricId: string;
  instructions: string;
  totalMinutes: number;
  version: number;
  updatedAt: string;
  rubric: { id: string; name: string };
  items: Array<{
    id: string;
    position: number;
    plannedMinutes: number;
    question: {
      id: string;
      number: number | null;
      prompt: string;
      kind: string | null;
      kindKey: string;
      kindName: string;
      retired: boolean;
      guide: { id: string; title: string };
    };
  }>;
};

export type KitQuestionFieldsFragment = {
  id: string;
  number: number | null;
  prompt: string;
  kind: string | null;
  kindKey: string;
  kindName: string;
  retired: boolean;
  guide: { id: string; title: string };
};

export type KitSummaryFieldsFragment = {
  id: string;
  name: string;
  targetRole: string;
  totalMinutes: number;
  version: number;
  updatedAt: string;
  rubric: { id: string; name: string };
  items: Array<{ id: string }>;
};

export type AddQuestionToKitMutationVariables = Exact<{
  input: AddQuestionToKitInput;
}>;

export type AddQuestionToKitMutation = {
  addQuestionToKit: {
    id: string;
    name: string;
    targetRole: string;
    rubricId: string;
    instructions: string;
    totalMinutes: number;
    version: number;
    updatedAt: string;
    rubric: { id: string; name: string };
    items: Array<{
      id: string;
      position: number;
      plannedMinutes: number;
      question: {
        id: string;
        number: number | null;
        prompt: string;
        kind: string | null;
        kindKey: string;
        kindName: string;
        retired: boolean;
        guide: { id: string; title: string };
      };
    }>;
  };
};

export type CreateKitMutationVariables = Exact<{
  input: CreateKitInput;
}>;

export type CreateKitMutation = {
  createKit: {
    id: string;
    name: string;
    targetRole: string;
    rubricId: string;
    instructions: string;
    totalMinutes: number;
    version: number;
    updatedAt: string;
    rubric: { id: string; name: string };
    items: Array<{
      id: string;
      position: number;
      plannedMinutes: number;
      question: {
        id: string;
        number: number | null;
        prompt: string;
        kind: string | null;
        kindKey: string;
        kindName: string;
        retired: boolean;
        guide: { id: string; title: string };
      };
    }>;
  };
};

export type UpdateKitMutationVariables = Exact<{
  input: UpdateKitInput;
}>;

export type UpdateKitMutation = {
  updateKit: {
    id: string;
    name: string;
    targetRole: string;
    rubricId: string;
    instructions: string;
    totalMinutes: number;
    version: number;
    updatedAt: string;
    rubric: { id: string; name: string };
    items: Array<{
      id: string;
      position: number;
      plannedMinutes: number;
      question: {
        id: string;
        number: number | null;
        prompt: string;
        kind: string | null;
        kindKey: string;
        kindName: string;
        retired: boolean;
        guide: { id: string; title: string };
      };
    }>;
  };
};

export type KitQueryVariables = Exact<{
  id: string | number;
}>;

export type KitQuery = {
  kit: {
    id: string;
    name: string;
    targetRole: string;
    rubricId: string;
    instructions: string;
    totalMinutes: number;
    version: number;
    updatedAt: string;
    rubric: { id: string; name: string };
    items: Array<{
      id: string;
      position: number;
      plannedMinutes: number;
      question: {
        id: string;
        number: number | null;
        prompt: string;
        kind: string | null;
        kindKey: string;
        kindName: string;
        retired: boolean;
        guide: { id: string; title: string };
      };
    }>;
  };
};

export type KitChoicesQueryVariables = Exact<{ [key: string]: never }>;

export type KitChoicesQuery = {
  kits: Array<{
    id: string;
    name: string;
    targetRole: string;
    items: Array<{ id: string; question: { id: string } }>;
  }>;
};

export type KitQuestionPickerQueryVariables = Exact<{
  search?: string | null | undefined;
  guideId?: string | number | null | undefined;
  first: number;
}>;

export type KitQuestionPickerQuery = {
  questions: {
    totalCount: number | null;
    isTotalCountCapped: boolean;
    edges: Array<{
      node: {
        id: string;
        number: number | null;
        prompt: string;
        kind: string | null;
        kindKey: string;
        kindName: string;
        retired: boolean;
        guide: { id: string; title: string };
      };
    }>;
  };
};

export type KitRubricOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type KitRubricOptionsQuery = {
  rubrics: Array<{
    id: string;
    name: string;
    defaultForKind: string | null;
    defaultForKindName: string | null;
  }>;
};

export type KitsQueryVariables = Exact<{ [key: string]: never }>;

export type KitsQuery = {
  kits: Array<{
    id: string;
    name: string;
    targetRole: string;
    totalMinutes: number;
    version: number;
    updatedAt: string;
    rubric: { id: string; name: string };
    items: Array<{ id: string }>;
  }>;
};

export type OutgoingMessageFieldsFragment = {
  id: string;
  kind: string;
  recipientEmail: string;
  subject: string;
  status: OutgoingMessageStatus;
  attempts: number;
  lastError: string | null;
  lastStage: string | null;
  createdAt: string;
  sentAt: string | null;
};

export type RetryOutgoingMessageMutationVariables = Exact<{
  input: RetryOutgoingMessageInput;
}>;

export type RetryOutgoingMessageMutation = {
  retryOutgoingMessage: {
    id: string;
    kind: string;
    recipientEmail: string;
    subject: string;
    status: OutgoingMessageStatus;
    attempts: number;
    lastError: string | null;
    lastStage: string | null;
    createdAt: string;
    sentAt: string | null;
  };
};

export type SendTestEmailMutationVariables = Exact<{ [key: string]: never }>;

export type SendTestEmailMutation = {
  sendTestEmail: {
    id: string;
    kind: string;
    recipientEmail: string;
    subject: string;
    status: OutgoingMessageStatus;
    attempts: number;
    lastError: string | null;
    lastStage: string | null;
    createdAt: string;
    sentAt: string | null;
  };
};

export type MailStatusQueryVariables = Exact<{ [key: string]: never }>;

export type MailStatusQuery = {
  mailStatus: {
    isSmtpConfigured: boolean;
    transport: string;
    from: string;
    queued: number;
    failed: number;
    held: number;
  };
};

export type OutgoingMessagesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  status?: OutgoingMessageStatus | null | undefined;
}>;

export type OutgoingMessagesQuery = {
  outgoingMessages: {
    totalCount: number | null;
    isTotalCountCapped: boolean;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        kind: string;
        recipientEmail: string;
        subject: string;
        status: OutgoingMessageStatus;
        attempts: number;
        lastError: string | null;
        lastStage: string | null;
        createdAt: string;
        sentAt: string | null;
      };
    }>;
  };
};

export type NotificationFieldsFragment = {
  id: string;
  kind: string;
  message: string;
  link: string | null;
  readAt: string | null;
  createdAt: string;
};

export type MarkNotificationReadMutationVariables = Exact<{
  input: MarkNotificationReadInput;
}>;

export type MarkNotificationReadMutation = {
  markNotificationRead: {
    unreadCount: number;
    items: Array<{
      id: string;
      kind: string;
      message: string;
      link: string | null;
      readAt: string | null;
      createdAt: string;
    }>;
  };
};

export type NotificationsQueryVariables = Exact<{ [key: string]: never }>;

export type NotificationsQuery = {
  notifications: {
    unreadCount: number;
    items: Array<{
      id: string;
      kind: string;
      message: string;
      link: string | null;
      readAt: string | null;
      createdAt: string;
    }>;
  };
};

export type CompleteSetupMutationVariables = Exact<{
  input: CompleteSetupInput;
}>;

export type CompleteSetupMutation = {
  completeSetup: {
    role: TeamRole | null;
    canCreateTeam: boolean;
    user: { id: string; name: string; email: string; timeZone: string };
    currentTeam: { id: string; name: string } | null;
    emailPreferences: { sessionUpdates: boolean; scorecardUpdates: boolean };
    memberships: Array<{
      id: string;
      role: TeamRole;
      team: { id: string; name: string };
    }>;
  };
};

export type SetupStatusQueryVariables = Exact<{ [key: string]: never }>;

export type SetupStatusQuery = { setupStatus: { needsSetup: boolean } };

export type AnswerFieldFieldsFragment = {
  label: string;
  text: string | null;
  items: Array<string> | null;
  ordered: boolean | null;
  children: Array<{
    label: string;
    text: string | null;
    items: Array<string> | null;
    ordered: boolean | null;
    children: Array<{
      label: string;
      text: string | null;
      items: Array<string> | null;
      ordered: boolean | null;
    }> | null;
  }> | null;
};

export type FacetCountFieldsFragment = {
  value: string;
  label: string;
  count: number;
};

export type ModelAnswerFieldsFragment = {
  summary: string | null;
  fields: Array<{
    label: string;
    text: string | null;
    items: Array<string> | null;
    ordered: boolean | null;
    children: Array<{
      label: string;
      text: string | null;
      items: Array<string> | null;
      ordered: boolean | null;
      children: Array<{
        label: string;
        text: string | null;
        items: Array<string> | null;
        ordered: boolean | null;
      }> | null;
    }> | null;
  }>;
  parts: Array<{
    title: string;
    fields: Array<{
      label: string;
      text: string | null;
      items: Array<string> | null;
      ordered: boolean | null;
      children: Array<{
        label: string;
        text: string | null;
        items: Array<string> | null;
        ordered: boolean | null;
        children: Array<{
          label: string;
          text: string | null;
          items: Array<string> | null;
          ordered: boolean | null;
        }> | null;
      }> | null;
    }>;
  }>;
};

export type QuestionEditableFieldsFragment = {
  context: string | null;
  revision: number;
  revisionId: string;
  revisionOrigin: QuestionRevisionOrigin;
  id: string;
  prompt: string;
  kind: string | null;
  kindKey: string;
  kindName: string;
  number: number | null;
  retired: boolean;
  sourceLines: { start: number; end: number } | null;
  guide: {
    id: string;
    title: string;
    sourceFileName: string | null;
    deletedAt: string | null;
  };
  answer: {
    summary: string | null;
    fields: Array<{
      label: string;
      text: string | null;
      items: Array<string> | null;
      ordered: boolean | null;
      children: Array<{
        label: string;
        text: string | null;
        items: Array<string> | null;
        ordered: boolean | null;
        children: Array<{
          label: string;
          text: string | null;
          items: Array<string> | null;
          ordered: boolean | null;
        }> | null;
      }> | null;
    }>;
    parts: Array<{
      title: string;
      fields: Array<{
        label: string;
        text: string | null;
        items: Array<string> | null;
        ordered: boolean | null;
        children: Array<{
          label: string;
          text: string | null;
          items: Array<string> | null;
          ordered: boolean | null;
          children: Array<{
            label: string;
            text: string | null;
            items: Array<string> | null;
            ordered: boolean | null;
          }> | null;
        }> | null;
      }>;
    }>;
  };
  followUps: Array<{ text: string; response: string | null }>;
  revisions: Array<{
    id: string;
    revision: number;
    origin: QuestionRevisionOrigin;
    createdAt: string;
    authorName: string | null;
    prompt: string;
  }>;
};

export type QuestionFieldsFragment = {
  id: string;
  prompt: string;
  kind: string | null;
  kindKey: string;
  kindName: string;
  number: number | null;
  retired: boolean;
  guide: { id: string; title: string };
};

export type CreateQuestionMutationVariables = Exact<{
  input: CreateQuestionInput;
}>;

export type CreateQuestionMutation = {
  createQuestion: {
    context: string | null;
    revision: number;
    revisionId: string;
    revisionOrigin: QuestionRevisionOrigin;
    id: string;
    prompt: string;
    kind: string | null;
    kindKey: string;
    kindName: string;
    number: number | null;
    retired: boolean;
    sourceLines: { start: number; end: number } | null;
    guide: {
      id: string;
      title: string;
      sourceFileName: string | null;
      deletedAt: string | null;
    };
    answer: {
      summary: string | null;
      fields: Array<{
        label: string;
        text: string | null;
        items: Array<string> | null;
        ordered: boolean | null;
        children: Array<{
          label: string;
          text: string | null;
          items: Array<string> | null;
          ordered: boolean | null;
          children: Array<{
            label: string;
            text: string | null;
            items: Array<string> | null;
            ordered: boolean | null;
          }> | null;
        }> | null;
      }>;
      parts: Array<{
        title: string;
        fields: Array<{
          label: string;
          text: string | null;
          items: Array<string> | null;
          ordered: boolean | null;
          children: Array<{
            label: string;
            text: string | null;
            items: Array<string> | null;
            ordered: boolean | null;
            children: Array<{
              label: string;
              text: string | null;
              items: Array<string> | null;
              ordered: boolean | null;
            }> | null;
          }> | null;
        }>;
      }>;
    };
    followUps: Array<{ text: string; response: string | null }>;
    revisions: Array<{
      id: string;
      revision: number;
      origin: QuestionRevisionOrigin;
      createdAt: string;
      authorName: string | null;
      prompt: string;
    }>;
  };
};

export type UpdateQuestionMutationVariables = Exact<{
  input: UpdateQuestionInput;
}>;

export type UpdateQuestionMutation = {
  updateQuestion: {
    context: string | null;
    revision: number;
    revisionId: string;
    revisionOrigin: QuestionRevisionOrigin;
    id: string;
    prompt: string;
    kind: string | null;
    kindKey: string;
    kindName: string;
    number: number | null;
    retired: boolean;
    sourceLines: { start: number; end: number } | null;
    guide: {
      id: string;
      title: string;
      sourceFileName: string | null;
      deletedAt: string | null;
    };
    answer: {
      summary: string | null;
      fields: Array<{
        label: string;
        text: string | null;
        items: Array<string> | null;
        ordered: boolean | null;
        children: Array<{
          label: string;
          text: string | null;
          items: Array<string> | null;
          ordered: boolean | null;
          children: Array<{
            label: string;
            text: string | null;
            items: Array<string> | null;
            ordered: boolean | null;
          }> | null;
        }> | null;
      }>;
      parts: Array<{
        title: string;
        fields: Array<{
          label: string;
          text: string | null;
          items: Array<string> | null;
          ordered: boolean | null;
          children: Array<{
            label: string;
            text: string | null;
            items: Array<string> | null;
            ordered: boolean | null;
            children: Array<{
              label: string;
              text: string | null;
              items: Array<string> | null;
              ordered: boolean | null;
            }> | null;
          }> | null;
        }>;
      }>;
    };
    followUps: Array<{ text: string; response: string | null }>;
    revisions: Array<{
      id: string;
      revision: number;
      origin: QuestionRevisionOrigin;
      createdAt: string;
      authorName: string | null;
      prompt: string;
    }>;
  };
};

export type QuestionBankFacetsQueryVariables = Exact<{ [key: string]: never }>;

export type QuestionBankFacetsQuery = {
  questionFacets: {
    kinds: Array<{ value: string; label: string; count: number }>;
    tags: Array<{ value: string; label: string; count: number }>;
    verticals: Array<{ value: string; label: string; count: number }>;
  };
};

export type QuestionBankSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  kindKey?: string | null | undefined;
  guideId?: string | number | null | undefined;
  tag?: string | null | undefined;
  vertical?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
  includeRetired?: boolean;
}>;

export type QuestionBankSearchQuery = {
  questions: {
    totalCount: number | null;
    isTotalCountCapped: boolean;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        prompt: string;
        kind: string | null;
        kindKey: string;
        kindName: string;
        number: number | null;
        retired: boolean;
        highlight: Array<{ text: string; isMatch: boolean }> | null;
        guide: { id: string; title: string };
      };
    }>;
  };
};

export type QuestionDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type QuestionDetailQuery = {
  question: {
    context: string | null;
    revision: number;
    revisionId: string;
    revisionOrigin: QuestionRevisionOrigin;
    id: string;
    prompt: string;
    kind: string | null;
    kindKey: string;
    kindName: string;
    number: number | null;
    retired: boolean;
    sourceLines: { start: number; end: number } | null;
    guide: {
      id: string;
      title: string;
      sourceFileName: string | null;
      deletedAt: string | null;
    };
    answer: {
      summary: string | null;
      fields: Array<{
        label: string;
        text: string | null;
        items: Array<string> | null;
        ordered: boolean | null;
        children: Array<{
          label: string;
          text: string | null;
          items: Array<string> | null;
          ordered: boolean | null;
          children: Array<{
            label: string;
            text: string | null;
            items: Array<string> | null;
            ordered: boolean | null;
          }> | null;
        }> | null;
      }>;
      parts: Array<{
        title: string;
        fields: Array<{
          label: string;
          text: string | null;
          items: Array<string> | null;
          ordered: boolean | null;
          children: Array<{
            label: string;
            text: string | null;
            items: Array<string> | null;
            ordered: boolean | null;
            children: Array<{
              label: string;
              text: string | null;
              items: Array<string> | null;
              ordered: boolean | null;
            }> | null;
          }> | null;
        }>;
      }>;
    };
    followUps: Array<{ text: string; response: string | null }>;
    revisions: Array<{
      id: string;
      revision: number;
      origin: QuestionRevisionOrigin;
      createdAt: string;
      authorName: string | null;
      prompt: string;
    }>;
  };
};

export type RubricFieldsFragment = {
  id: string;
  name: string;
  description: string;
  defaultForKind: string | null;
  defaultForKindName: string | null;
  version: number;
  versionId: string;
  updatedAt: string;
  scale: Array<{ level: number; label: string }>;
  competencies: Array<{
    id: string;
    name: string;
    description: string;
    anchors: Array<{ level: number; text: string }>;
  }>;
};

export type CreateRubricMutationVariables = Exact<{
  input: CreateRubricInput;
}>;

export type CreateRubricMutation = {
  createRubric: {
    id: string;
    name: string;
    description: string;
    defaultForKind: string | null;
    defaultForKindName: string | null;
    version: number;
    versionId: string;
    updatedAt: string;
    scale: Array<{ level: number; label: string }>;
    competencies: Array<{
      id: string;
      name: string;
      description: string;
      anchors: Array<{ level: number; text: string }>;
    }>;
  };
};

export type UpdateRubricMutationVariables = Exact<{
  input: UpdateRubricInput;
}>;

export type UpdateRubricMutation = {
  updateRubric: {
    id: string;
    name: string;
    description: string;
    defaultForKind: string | null;
    defaultForKindName: string | null;
    version: number;
    versionId: string;
    updatedAt: string;
    scale: Array<{ level: number; label: string }>;
    competencies: Array<{
      id: string;
      name: string;
      description: string;
      anchors: Array<{ level: number; text: string }>;
    }>;
  };
};

export type RubricQueryVariables = Exact<{
  id: string | number;
}>;

export type RubricQuery = {
  rubric: {
    id: string;
    name: string;
    description: string;
    defaultForKind: string | null;
    defaultForKindName: string | null;
    version: number;
    versionId: string;
    updatedAt: string;
    scale: Array<{ level: number; label: string }>;
    competencies: Array<{
      id: string;
      name: string;
      description: string;
      anchors: Array<{ level: number; text: string }>;
    }>;
  };
};

export type RubricKindOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type RubricKindOptionsQuery = {
  questionFacets: {
    kinds: Array<{ value: string; label: string; count: number }>;
  };
};

export type RubricsQueryVariables = Exact<{ [key: string]: never }>;

export type RubricsQuery = {
  rubrics: Array<{
    id: string;
    name: string;
    description: string;
    defaultForKind: string | null;
    defaultForKindName: string | null;
    version: number;
    versionId: string;
    updatedAt: string;
    scale: Array<{ level: number; label: string }>;
    competencies: Array<{
      id: string;
      name: string;
      description: string;
      anchors: Array<{ level: number; text: string }>;
    }>;
  }>;
};

export type BookingViolationFieldsFragment = {
  userId: string | null;
  name: string | null;
  rule: BookingRule;
  detail: string;
};

export type InterviewSessionFieldsFragment = {
  id: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  location: string;
  status: SessionStatus;
  version: number;
  sequence: number;
  rescheduleCount: number;
  kitId: string;
  kitName: string;
  candidate: {
    id: string;
    name: string;
    email: string | null;
    targetRole: string | null;
  };
  panel: Array<{
    role: PanelRole;
    user: { id: string; name: string; email: string; timeZone: string };
  }>;
};

export type SessionEventFieldsFragment = {
  kind: string;
  reason: string | null;
  at: string;
  actorName: string | null;
  previousStartsAt: string | null;
  newStartsAt: string | null;
  overrodePolicy: boolean;
  overrodeAvailability: boolean;
  availabilityOverrideReason: string | null;
  party: string | null;
  availabilityViolations: Array<{
    userId: string | null;
    name: string | null;
    rule: BookingRule;
    detail: string;
  }>;
};

export type CancelSessionMutationVariables = Exact<{
  input: CancelSessionInput;
}>;

export type CancelSessionMutation = {
  cancelSession: {
    id: string;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    location: string;
    status: SessionStatus;
    version: number;
    sequence: number;
    rescheduleCount: number;
    kitId: string;
    kitName: string;
    history: Array<{
      kind: string;
      reason: string | null;
      at: string;
      actorName: string | null;
      previousStartsAt: string | null;
      newStartsAt: string | null;
      overrodePolicy: boolean;
      overrodeAvailability: boolean;
      availabilityOverrideReason: string | null;
      party: string | null;
      availabilityViolations: Array<{
        userId: string | null;
        name: string | null;
        rule: BookingRule;
        detail: string;
      }>;
    }>;
    candidate: {
      id: string;
      name: string;
      email: string | null;
      targetRole: string | null;
    };
    panel: Array<{
      role: PanelRole;
      user: { id: string; name: string; email: string; timeZone: string };
    }>;
  };
};

export type MarkNoShowMutationVariables = Exact<{
  input: MarkNoShowInput;
}>;

export type MarkNoShowMutation = {
  markNoShow: {
    id: string;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    location: string;
    status: SessionStatus;
    version: number;
    sequence: number;
    rescheduleCount: number;
    kitId: string;
    kitName: string;
    history: Array<{
      kind: string;
      reason: string | null;
      at: string;
      actorName: string | null;
      previousStartsAt: string | null;
      newStartsAt: string | null;
      overrodePolicy: boolean;
      overrodeAvailability: boolean;
      availabilityOverrideReason: string | null;
      party: string | null;
      availabilityViolations: Array<{
        userId: string | null;
        name: string | null;
        rule: BookingRule;
        detail: string;
      }>;
    }>;
    candidate: {
      id: string;
      name: string;
      email: string | null;
      targetRole: string | null;
    };
    panel: Array<{
      role: PanelRole;
      user: { id: string; name: string; email: string; timeZone: string };
    }>;
  };
};

export type RescheduleSessionMutationVariables = Exact<{
  input: RescheduleSessionInput;
}>;

export type RescheduleSessionMutation = {
  rescheduleSession: {
    id: string;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    location: string;
    status: SessionStatus;
    version: number;
    sequence: number;
    rescheduleCount: number;
    kitId: string;
    kitName: string;
    history: Array<{
      kind: string;
      reason: string | null;
      at: string;
      actorName: string | null;
      previousStartsAt: string | null;
      newStartsAt: string | null;
      overrodePolicy: boolean;
      overrodeAvailability: boolean;
      availabilityOverrideReason: string | null;
      party: string | null;
      availabilityViolations: Array<{
        userId: string | null;
        name: string | null;
        rule: BookingRule;
        detail: string;
      }>;
    }>;
    candidate: {
      id: string;
      name: string;
      email: string | null;
      targetRole: string | null;
    };
    panel: Array<{
      role: PanelRole;
      user: { id: string; name: string; email: string; timeZone: string };
    }>;
  };
};

export type ScheduleSessionMutationVariables = Exact<{
  input: ScheduleSessionInput;
}>;

export type ScheduleSessionMutation = {
  scheduleSession: {
    id: string;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    location: string;
    status: SessionStatus;
    version: number;
    sequence: number;
    rescheduleCount: number;
    kitId: string;
    kitName: string;
    history: Array<{
      kind: string;
      reason: string | null;
      at: string;
      actorName: string | null;
      previousStartsAt: string | null;
      newStartsAt: string | null;
      overrodePolicy: boolean;
      overrodeAvailability: boolean;
      availabilityOverrideReason: string | null;
      party: string | null;
      availabilityViolations: Array<{
        userId: string | null;
        name: string | null;
        rule: BookingRule;
        detail: string;
      }>;
    }>;
    candidate: {
      id: string;
      name: string;
      email: string | null;
      targetRole: string | null;
    };
    panel: Array<{
      role: PanelRole;
      user: { id: string; name: string; email: string; timeZone: string };
    }>;
  };
};

export type SetScorecardRevealDeadlineMutationVariables = Exact<{
  input: SetRevealDeadlineInput;
}>;

export type SetScorecardRevealDeadlineMutation = {
  setScorecardRevealDeadline: { id: string; revealAt: string | null };
};

export type BookingConflictsQueryVariables = Exact<{
  input: BookingConflictsInput;
}>;

export type BookingConflictsQuery = {
  bookingConflicts: Array<{
    userId: string | null;
    name: string | null;
    rule: BookingRule;
    detail: string;
  }>;
};

export type FindSlotsQueryVariables = Exact<{
  input: FindSlotsInput;
}>;

export type FindSlotsQuery = {
  findSlots: Array<{
    start: string;
    end: string;
    score: number;
    interviewers: Array<{ id: string; name: string; timeZone: string }>;
  }>;
};

export type SchedulingCandidatesQueryVariables = Exact<{
  search?: string | null | undefined;
}>;

export type SchedulingCandidatesQuery = {
  candidates: {
    edges: Array<{
      node: {
        id: string;
        name: string;
        email: string | null;
        targetRole: string | null;
      };
    }>;
  };
};

export type SchedulingKitsQueryVariables = Exact<{ [key: string]: never }>;

export type SchedulingKitsQuery = {
  kits: Array<{
    id: string;
    name: string;
    targetRole: string;
    totalMinutes: number;
  }>;
};

export type SchedulingMembersQueryVariables = Exact<{ [key: string]: never }>;

export type SchedulingMembersQuery = {
  members: Array<{
    id: string;
    active: boolean;
    role: TeamRole;
    user: { id: string; name: string; email: string; timeZone: string };
  }>;
};

export type SessionDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type SessionDetailQuery = {
  session: {
    id: string;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    location: string;
    status: SessionStatus;
    version: number;
    sequence: number;
    rescheduleCount: number;
    kitId: string;
    kitName: string;
    history: Array<{
      kind: string;
      reason: string | null;
      at: string;
      actorName: string | null;
      previousStartsAt: string | null;
      newStartsAt: string | null;
      overrodePolicy: boolean;
      overrodeAvailability: boolean;
      availabilityOverrideReason: string | null;
      party: string | null;
      availabilityViolations: Array<{
        userId: string | null;
        name: string | null;
        rule: BookingRule;
        detail: string;
      }>;
    }>;
    candidate: {
      id: string;
      name: string;
      email: string | null;
      targetRole: string | null;
    };
    panel: Array<{
      role: PanelRole;
      user: { id: string; name: string; email: string; timeZone: string };
    }>;
  };
};

export type SessionScoringStatusQueryVariables = Exact<{
  id: string | number;
}>;

export type SessionScoringStatusQuery = {
  session: {
    id: string;
    revealAt: string | null;
    panelSubmissions: Array<{
      role: PanelRole;
      required: boolean;
      submittedAt: string | null;
      user: { id: string; name: string };
    }>;
  };
  team: { id: string; scorecardReveal: ScorecardReveal };
};

export type WeekSessionsQueryVariables = Exact<{
  from: string;
  to: string;
  interviewerId?: string | number | null | undefined;
}>;

export type WeekSessionsQuery = {
  sessions: Array<{
    id: string;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    location: string;
    status: SessionStatus;
    version: number;
    sequence: number;
    rescheduleCount: number;
    kitId: string;
    kitName: string;
    candidate: {
      id: string;
      name: string;
      email: string | null;
      targetRole: string | null;
    };
    panel: Array<{
      role: PanelRole;
      user: { id: string; name: string; email: string; timeZone: string };
    }>;
  }>;
};

export type ScorecardFieldsFragment = {
  id: string;
  sessionId: string;
  status: ScorecardStatus;
  version: number;
  submittedAt: string | null;
  updatedAt: string;
  rubricName: string;
  rubricVersionId: string;
  recommendation: Recommendation | null;
  summary: string;
  interviewer: { id: string; name: string };
  competencies: Array<{
    id: string;
    name: string;
    description: string;
    anchors: Array<{ level: number; text: string }>;
  }>;
  scale: Array<{ level: number; label: string }>;
  ratings: Array<{
    competencyId: string;
    level: number | null;
    notAssessed: boolean;
    evidence: string;
  }>;
  questionRatings: Array<{ sessionQuestionId: string; level: number }>;
  amendments: Array<{
    at: string;
    actorName: string | null;
    reason: string;
    previousRecommendation: string | null;
  }>;
};

export type ScoringCompetencyFieldsFragment = {
  id: string;
  name: string;
  description: string;
  anchors: Array<{ level: number; text: string }>;
};

export type AmendScorecardMutationVariables = Exact<{
  input: AmendScorecardInput;
}>;

export type AmendScorecardMutation = {
  amendScorecard: {
    id: string;
    sessionId: string;
    status: ScorecardStatus;
    version: number;
    submittedAt: string | null;
    updatedAt: string;
    rubricName: string;
    rubricVersionId: string;
    recommendation: Recommendation | null;
    summary: string;
    interviewer: { id: string; name: string };
    competencies: Array<{
      id: string;
      name: string;
      description: string;
      anchors: Array<{ level: number; text: string }>;
    }>;
    scale: Array<{ level: number; label: string }>;
    ratings: Array<{
      competencyId: string;
      level: number | null;
      notAssessed: boolean;
      evidence: string;
    }>;
    questionRatings: Array<{ sessionQuestionId: string; level: number }>;
    amendments: Array<{
      at: string;
      actorName: string | null;
      reason: string;
      previousRecommendation: string | null;
    }>;
  };
};

export type SaveScorecardMutationVariables = Exact<{
  input: SaveScorecardInput;
}>;

export type SaveScorecardMutation = {
  saveScorecard: {
    id: string;
    sessionId: string;
    status: ScorecardStatus;
    version: number;
    submittedAt: string | null;
    updatedAt: string;
    rubricName: string;
    rubricVersionId: string;
    recommendation: Recommendation | null;
    summary: string;
    interviewer: { id: string; name: string };
    competencies: Array<{
      id: string;
      name: string;
      description: string;
      anchors: Array<{ level: number; text: string }>;
    }>;
    scale: Array<{ level: number; label: string }>;
    ratings: Array<{
      competencyId: string;
      level: number | null;
      notAssessed: boolean;
      evidence: string;
    }>;
    questionRatings: Array<{ sessionQuestionId: string; level: number }>;
    amendments: Array<{
      at: string;
      actorName: string | null;
      reason: string;
      previousRecommendation: string | null;
    }>;
  };
};

export type SubmitScorecardMutationVariables = Exact<{
  input: SubmitScorecardInput;
}>;

export type SubmitScorecardMutation = {
  submitScorecard: {
    id: string;
    sessionId: string;
    status: ScorecardStatus;
    version: number;
    submittedAt: string | null;
    updatedAt: string;
    rubricName: string;
    rubricVersionId: string;
    recommendation: Recommendation | null;
    summary: string;
    interviewer: { id: string; name: string };
    competencies: Array<{
      id: string;
      name: string;
      description: string;
      anchors: Array<{ level: number; text: string }>;
    }>;
    scale: Array<{ level: number; label: string }>;
    ratings: Array<{
      competencyId: string;
      level: number | null;
      notAssessed: boolean;
      evidence: string;
    }>;
    questionRatings: Array<{ sessionQuestionId: string; level: number }>;
    amendments: Array<{
      at: string;
      actorName: string | null;
      reason: string;
      previousRecommendation: string | null;
    }>;
  };
};

export type ScorecardSessionQueryVariables = Exact<{
  id: string | number;
}>;

export type ScorecardSessionQuery = {
  session: {
    id: string;
    status: SessionStatus;
    startsAt: string;
    startedAt: string | null;
    completedAt: string | null;
    kitName: string;
    scorecardsRevealed: boolean;
    candidate: { id: string; name: string };
    panel: Array<{ role: PanelRole; user: { id: string; name: string } }>;
    questions: Array<{
      id: string;
      position: number;
      askedAt: string | null;
      skippedAt: string | null;
      question: {
        id: string;
        prompt: string;
        number: number | null;
        followUps: Array<{ text: string }>;
      };
    }>;
    scoringRubric: {
      id: string;
      name: string;
      competencies: Array<{
        id: string;
        name: string;
        description: string;
        anchors: Array<{ level: number; text: string }>;
      }>;
      scale: Array<{ level: number; label: string }>;
    } | null;
    myScorecard: {
      id: string;
      sessionId: string;
      status: ScorecardStatus;
      version: number;
      submittedAt: string | null;
      updatedAt: string;
      rubricName: string;
      rubricVersionId: string;
      recommendation: Recommendation | null;
      summary: string;
      interviewer: { id: string; name: string };
      competencies: Array<{
        id: string;
        name: string;
        description: string;
        anchors: Array<{ level: number; text: string }>;
      }>;
      scale: Array<{ level: number; label: string }>;
      ratings: Array<{
        competencyId: string;
        level: number | null;
        notAssessed: boolean;
        evidence: string;
      }>;
      questionRatings: Array<{ sessionQuestionId: string; level: number }>;
      amendments: Array<{
        at: string;
        actorName: string | null;
        reason: string;
        previousRecommendation: string | null;
      }>;
    } | null;
    myNotes: Array<{
      id: string;
      sessionId: string;
      sessionQuestionId: string | null;
      text: string;
      followUpsAsked: Array<number>;
      customFollowUps: Array<string>;
      version: number;
      lastEditId: string | null;
      updatedAt: string;
    }>;
    scorecards: Array<{
      id: string;
      sessionId: string;
      status: ScorecardStatus;
      version: number;
      submittedAt: string | null;
      updatedAt: string;
      rubricName: string;
      rubricVersionId: string;
      recommendation: Recommendation | null;
      summary: string;
      interviewer: { id: string; name: string };
      competencies: Array<{
        id: string;
        name: string;
        description: string;
        anchors: Array<{ level: number; text: string }>;
      }>;
      scale: Array<{ level: number; label: string }>;
      ratings: Array<{
        competencyId: string;
        level: number | null;
        notAssessed: boolean;
        evidence: string;
      }>;
      questionRatings: Array<{ sessionQuestionId: string; level: number }>;
      amendments: Array<{
        at: string;
        actorName: string | null;
        reason: string;
        previousRecommendation: string | null;
      }>;
    }>;
    panelSubmissions: Array<{
      role: PanelRole;
      required: boolean;
      submittedAt: string | null;
      user: { id: string; name: string };
    }>;
  };
};

export type BookingPageFieldsFragment = {
  teamName: string;
  title: string;
  durationMinutes: number;
  candidateName: string;
  timeZone: string;
  status: BookingPageStatus;
  expiresAt: string;
  policy: string;
  slots: Array<{ start: string; end: string }>;
  booking: {
    startsAt: string;
    endsAt: string;
    location: string;
    canReschedule: boolean;
    canCancel: boolean;
    changeBlockedReason: string | null;
  } | null;
};

export type SchedulingRequestFieldsFragment = {
  id: string;
  kitName: string;
  durationMinutes: number;
  status: SchedulingRequestStatus;
  sendCount: number;
  sentAt: string;
  openedAt: string | null;
  bookedAt: string | null;
  expiresAt: string;
  windowStart: string;
  windowEnd: string;
  sessionId: string | null;
  sessionStartsAt: string | null;
  createdByName: string | null;
  link: string | null;
  poolCount: number;
  panel: Array<{ role: PanelRole; user: { id: string; name: string } }>;
  pool: Array<{ id: string; name: string }>;
};

export type BookSlotMutationVariables = Exact<{
  input: BookSlotInput;
}>;

export type BookSlotMutation = {
  bookSlot: {
    teamName: string;
    title: string;
    durationMinutes: number;
    candidateName: string;
    timeZone: string;
    status: BookingPageStatus;
    expiresAt: string;
    policy: string;
    slots: Array<{ start: string; end: string }>;
    booking: {
      startsAt: string;
      endsAt: string;
      location: string;
      canReschedule: boolean;
      canCancel: boolean;
      changeBlockedReason: string | null;
    } | null;
  };
};

export type CancelBookingMutationVariables = Exact<{
  input: CancelBookingInput;
}>;

export type CancelBookingMutation = {
  cancelBooking: {
    teamName: string;
    title: string;
    durationMinutes: number;
    candidateName: string;
    timeZone: string;
    status: BookingPageStatus;
    expiresAt: string;
    policy: string;
    slots: Array<{ start: string; end: string }>;
    booking: {
      startsAt: string;
      endsAt: string;
      location: string;
      canReschedule: boolean;
      canCancel: boolean;
      changeBlockedReason: string | null;
    } | null;
  };
};

export type CreateSchedulingRequestMutationVariables = Exact<{
  input: CreateSchedulingRequestInput;
}>;

export type CreateSchedulingRequestMutation = {
  createSchedulingRequest: {
    id: string;
    kitName: string;
    durationMinutes: number;
    status: SchedulingRequestStatus;
    sendCount: number;
    sentAt: string;
    openedAt: string | null;
    bookedAt: string | null;
    expiresAt: string;
    windowStart: string;
    windowEnd: string;
    sessionId: string | null;
    sessionStartsAt: string | null;
    createdByName: string | null;
    link: string | null;
    poolCount: number;
    panel: Array<{ role: PanelRole; user: { id: string; name: string } }>;
    pool: Array<{ id: string; name: string }>;
  };
};

export type RescheduleBookingMutationVariables = Exact<{
  input: BookSlotInput;
}>;

export type RescheduleBookingMutation = {
  rescheduleBooking: {
    teamName: string;
    title: string;
    durationMinutes: number;
    candidateName: string;
    timeZone: string;
    status: BookingPageStatus;
    expiresAt: string;
    policy: string;
    slots: Array<{ start: string; end: string }>;
    booking: {
      startsAt: string;
      endsAt: string;
      location: string;
      canReschedule: boolean;
      canCancel: boolean;
      changeBlockedReason: string | null;
    } | null;
  };
};

export type ResendSchedulingRequestMutationVariables = Exact<{
  input: SchedulingRequestIdInput;
}>;

export type ResendSchedulingRequestMutation = {
  resendSchedulingRequest: {
    id: string;
    kitName: string;
    durationMinutes: number;
    status: SchedulingRequestStatus;
    sendCount: number;
    sentAt: string;
    openedAt: string | null;
    bookedAt: string | null;
    expiresAt: string;
    windowStart: string;
    windowEnd: string;
    sessionId: string | null;
    sessionStartsAt: string | null;
    createdByName: string | null;
    link: string | null;
    poolCount: number;
    panel: Array<{ role: PanelRole; user: { id: string; name: string } }>;
    pool: Array<{ id: string; name: string }>;
  };
};

export type RevokeSchedulingRequestMutationVariables = Exact<{
  input: SchedulingRequestIdInput;
}>;

export type RevokeSchedulingRequestMutation = {
  revokeSchedulingRequest: {
    id: string;
    kitName: string;
    durationMinutes: number;
    status: SchedulingRequestStatus;
    sendCount: number;
    sentAt: string;
    openedAt: string | null;
    bookedAt: string | null;
    expiresAt: string;
    windowStart: string;
    windowEnd: string;
    sessionId: string | null;
    sessionStartsAt: string | null;
    createdByName: string | null;
    link: string | null;
    poolCount: number;
    panel: Array<{ role: PanelRole; user: { id: string; name: string } }>;
    pool: Array<{ id: string; name: string }>;
  };
};

export type BookingPageQueryVariables = Exact<{
  token: string;
}>;

export type BookingPageQuery = {
  bookingPage: {
    teamName: string;
    title: string;
    durationMinutes: number;
    candidateName: string;
    timeZone: string;
    status: BookingPageStatus;
    expiresAt: string;
    policy: string;
    slots: Array<{ start: string; end: string }>;
    booking: {
      startsAt: string;
      endsAt: string;
      location: string;
      canReschedule: boolean;
      canCancel: boolean;
      changeBlockedReason: string | null;
    } | null;
  };
};

export type SchedulingRequestsQueryVariables = Exact<{
  candidateId: string | number;
}>;

export type SchedulingRequestsQuery = {
  schedulingRequests: Array<{
    id: string;
    kitName: string;
    durationMinutes: number;
    status: SchedulingRequestStatus;
    sendCount: number;
    sentAt: string;
    openedAt: string | null;
    bookedAt: string | null;
    expiresAt: string;
    windowStart: string;
    windowEnd: string;
    sessionId: string | null;
    sessionStartsAt: string | null;
    createdByName: string | null;
    link: string | null;
    poolCount: number;
    panel: Array<{ role: PanelRole; user: { id: string; name: string } }>;
    pool: Array<{ id: string; name: string }>;
  }>;
};

export type InviteFieldsFragment = {
  id: string;
  email: string;
  role: TeamRole;
  status: InviteStatus;
  invitedByName: string;
  createdAt: string;
  expiresAt: string;
};

export type MembershipFieldsFragment = {
  id: string;
  role: TeamRole;
  active: boolean;
  joinedAt: string;
  user: { id: string; name: string; email: string };
};

export type TeamSettingsFieldsFragment = {
  id: string;
  name: string;
  timeZone: string;
  scorecardReveal: ScorecardReveal;
  scorecardDueHours: number;
  reminderAfterHours: number;
  escalateAfterHours: number;
  minRescheduleNoticeHours: number;
  maxReschedules: number;
  minimumBookingNoticeMinutes: number;
};

export type ChangeMemberRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;

export type ChangeMemberRoleMutation = {
  changeMemberRole: {
    id: string;
    role: TeamRole;
    active: boolean;
    joinedAt: string;
    user: { id: string; name: string; email: string };
  };
};

export type CreateTeamMutationVariables = Exact<{
  input: CreateTeamInput;
}>;

export type CreateTeamMutation = {
  createTeam: {
    role: TeamRole | null;
    canCreateTeam: boolean;
    user: { id: string; name: string; email: string; timeZone: string };
    currentTeam: { id: string; name: string } | null;
    emailPreferences: { sessionUpdates: boolean; scorecardUpdates: boolean };
    memberships: Array<{
      id: string;
      role: TeamRole;
      team: { id: string; name: string };
    }>;
  };
};

export type DeactivateMemberMutationVariables = Exact<{
  input: DeactivateMemberInput;
}>;

export type DeactivateMemberMutation = {
  deactivateMember: {
    id: string;
    role: TeamRole;
    active: boolean;
    joinedAt: string;
    user: { id: string; name: string; email: string };
  };
};

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;

export type InviteMemberMutation = {
  inviteMember: {
    url: string;
    invite: {
      id: string;
      email: string;
      role: TeamRole;
      status: InviteStatus;
      invitedByName: string;
      createdAt: string;
      expiresAt: string;
    };
  };
};

export type RevokeInviteMutationVariables = Exact<{
  input: RevokeInviteInput;
}>;

export type RevokeInviteMutation = {
  revokeInvite: {
    id: string;
    email: string;
    role: TeamRole;
    status: InviteStatus;
    invitedByName: string;
    createdAt: string;
    expiresAt: string;
  };
};

export type UpdateTeamSettingsMutationVariables = Exact<{
  input: UpdateTeamSettingsInput;
}>;

export type UpdateTeamSettingsMutation = {
  updateTeamSettings: {
    id: string;
    name: string;
    timeZone: string;
    scorecardReveal: ScorecardReveal;
    scorecardDueHours: number;
    reminderAfterHours: number;
    escalateAfterHours: number;
    minRescheduleNoticeHours: number;
    maxReschedules: number;
    minimumBookingNoticeMinutes: number;
  };
};

export type PendingInvitesQueryVariables = Exact<{ [key: string]: never }>;

export type PendingInvitesQuery = {
  invites: Array<{
    id: string;
    email: string;
    role: TeamRole;
    status: InviteStatus;
    invitedByName: string;
    createdAt: string;
    expiresAt: string;
  }>;
};

export type TeamMembersQueryVariables = Exact<{ [key: string]: never }>;

export type TeamMembersQuery = {
  team: { id: string; name: string };
  members: Array<{
    id: string;
    role: TeamRole;
    active: boolean;
    joinedAt: string;
    user: { id: string; name: string; email: string };
  }>;
};

export type TeamSettingsQueryVariables = Exact<{ [key: string]: never }>;

export type TeamSettingsQuery = {
  team: {
    id: string;
    name: string;
    timeZone: string;
    scorecardReveal: ScorecardReveal;
    scorecardDueHours: number;
    reminderAfterHours: number;
    escalateAfterHours: number;
    minRescheduleNoticeHours: number;
    maxReschedules: number;
    minimumBookingNoticeMinutes: number;
  };
};

export type NudgeOutstandingScorecardMutationVariables = Exact<{
  input: NudgeInterviewerInput;
}>;

export type NudgeOutstandingScorecardMutation = { nudgeInterviewer: boolean };

export type FeedbackTimelinessQueryVariables = Exact<{ [key: string]: never }>;

export type FeedbackTimelinessQuery = {
  team: {
    id: string;
    reminderAfterHours: number;
    escalateAfterHours: number;
    scorecardDueHours: number;
  };
  feedbackTimeliness: {
    teamMedianHours: number | null;
    interviewers: Array<{
      due: number;
      overdue: number;
      oldestOutstandingHours: number | null;
      submitted: number;
      medianHours: number | null;
      interviewer: { id: string; name: string };
    }>;
    outstanding: Array<{
      sessionId: string;
      candidateName: string;
      endedAt: string;
      ageHours: number;
      overdue: boolean;
      reminded: boolean;
      escalated: boolean;
      interviewer: { id: string; name: string };
    }>;
  };
};

export const AuditEventFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditEventFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'AuditEvent' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'recordType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'details' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditEventFieldsFragment, unknown>;
export const ViewerFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewerFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Viewer' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentTeam' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canCreateTeam' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'emailPreferences' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sessionUpdates' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scorecardUpdates' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberships' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'team' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const AvailabilityFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AvailabilityFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Availability' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bufferMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dailyCap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weeklyCap' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'weeklyWindows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'weekday' } },
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overrides' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'windows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeOff' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AvailabilityFieldsFragment, unknown>;
export const CandidateReviewFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CandidateReviewFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'CandidateReview' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'candidate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetRole' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sessions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kitName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'panelSubmissions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'user' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'id' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'name' },
                            },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'required' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'submittedAt' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scoringRubric' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'scale' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'level' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'label' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ratings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'scorecardId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'interviewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competencyId' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notAssessed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evidence' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'scorecardId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'interviewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recommendation' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendationTally' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recommendation' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'disagreements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competencyId' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competencyName' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'lowest' } },
                { kind: 'Field', name: { kind: 'Name', value: 'highest' } },
                { kind: 'Field', name: { kind: 'Name', value: 'spread' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'opposingRecommendations' },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pending' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'interviewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasDraft' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decidedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CandidateReviewFieldsFragment, unknown>;
export const CandidateFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CandidateFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Candidate' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetRole' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CandidateFieldsFragment, unknown>;
export const QuestionChangeFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuestionChangeFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'QuestionChange' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QuestionChangeFieldsFragment, unknown>;
export const GuideImportResultFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GuideImportResultFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'GuideImportResult' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'guideId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'created' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'QuestionChangeFields' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revised' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'QuestionChangeFields' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retired' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'QuestionChangeFields' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'warnings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'error' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuestionChangeFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'QuestionChange' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GuideImportResultFieldsFragment, unknown>;
export const GuideFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GuideFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Guide' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vertical' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'importedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GuideFieldsFragment, unknown>;
export const RoleProfileFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RoleProfileFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'RoleProfile' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'details' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoleProfileFieldsFragment, unknown>;
export const SessionActivityFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionActivityFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SessionActivity' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionQuestionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SessionActivityFieldsFragment, unknown>;
export const SessionNoteFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionNoteFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SessionNote' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionQuestionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'followUpsAsked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customFollowUps' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastEditId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SessionNoteFieldsFragment, unknown>;
export const SessionQuestionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionQuestionFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SessionQuestion' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromKit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'askedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'askedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'skippedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previouslyAskedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'question' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revisionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kindKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kindName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'guide' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'answer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'summary' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'fields' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'label' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'text' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'items' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'ordered' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'children' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'label' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'text' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'items' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'ordered' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'children' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'label',
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'text' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'items',
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'ordered',
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'parts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'title' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'fields' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'label' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'text' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'items' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'ordered' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'children' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'label',
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'text' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'items',
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'ordered',
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'children',
                                          },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              {
                                                kind: 'Field',
                                                name: {
                                                  kind: 'Name',
                                                  value: 'label',
                                                },
                                              },
                                              {
                                                kind: 'Field',
                                                name: {
                                                  kind: 'Name',
                                                  value: 'text',
                                                },
                                              },
                                              {
                                                kind: 'Field',
                                                name: {
                                                  kind: 'Name',
                                                  value: 'items',
                                                },
                                              },
                                              {
                                                kind: 'Field',
                                                name: {
                                                  kind: 'Name',
                                                  value: 'ordered',
                                                },
                                              },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'followUps' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'response' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SessionQuestionFieldsFragment, unknown>;
export const KitQuestionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KitQuestionFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Question' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'guide' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KitQuestionFieldsFragment, unknown>;
export const KitFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KitFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'InterviewKit' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetRole' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rubricId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'instructions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rubric' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plannedMinutes' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'question' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'KitQuestionFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KitQuestionFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Question' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'guide' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KitFieldsFragment, unknown>;
export const KitSummaryFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KitSummaryFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'InterviewKit' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetRole' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rubric' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KitSummaryFieldsFragment, unknown>;
export const OutgoingMessageFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OutgoingMessageFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'OutgoingMessage' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recipientEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastStage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OutgoingMessageFieldsFragment, unknown>;
export const NotificationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Notification' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationFieldsFragment, unknown>;
export const FacetCountFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FacetCountFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'FacetCount' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'count' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FacetCountFieldsFragment, unknown>;
export const QuestionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuestionFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Question' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'guide' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QuestionFieldsFragment, unknown>;
export const AnswerFieldFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AnswerFieldFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'AnswerField' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'items' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ordered' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'children' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'items' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ordered' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'children' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'items' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ordered' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnswerFieldFieldsFragment, unknown>;
export const ModelAnswerFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ModelAnswerFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'ModelAnswer' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fields' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'AnswerFieldFields' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'fields' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'AnswerFieldFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AnswerFieldFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'AnswerField' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'items' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ordered' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'children' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'items' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ordered' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'children' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'items' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ordered' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ModelAnswerFieldsFragment, unknown>;
export const QuestionEditableFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuestionEditableFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Question' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'FragmentSpread',
            name: { kind: 'Name', value: 'QuestionFields' },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'context' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revisionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revisionOrigin' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sourceLines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'guide' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sourceFileName' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'deletedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ModelAnswerFields' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followUps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'response' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AnswerFieldFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'AnswerField' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'items' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ordered' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'children' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'items' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ordered' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'children' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'items' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ordered' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuestionFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Question' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'guide' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ModelAnswerFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'ModelAnswer' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fields' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'AnswerFieldFields' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'fields' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'AnswerFieldFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QuestionEditableFieldsFragment, unknown>;
export const RubricFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RubricFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Rubric' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultForKind' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'defaultForKindName' },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scale' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'anchors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RubricFieldsFragment, unknown>;
export const InterviewSessionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InterviewSessionFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'InterviewSession' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sequence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rescheduleCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kitName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'candidate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetRole' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'panel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'timeZone' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InterviewSessionFieldsFragment, unknown>;
export const BookingViolationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingViolationFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'BookingViolation' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BookingViolationFieldsFragment, unknown>;
export const SessionEventFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionEventFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SessionEvent' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previousStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'newStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overrodePolicy' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overrodeAvailability' },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'availabilityOverrideReason' },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'availabilityViolations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'BookingViolationFields' },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'party' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingViolationFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'BookingViolation' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SessionEventFieldsFragment, unknown>;
export const ScoringCompetencyFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ScoringCompetencyFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Competency' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'anchors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ScoringCompetencyFieldsFragment, unknown>;
export const ScorecardFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ScorecardFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Scorecard' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rubricName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rubricVersionId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'interviewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ScoringCompetencyFields' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scale' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ratings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competencyId' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notAssessed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evidence' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questionRatings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sessionQuestionId' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'recommendation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amendments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'previousRecommendation' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ScoringCompetencyFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Competency' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'anchors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ScorecardFieldsFragment, unknown>;
export const BookingPageFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingPageFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'BookingPage' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'teamName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'policy' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'slots' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'booking' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'canReschedule' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'canCancel' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changeBlockedReason' },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BookingPageFieldsFragment, unknown>;
export const SchedulingRequestFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SchedulingRequestFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SchedulingRequest' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sendCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'windowStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'windowEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'panel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pool' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'poolCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SchedulingRequestFieldsFragment, unknown>;
export const InviteFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InviteFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Invite' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InviteFieldsFragment, unknown>;
export const MembershipFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MembershipFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Membership' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MembershipFieldsFragment, unknown>;
export const TeamSettingsFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamSettingsFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Team' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scorecardReveal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scorecardDueHours' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reminderAfterHours' },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'escalateAfterHours' },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'minRescheduleNoticeHours' },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'maxReschedules' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'minimumBookingNoticeMinutes' },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamSettingsFieldsFragment, unknown>;
export const RequestPasswordResetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestPasswordReset' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'RequestPasswordResetInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestPasswordReset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RequestPasswordResetMutation,
  RequestPasswordResetMutationVariables
>;
export const ResetPasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResetPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ResetPasswordInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resetPassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ViewerFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewerFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Viewer' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentTeam' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canCreateTeam' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'emailPreferences' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sessionUpdates' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scorecardUpdates' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberships' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'team' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ResetPasswordMutation,
  ResetPasswordMutationVariables
>;
export const PasswordResetPreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PasswordResetPreview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'token' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'String' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'passwordResetPreview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'token' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  PasswordResetPreviewQuery,
  PasswordResetPreviewQueryVariables
>;
export const ChangePasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangePassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ChangePasswordInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changePassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ChangePasswordMutation,
  ChangePasswordMutationVariables
>;
export const UpdateEmailPreferencesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateEmailPreferences' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'UpdateEmailPreferencesInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateEmailPreferences' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ViewerFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewerFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Viewer' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentTeam' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canCreateTeam' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'emailPreferences' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sessionUpdates' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scorecardUpdates' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberships' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'team' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateEmailPreferencesMutation,
  UpdateEmailPreferencesMutationVariables
>;
export const UpdateProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'UpdateProfileInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateProfile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ViewerFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewerFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Viewer' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentTeam' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canCreateTeam' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'emailPreferences' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sessionUpdates' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scorecardUpdates' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberships' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'team' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateProfileMutation,
  UpdateProfileMutationVariables
>;
export const AnalyticsFilterOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AnalyticsFilterOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AnalyticsFilterOptionsQuery,
  AnalyticsFilterOptionsQueryVariables
>;
export const CalibrationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Calibration' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'filter' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'AnalyticsFilterInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'calibration' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'filter' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'minimums' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'agreementUnits' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'leniencyRatings' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'interviewers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'interviewer' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'id' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'name' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'competencyId' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'competencyName' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ratings' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'meanRating' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'panelMean' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'leniency' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'leniencyLow' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'leniencyHigh' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'hasEnoughData' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agreement' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'competencyId' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'competencyName' },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'alpha' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'units' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pairableRatings' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'hasEnoughData' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'submissionTimes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'interviewer' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'id' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'name' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'submitted' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'medianHours' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'teamMedianHours' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'teamSubmitted' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'questionUsage' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'questionId' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'prompt' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'timesAsked' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ratings' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'meanRating' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'decidedRatings' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'agreementWithDecision' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CalibrationQuery, CalibrationQueryVariables>;
export const AuditEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'filter' },
          },
          type: {
            kind: 'NamedType',
            name: { kind: 'Name', value: 'AuditEventFilterInput' },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'first' },
          },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'after' },
          },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditEvents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'filter' },
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'first' },
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'after' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'isTotalCountCapped' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'hasNextPage' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'endCursor' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'cursor' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'AuditEventFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditEventFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'AuditEvent' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'recordType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'details' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const AuditFilterOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditFilterOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditFacets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordTypes' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AuditFilterOptionsQuery,
  AuditFilterOptionsQueryVariables
>;
export const SignInDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignIn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'SignInInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signIn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ViewerFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewerFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Viewer' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentTeam' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canCreateTeam' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'emailPreferences' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sessionUpdates' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scorecardUpdates' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberships' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'team' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignOut' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'signOut' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const SwitchTeamDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SwitchTeam' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'SwitchTeamInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'switchTeam' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ViewerFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewerFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Viewer' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentTeam' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canCreateTeam' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'emailPreferences' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sessionUpdates' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scorecardUpdates' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberships' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'team' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SwitchTeamMutation, SwitchTeamMutationVariables>;
export const MeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Me' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ViewerFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewerFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Viewer' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentTeam' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canCreateTeam' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'emailPreferences' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sessionUpdates' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scorecardUpdates' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberships' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'team' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const RevokeCalendarTokenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeCalendarToken' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeCalendarToken' },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RevokeCalendarTokenMutation,
  RevokeCalendarTokenMutationVariables
>;
export const RotateCalendarTokenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RotateCalendarToken' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rotateCalendarToken' },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RotateCalendarTokenMutation,
  RotateCalendarTokenMutationVariables
>;
export const SetAvailabilityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetAvailability' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'SetAvailabilityInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setAvailability' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'AvailabilityFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AvailabilityFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Availability' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bufferMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dailyCap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weeklyCap' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'weeklyWindows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'weekday' } },
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overrides' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'windows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeOff' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SetAvailabilityMutation,
  SetAvailabilityMutationVariables
>;
export const MyAvailabilityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyAvailability' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'availability' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'AvailabilityFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AvailabilityFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Availability' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bufferMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dailyCap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'weeklyCap' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'weeklyWindows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'weekday' } },
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overrides' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'windows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeOff' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyAvailabilityQuery, MyAvailabilityQueryVariables>;
export const NudgeInterviewerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'NudgeInterviewer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'NudgeInterviewerInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nudgeInterviewer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  NudgeInterviewerMutation,
  NudgeInterviewerMutationVariables
>;
export const RecordDecisionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordDecision' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'RecordDecisionInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordDecision' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'CandidateReviewFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CandidateReviewFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'CandidateReview' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'candidate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetRole' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sessions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kitName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'panelSubmissions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'user' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'id' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'name' },
                            },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'required' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'submittedAt' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scoringRubric' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'scale' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'level' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'label' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ratings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'scorecardId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'interviewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competencyId' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notAssessed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evidence' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'scorecardId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'interviewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recommendation' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendationTally' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recommendation' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'disagreements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competencyId' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competencyName' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'lowest' } },
                { kind: 'Field', name: { kind: 'Name', value: 'highest' } },
                { kind: 'Field', name: { kind: 'Name', value: 'spread' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'opposingRecommendations' },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pending' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'interviewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasDraft' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decidedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RecordDecisionMutation,
  RecordDecisionMutationVariables
>;
export const CandidateReviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CandidateReview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'candidateId' },
          },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'candidateReview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'candidateId' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'candidateId' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'CandidateReviewFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CandidateReviewFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'CandidateReview' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'candidate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetRole' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sessions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kitName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'panelSubmissions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'user' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'id' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'name' },
                            },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'required' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'submittedAt' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scoringRubric' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'scale' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'level' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'label' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ratings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'scorecardId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'interviewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competencyId' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notAssessed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evidence' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'scorecardId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'interviewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recommendation' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendationTally' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recommendation' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'disagreements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competencyId' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competencyName' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'lowest' } },
                { kind: 'Field', name: { kind: 'Name', value: 'highest' } },
                { kind: 'Field', name: { kind: 'Name', value: 'spread' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'opposingRecommendations' },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pending' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'interviewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasDraft' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decidedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CandidateReviewQuery,
  CandidateReviewQueryVariables
>;
export const CreateCandidateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateCandidate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'CreateCandidateInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createCandidate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'CandidateFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CandidateFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Candidate' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetRole' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CreateCandidateMutation,
  CreateCandidateMutationVariables
>;
export const DeleteCandidateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteCandidate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'DeleteCandidateInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteCandidate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  DeleteCandidateMutation,
  DeleteCandidateMutationVariables
>;
export const MergeCandidatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MergeCandidates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'MergeCandidatesInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mergeCandidates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'CandidateFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CandidateFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Candidate' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetRole' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  MergeCandidatesMutation,
  MergeCandidatesMutationVariables
>;
export const UpdateCandidateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateCandidate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'UpdateCandidateInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateCandidate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'CandidateFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CandidateFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Candidate' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetRole' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateCandidateMutation,
  UpdateCandidateMutationVariables
>;
export const CandidateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Candidate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'candidate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'id' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'CandidateFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CandidateFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Candidate' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetRole' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CandidateQuery, CandidateQueryVariables>;
export const CandidateDuplicatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CandidateDuplicates' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'candidateDuplicates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'CandidateFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CandidateFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Candidate' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetRole' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CandidateDuplicatesQuery,
  CandidateDuplicatesQueryVariables
>;
export const CandidateRecordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CandidateRecord' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'candidate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'id' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sessions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'startsAt' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'endsAt' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'status' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'kitName' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'panelSubmissions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'required' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'submittedAt' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decisions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'decision' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rationale' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'decidedAt' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'decidedBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'id' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'name' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CandidateRecordQuery,
  CandidateRecordQueryVariables
>;
export const CandidatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Candidates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'search' },
          },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'first' },
          },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'after' },
          },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'candidates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'search' },
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'first' },
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'after' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'isTotalCountCapped' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'hasNextPage' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'endCursor' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'cursor' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'CandidateFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CandidateFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Candidate' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetRole' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CandidatesQuery, CandidatesQueryVariables>;
export const ImportGuidesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ImportGuides' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ImportGuidesInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importGuides' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'dryRun' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'guides' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: {
                          kind: 'Name',
                          value: 'GuideImportResultFields',
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuestionChangeFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'QuestionChange' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GuideImportResultFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'GuideImportResult' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'guideId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'created' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'QuestionChangeFields' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revised' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'QuestionChangeFields' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retired' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'QuestionChangeFields' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'warnings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'error' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ImportGuidesMutation,
  ImportGuidesMutationVariables
>;
export const DeleteGuideDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteGuide' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'DeleteGuideInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteGuide' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'guideId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deletedQuestionCount' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'keptQuestionCount' },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteGuideMutation, DeleteGuideMutationVariables>;
export const RestoreGuideDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RestoreGuide' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'RestoreGuideInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'restoreGuide' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retiredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'questionCount' },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RestoreGuideMutation,
  RestoreGuideMutationVariables
>;
export const RetireGuideDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RetireGuide' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'RetireGuideInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retireGuide' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'retiredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'questionCount' },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RetireGuideMutation, RetireGuideMutationVariables>;
export const GuideDeletionPreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GuideDeletionPreview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'guideId' },
          },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'guideDeletionPreview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'guideId' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'guideId' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'guideId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deletedQuestionCount' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'keptQuestionCount' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'affectedKitCount' },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  GuideDeletionPreviewQuery,
  GuideDeletionPreviewQueryVariables
>;
export const GuideDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GuideDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'guide' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'id' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'GuideFields' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'author' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'modifiedOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sourceFileName' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'contentHash' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'importWarnings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'message' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'profile' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'RoleProfileFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GuideFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Guide' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vertical' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'importedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RoleProfileFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'RoleProfile' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'details' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GuideDetailQuery, GuideDetailQueryVariables>;
export const GuideListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GuideList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'search' },
          },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'status' },
          },
          type: {
            kind: 'NamedType',
            name: { kind: 'Name', value: 'GuideStatusFilter' },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'first' },
          },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'after' },
          },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'guides' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'search' },
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'status' },
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'first' },
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'after' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'isTotalCountCapped' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'hasNextPage' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'endCursor' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'cursor' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'GuideFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GuideFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Guide' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vertical' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'importedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retiredAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GuideListQuery, GuideListQueryVariables>;
export const GuideOptionLabelDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GuideOptionLabel' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'guide' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'id' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  GuideOptionLabelQuery,
  GuideOptionLabelQueryVariables
>;
export const GuideOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GuideOptions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'search' },
          },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'first' },
          },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'guides' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'search' },
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'first' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'id' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'title' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GuideOptionsQuery, GuideOptionsQueryVariables>;
export const CandidatesAwaitingDecisionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CandidatesAwaitingDecision' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'candidatesAwaitingDecision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'candidate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'targetRole' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lastCompletedAt' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'submittedScorecards' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pendingScorecards' },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CandidatesAwaitingDecisionQuery,
  CandidatesAwaitingDecisionQueryVariables
>;
export const GuidesWithWarningsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GuidesWithWarnings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'first' },
          },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'guides' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'withWarnings' },
                value: { kind: 'BooleanValue', value: true },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'first' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'id' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'title' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'sourceFileName' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'importWarnings' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'line' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'message' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  GuidesWithWarningsQuery,
  GuidesWithWarningsQueryVariables
>;
export const MyInterviewsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyInterviews' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'days' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myInterviews' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'days' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'days' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kitName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'candidate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'targetRole' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'panel' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'user' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'id' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'name' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyInterviewsQuery, MyInterviewsQueryVariables>;
export const ScorecardsDueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ScorecardsDue' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scorecardsDue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'candidateName' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'kitName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ScorecardsDueQuery, ScorecardsDueQueryVariables>;
export const TeamTodayDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TeamToday' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'DateTime' },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'DateTime' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sessions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'from' },
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'to' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kitName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'candidate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'panel' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'user' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'id' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'name' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamTodayQuery, TeamTodayQueryVariables>;
export const AddQuestionToSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddQuestionToSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'AddQuestionToSessionInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addQuestionToSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'SessionQuestionFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionQuestionFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SessionQuestion' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromKit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'askedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'askedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'skippedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previouslyAskedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'question' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revisionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kindKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kindName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'guide' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'answer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'summary' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'fields' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'label' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'text' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'items' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'ordered' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'children' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'label' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'text' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'items' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'ordered' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'children' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'label',
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'text' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'items',
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'ordered',
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'parts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'title' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'fields' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'label' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'text' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'items' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'ordered' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'children' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'label',
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'text' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'items',
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'ordered',
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'children',
                                          },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              {
                                                kind: 'Field',
                                                name: {
                                                  kind: 'Name',
                                                  value: 'label',
                                                },
                                              },
                                              {
                                                kind: 'Field',
                                                name: {
                                                  kind: 'Name',
                                                  value: 'text',
                                                },
                                              },
                                              {
                                                kind: 'Field',
                                                name: {
                                                  kind: 'Name',
                                                  value: 'items',
                                                },
                                              },
                                              {
                                                kind: 'Field',
                                                name: {
                                                  kind: 'Name',
                                                  value: 'ordered',
                                                },
                                              },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'followUps' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'response' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AddQuestionToSessionMutation,
  AddQuestionToSessionMutationVariables
>;
export const CompleteSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CompleteSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'SessionIdInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'completeSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CompleteSessionMutation,
  CompleteSessionMutationVariables
>;
export const MarkQuestionAskedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkQuestionAsked' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'MarkQuestionAskedInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markQuestionAsked' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'SessionQuestionFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionQuestionFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SessionQuestion' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromKit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'askedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'askedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'skippedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previouslyAskedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'question' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revisionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kindKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kindName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'guide' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'answer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'summary' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'fields' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'label' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'text' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'items' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'ordered' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'children' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'label' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'text' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'items' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'ordered' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'children' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'label',
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'text' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'items',
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'ordered',
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'parts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'title' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'fields' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'label' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'text' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'items' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'ordered' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'children' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'label',
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'text' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'items',
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'ordered',
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'children',
                                          },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              {
                                                kind: 'Field',
                                                name: {
                                                  kind: 'Name',
                                                  value: 'label',
                                                },
                                              },
                                              {
                                                kind: 'Field',
                                                name: {
                                                  kind: 'Name',
                                                  value: 'text',
                                                },
                                              },
                                              {
                                                kind: 'Field',
                                                name: {
                                                  kind: 'Name',
                                                  value: 'items',
                                                },
                                              },
                                              {
                                                kind: 'Field',
                                                name: {
                                                  kind: 'Name',
                                                  value: 'ordered',
                                                },
                                              },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'followUps' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'response' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  MarkQuestionAskedMutation,
  MarkQuestionAskedMutationVariables
>;
export const SaveSessionNoteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveSessionNote' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'SaveSessionNoteInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveSessionNote' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'SessionNoteFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionNoteFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SessionNote' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionQuestionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'followUpsAsked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customFollowUps' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastEditId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SaveSessionNoteMutation,
  SaveSessionNoteMutationVariables
>;
export const SkipQuestionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SkipQuestion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'SkipQuestionInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'skipQuestion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'SessionQuestionFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionQuestionFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SessionQuestion' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromKit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'askedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'askedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'skippedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previouslyAskedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'question' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revisionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kindKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kindName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'guide' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'answer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'summary' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'fields' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'label' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'text' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'items' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'ordered' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'children' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'label' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'text' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'items' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'ordered' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'children' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'label',
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'text' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'items',
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'ordered',
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'parts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'title' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'fields' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'label' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'text' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'items' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'ordered' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'children' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'label',
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'text' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'items',
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'ordered',
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'children',
                                          },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              {
                                                kind: 'Field',
                                                name: {
                                                  kind: 'Name',
                                                  value: 'label',
                                                },
                                              },
                                              {
                                                kind: 'Field',
                                                name: {
                                                  kind: 'Name',
                                                  value: 'text',
                                                },
                                              },
                                              {
                                                kind: 'Field',
                                                name: {
                                                  kind: 'Name',
                                                  value: 'items',
                                                },
                                              },
                                              {
                                                kind: 'Field',
                                                name: {
                                                  kind: 'Name',
                                                  value: 'ordered',
                                                },
                                              },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'followUps' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'response' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SkipQuestionMutation,
  SkipQuestionMutationVariables
>;
export const StartSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'SessionIdInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  StartSessionMutation,
  StartSessionMutationVariables
>;
export const InterviewRoomDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InterviewRoom' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'session' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'id' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'questions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SessionQuestionFields' },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'kitId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kitName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'kitInstructions' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scoringRubric' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'competencies' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: {
                                kind: 'Name',
                                value: 'ScoringCompetencyFields',
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'scale' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'level' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'label' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'myScorecard' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rubricName' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'competencies' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: {
                                kind: 'Name',
                                value: 'ScoringCompetencyFields',
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'scale' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'level' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'label' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'candidate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'targetRole' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'panel' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'user' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'id' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'name' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'myNotes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SessionNoteFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionQuestionFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SessionQuestion' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromKit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'askedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'askedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'skippedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previouslyAskedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'question' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revisionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kindKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kindName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'guide' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'answer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'summary' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'fields' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'label' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'text' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'items' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'ordered' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'children' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'label' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'text' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'items' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'ordered' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'children' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'label',
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'text' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'items',
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'ordered',
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'parts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'title' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'fields' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'label' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'text' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'items' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'ordered' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'children' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'label',
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'text' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'items',
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'ordered',
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'children',
                                          },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              {
                                                kind: 'Field',
                                                name: {
                                                  kind: 'Name',
                                                  value: 'label',
                                                },
                                              },
                                              {
                                                kind: 'Field',
                                                name: {
                                                  kind: 'Name',
                                                  value: 'text',
                                                },
                                              },
                                              {
                                                kind: 'Field',
                                                name: {
                                                  kind: 'Name',
                                                  value: 'items',
                                                },
                                              },
                                              {
                                                kind: 'Field',
                                                name: {
                                                  kind: 'Name',
                                                  value: 'ordered',
                                                },
                                              },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'followUps' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'response' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ScoringCompetencyFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Competency' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'anchors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionNoteFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SessionNote' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionQuestionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'followUpsAsked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customFollowUps' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastEditId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InterviewRoomQuery, InterviewRoomQueryVariables>;
export const InterviewRoomNotesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InterviewRoomNotes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'session' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'id' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'myNotes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SessionNoteFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionNoteFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SessionNote' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionQuestionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'followUpsAsked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customFollowUps' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastEditId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  InterviewRoomNotesQuery,
  InterviewRoomNotesQueryVariables
>;
export const InterviewRoomPlanDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InterviewRoomPlan' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'session' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'id' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'questions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SessionQuestionFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionQuestionFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SessionQuestion' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'plannedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromKit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'askedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'askedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'skippedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previouslyAskedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'question' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revisionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kindKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kindName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'guide' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'answer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'summary' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'fields' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'label' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'text' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'items' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'ordered' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'children' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'label' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'text' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'items' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'ordered' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'children' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'label',
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'text' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'items',
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'ordered',
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'parts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'title' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'fields' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'label' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'text' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'items' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'ordered' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'children' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'label',
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'text' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'items',
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'ordered',
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: {
                                            kind: 'Name',
                                            value: 'children',
                                          },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              {
                                                kind: 'Field',
                                                name: {
                                                  kind: 'Name',
                                                  value: 'label',
                                                },
                                              },
                                              {
                                                kind: 'Field',
                                                name: {
                                                  kind: 'Name',
                                                  value: 'text',
                                                },
                                              },
                                              {
                                                kind: 'Field',
                                                name: {
                                                  kind: 'Name',
                                                  value: 'items',
                                                },
                                              },
                                              {
                                                kind: 'Field',
                                                name: {
                                                  kind: 'Name',
                                                  value: 'ordered',
                                                },
                                              },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'followUps' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'response' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  InterviewRoomPlanQuery,
  InterviewRoomPlanQueryVariables
>;
export const RoomPresenceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RoomPresence' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'sessionId' },
          },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sessionPresence' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sessionId' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'sessionId' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'since' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoomPresenceQuery, RoomPresenceQueryVariables>;
export const RoomQuestionSearchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RoomQuestionSearch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'search' },
          },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'first' },
          },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'search' },
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'first' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'isTotalCountCapped' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'QuestionFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuestionFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Question' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'guide' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RoomQuestionSearchQuery,
  RoomQuestionSearchQueryVariables
>;
export const SessionActivityHistoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SessionActivityHistory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'sessionId' },
          },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sessionActivityHistory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sessionId' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'sessionId' },
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'last' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'last' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'SessionActivityFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionActivityFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SessionActivity' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionQuestionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SessionActivityHistoryQuery,
  SessionActivityHistoryQueryVariables
>;
export const SessionActivityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'SessionActivity' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'sessionId' },
          },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'inRoom' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'Boolean' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sessionActivity' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sessionId' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'sessionId' },
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'inRoom' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'inRoom' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'SessionActivityFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionActivityFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SessionActivity' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionQuestionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SessionActivitySubscription,
  SessionActivitySubscriptionVariables
>;
export const AcceptInviteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptInvite' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'AcceptInviteInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptInvite' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ViewerFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewerFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Viewer' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentTeam' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canCreateTeam' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'emailPreferences' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sessionUpdates' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scorecardUpdates' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberships' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'team' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AcceptInviteMutation,
  AcceptInviteMutationVariables
>;
export const InvitePreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InvitePreview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'token' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'String' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitePreview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'token' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'teamName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasAccount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InvitePreviewQuery, InvitePreviewQueryVariables>;
export const AddQuestionToKitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddQuestionToKit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'AddQuestionToKitInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addQuestionToKit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'KitFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KitQuestionFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Question' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'guide' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KitFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'InterviewKit' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetRole' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rubricId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'instructions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rubric' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plannedMinutes' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'question' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'KitQuestionFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AddQuestionToKitMutation,
  AddQuestionToKitMutationVariables
>;
export const CreateKitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateKit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'CreateKitInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createKit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'KitFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KitQuestionFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Question' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'guide' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KitFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'InterviewKit' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetRole' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rubricId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'instructions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rubric' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plannedMinutes' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'question' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'KitQuestionFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateKitMutation, CreateKitMutationVariables>;
export const UpdateKitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateKit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'UpdateKitInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateKit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'KitFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KitQuestionFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Question' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'guide' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KitFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'InterviewKit' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetRole' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rubricId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'instructions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rubric' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plannedMinutes' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'question' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'KitQuestionFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateKitMutation, UpdateKitMutationVariables>;
export const KitDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Kit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'id' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'KitFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KitQuestionFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Question' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'guide' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KitFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'InterviewKit' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetRole' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rubricId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'instructions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rubric' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plannedMinutes' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'question' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'KitQuestionFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KitQuery, KitQueryVariables>;
export const KitChoicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'KitChoices' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetRole' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'question' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'id' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KitChoicesQuery, KitChoicesQueryVariables>;
export const KitQuestionPickerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'KitQuestionPicker' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'search' },
          },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'guideId' },
          },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'first' },
          },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'search' },
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'guideId' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'guideId' },
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'first' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'isTotalCountCapped' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: {
                                kind: 'Name',
                                value: 'KitQuestionFields',
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KitQuestionFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Question' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'guide' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  KitQuestionPickerQuery,
  KitQuestionPickerQueryVariables
>;
export const KitRubricOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'KitRubricOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rubrics' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'defaultForKind' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'defaultForKindName' },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  KitRubricOptionsQuery,
  KitRubricOptionsQueryVariables
>;
export const KitsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Kits' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'KitSummaryFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KitSummaryFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'InterviewKit' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetRole' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rubric' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KitsQuery, KitsQueryVariables>;
export const RetryOutgoingMessageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RetryOutgoingMessage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'RetryOutgoingMessageInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retryOutgoingMessage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'OutgoingMessageFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OutgoingMessageFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'OutgoingMessage' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recipientEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastStage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RetryOutgoingMessageMutation,
  RetryOutgoingMessageMutationVariables
>;
export const SendTestEmailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SendTestEmail' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendTestEmail' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'OutgoingMessageFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OutgoingMessageFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'OutgoingMessage' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recipientEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastStage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SendTestEmailMutation,
  SendTestEmailMutationVariables
>;
export const MailStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MailStatus' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mailStatus' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'isSmtpConfigured' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'transport' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'queued' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'held' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MailStatusQuery, MailStatusQueryVariables>;
export const OutgoingMessagesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OutgoingMessages' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'first' },
          },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'after' },
          },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'status' },
          },
          type: {
            kind: 'NamedType',
            name: { kind: 'Name', value: 'OutgoingMessageStatus' },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outgoingMessages' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'first' },
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'after' },
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'status' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'isTotalCountCapped' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'hasNextPage' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'endCursor' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: {
                                kind: 'Name',
                                value: 'OutgoingMessageFields',
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OutgoingMessageFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'OutgoingMessage' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recipientEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastStage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  OutgoingMessagesQuery,
  OutgoingMessagesQueryVariables
>;
export const MarkNotificationReadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkNotificationRead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'MarkNotificationReadInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markNotificationRead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'NotificationFields' },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Notification' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  MarkNotificationReadMutation,
  MarkNotificationReadMutationVariables
>;
export const NotificationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Notifications' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notifications' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'NotificationFields' },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Notification' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const CompleteSetupDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CompleteSetup' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'CompleteSetupInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'completeSetup' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ViewerFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewerFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Viewer' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentTeam' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canCreateTeam' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'emailPreferences' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sessionUpdates' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scorecardUpdates' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberships' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'team' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CompleteSetupMutation,
  CompleteSetupMutationVariables
>;
export const SetupStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SetupStatus' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setupStatus' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'needsSetup' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetupStatusQuery, SetupStatusQueryVariables>;
export const CreateQuestionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateQuestion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'CreateQuestionInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createQuestion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'QuestionEditableFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuestionFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Question' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'guide' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AnswerFieldFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'AnswerField' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'items' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ordered' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'children' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'items' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ordered' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'children' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'items' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ordered' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ModelAnswerFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'ModelAnswer' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fields' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'AnswerFieldFields' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'fields' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'AnswerFieldFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuestionEditableFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Question' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'FragmentSpread',
            name: { kind: 'Name', value: 'QuestionFields' },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'context' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revisionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revisionOrigin' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sourceLines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'guide' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sourceFileName' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'deletedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ModelAnswerFields' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followUps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'response' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CreateQuestionMutation,
  CreateQuestionMutationVariables
>;
export const UpdateQuestionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateQuestion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'UpdateQuestionInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateQuestion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'QuestionEditableFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuestionFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Question' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'guide' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AnswerFieldFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'AnswerField' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'items' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ordered' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'children' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'items' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ordered' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'children' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'items' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ordered' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ModelAnswerFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'ModelAnswer' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fields' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'AnswerFieldFields' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'fields' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'AnswerFieldFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuestionEditableFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Question' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'FragmentSpread',
            name: { kind: 'Name', value: 'QuestionFields' },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'context' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revisionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revisionOrigin' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sourceLines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'guide' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sourceFileName' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'deletedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ModelAnswerFields' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followUps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'response' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateQuestionMutation,
  UpdateQuestionMutationVariables
>;
export const QuestionBankFacetsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'QuestionBankFacets' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questionFacets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'kinds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'FacetCountFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tags' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'FacetCountFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'verticals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'FacetCountFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FacetCountFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'FacetCount' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'count' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  QuestionBankFacetsQuery,
  QuestionBankFacetsQueryVariables
>;
export const QuestionBankSearchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'QuestionBankSearch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'search' },
          },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'kindKey' },
          },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'guideId' },
          },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'tag' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'vertical' },
          },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'first' },
          },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'after' },
          },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'includeRetired' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'Boolean' },
            },
          },
          defaultValue: { kind: 'BooleanValue', value: false },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'search' },
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kindKey' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'kindKey' },
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'guideId' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'guideId' },
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'tag' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'tag' },
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'vertical' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'vertical' },
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'first' },
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'after' },
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeRetired' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'includeRetired' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'isTotalCountCapped' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'hasNextPage' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'endCursor' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'cursor' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'QuestionFields' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'highlight' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'text' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'isMatch' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuestionFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Question' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'guide' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  QuestionBankSearchQuery,
  QuestionBankSearchQueryVariables
>;
export const QuestionDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'QuestionDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'question' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'id' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'QuestionEditableFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuestionFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Question' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kindName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retired' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'guide' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AnswerFieldFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'AnswerField' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'items' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ordered' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'children' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'items' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ordered' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'children' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'items' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ordered' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ModelAnswerFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'ModelAnswer' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fields' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'AnswerFieldFields' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'fields' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'AnswerFieldFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuestionEditableFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Question' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'FragmentSpread',
            name: { kind: 'Name', value: 'QuestionFields' },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'context' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revisionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revisionOrigin' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sourceLines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'guide' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sourceFileName' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'deletedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ModelAnswerFields' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followUps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'response' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QuestionDetailQuery, QuestionDetailQueryVariables>;
export const CreateRubricDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateRubric' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'CreateRubricInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createRubric' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'RubricFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RubricFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Rubric' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultForKind' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'defaultForKindName' },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scale' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'anchors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CreateRubricMutation,
  CreateRubricMutationVariables
>;
export const UpdateRubricDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateRubric' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'UpdateRubricInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateRubric' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'RubricFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RubricFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Rubric' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultForKind' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'defaultForKindName' },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scale' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'anchors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateRubricMutation,
  UpdateRubricMutationVariables
>;
export const RubricDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Rubric' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rubric' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'id' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'RubricFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RubricFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Rubric' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultForKind' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'defaultForKindName' },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scale' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'anchors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RubricQuery, RubricQueryVariables>;
export const RubricKindOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RubricKindOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questionFacets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'kinds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RubricKindOptionsQuery,
  RubricKindOptionsQueryVariables
>;
export const RubricsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Rubrics' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rubrics' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'RubricFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RubricFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Rubric' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultForKind' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'defaultForKindName' },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scale' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'anchors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RubricsQuery, RubricsQueryVariables>;
export const CancelSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'CancelSessionInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'InterviewSessionFields' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'history' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SessionEventFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingViolationFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'BookingViolation' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InterviewSessionFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'InterviewSession' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sequence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rescheduleCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kitName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'candidate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetRole' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'panel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'timeZone' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionEventFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SessionEvent' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previousStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'newStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overrodePolicy' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overrodeAvailability' },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'availabilityOverrideReason' },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'availabilityViolations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'BookingViolationFields' },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'party' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CancelSessionMutation,
  CancelSessionMutationVariables
>;
export const MarkNoShowDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkNoShow' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'MarkNoShowInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markNoShow' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'InterviewSessionFields' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'history' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SessionEventFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingViolationFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'BookingViolation' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InterviewSessionFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'InterviewSession' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sequence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rescheduleCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kitName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'candidate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetRole' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'panel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'timeZone' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionEventFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SessionEvent' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previousStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'newStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overrodePolicy' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overrodeAvailability' },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'availabilityOverrideReason' },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'availabilityViolations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'BookingViolationFields' },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'party' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkNoShowMutation, MarkNoShowMutationVariables>;
export const RescheduleSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RescheduleSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'RescheduleSessionInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rescheduleSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'InterviewSessionFields' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'history' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SessionEventFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingViolationFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'BookingViolation' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InterviewSessionFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'InterviewSession' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sequence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rescheduleCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kitName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'candidate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetRole' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'panel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'timeZone' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionEventFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SessionEvent' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previousStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'newStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overrodePolicy' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overrodeAvailability' },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'availabilityOverrideReason' },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'availabilityViolations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'BookingViolationFields' },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'party' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RescheduleSessionMutation,
  RescheduleSessionMutationVariables
>;
export const ScheduleSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ScheduleSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ScheduleSessionInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scheduleSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'InterviewSessionFields' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'history' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SessionEventFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingViolationFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'BookingViolation' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InterviewSessionFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'InterviewSession' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sequence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rescheduleCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kitName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'candidate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetRole' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'panel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'timeZone' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionEventFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SessionEvent' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previousStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'newStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overrodePolicy' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overrodeAvailability' },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'availabilityOverrideReason' },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'availabilityViolations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'BookingViolationFields' },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'party' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ScheduleSessionMutation,
  ScheduleSessionMutationVariables
>;
export const SetScorecardRevealDeadlineDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetScorecardRevealDeadline' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'SetRevealDeadlineInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setScorecardRevealDeadline' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revealAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SetScorecardRevealDeadlineMutation,
  SetScorecardRevealDeadlineMutationVariables
>;
export const BookingConflictsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BookingConflicts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'BookingConflictsInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bookingConflicts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'BookingViolationFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingViolationFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'BookingViolation' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  BookingConflictsQuery,
  BookingConflictsQueryVariables
>;
export const FindSlotsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FindSlots' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'FindSlotsInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'findSlots' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'interviewers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'timeZone' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FindSlotsQuery, FindSlotsQueryVariables>;
export const SchedulingCandidatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SchedulingCandidates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'search' },
          },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'candidates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'search' },
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '20' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'id' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'name' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'email' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'targetRole' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SchedulingCandidatesQuery,
  SchedulingCandidatesQueryVariables
>;
export const SchedulingKitsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SchedulingKits' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetRole' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'totalMinutes' },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SchedulingKitsQuery, SchedulingKitsQueryVariables>;
export const SchedulingMembersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SchedulingMembers' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'timeZone' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SchedulingMembersQuery,
  SchedulingMembersQueryVariables
>;
export const SessionDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SessionDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'session' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'id' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'InterviewSessionFields' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'history' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SessionEventFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingViolationFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'BookingViolation' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InterviewSessionFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'InterviewSession' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sequence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rescheduleCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kitName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'candidate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetRole' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'panel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'timeZone' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionEventFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SessionEvent' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previousStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'newStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overrodePolicy' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overrodeAvailability' },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'availabilityOverrideReason' },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'availabilityViolations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'BookingViolationFields' },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'party' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SessionDetailQuery, SessionDetailQueryVariables>;
export const SessionScoringStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SessionScoringStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'session' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'id' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revealAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'panelSubmissions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'required' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'submittedAt' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'user' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'id' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'name' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'team' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scorecardReveal' },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SessionScoringStatusQuery,
  SessionScoringStatusQueryVariables
>;
export const WeekSessionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WeekSessions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'DateTime' },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'DateTime' },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'interviewerId' },
          },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sessions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'from' },
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'to' },
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'interviewerId' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'interviewerId' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'InterviewSessionFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InterviewSessionFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'InterviewSession' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sequence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rescheduleCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kitName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'candidate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetRole' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'panel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'timeZone' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WeekSessionsQuery, WeekSessionsQueryVariables>;
export const AmendScorecardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AmendScorecard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'AmendScorecardInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amendScorecard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ScorecardFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ScoringCompetencyFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Competency' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'anchors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ScorecardFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Scorecard' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rubricName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rubricVersionId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'interviewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ScoringCompetencyFields' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scale' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ratings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competencyId' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notAssessed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evidence' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questionRatings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sessionQuestionId' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'recommendation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amendments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'previousRecommendation' },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AmendScorecardMutation,
  AmendScorecardMutationVariables
>;
export const SaveScorecardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveScorecard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'SaveScorecardInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveScorecard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ScorecardFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ScoringCompetencyFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Competency' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'anchors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ScorecardFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Scorecard' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rubricName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rubricVersionId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'interviewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ScoringCompetencyFields' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scale' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ratings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competencyId' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notAssessed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evidence' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questionRatings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sessionQuestionId' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'recommendation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amendments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'previousRecommendation' },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SaveScorecardMutation,
  SaveScorecardMutationVariables
>;
export const SubmitScorecardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitScorecard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'SubmitScorecardInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitScorecard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ScorecardFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ScoringCompetencyFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Competency' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'anchors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ScorecardFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Scorecard' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rubricName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rubricVersionId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'interviewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ScoringCompetencyFields' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scale' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ratings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competencyId' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notAssessed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evidence' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questionRatings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sessionQuestionId' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'recommendation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amendments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'previousRecommendation' },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SubmitScorecardMutation,
  SubmitScorecardMutationVariables
>;
export const ScorecardSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ScorecardSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'session' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'id' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kitName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'candidate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'panel' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'user' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'id' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'name' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'questions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'position' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'askedAt' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'skippedAt' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'question' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'id' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'prompt' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'number' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'followUps' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'text' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scoringRubric' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'competencies' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: {
                                kind: 'Name',
                                value: 'ScoringCompetencyFields',
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'scale' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'level' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'label' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'myScorecard' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ScorecardFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'myNotes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SessionNoteFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scorecards' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ScorecardFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scorecardsRevealed' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'panelSubmissions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'required' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'submittedAt' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'user' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'id' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'name' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ScoringCompetencyFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Competency' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'anchors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ScorecardFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Scorecard' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rubricName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rubricVersionId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'interviewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'competencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ScoringCompetencyFields' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scale' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ratings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competencyId' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notAssessed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evidence' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questionRatings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sessionQuestionId' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'recommendation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amendments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'previousRecommendation' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionNoteFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SessionNote' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionQuestionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'followUpsAsked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customFollowUps' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastEditId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ScorecardSessionQuery,
  ScorecardSessionQueryVariables
>;
export const BookSlotDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BookSlot' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'BookSlotInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bookSlot' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'BookingPageFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingPageFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'BookingPage' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'teamName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'policy' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'slots' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'booking' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'canReschedule' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'canCancel' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changeBlockedReason' },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BookSlotMutation, BookSlotMutationVariables>;
export const CancelBookingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelBooking' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'CancelBookingInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelBooking' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'BookingPageFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingPageFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'BookingPage' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'teamName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'policy' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'slots' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'booking' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'canReschedule' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'canCancel' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changeBlockedReason' },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CancelBookingMutation,
  CancelBookingMutationVariables
>;
export const CreateSchedulingRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateSchedulingRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'CreateSchedulingRequestInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createSchedulingRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'SchedulingRequestFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SchedulingRequestFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SchedulingRequest' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sendCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'windowStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'windowEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'panel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pool' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'poolCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CreateSchedulingRequestMutation,
  CreateSchedulingRequestMutationVariables
>;
export const RescheduleBookingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RescheduleBooking' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'BookSlotInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rescheduleBooking' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'BookingPageFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingPageFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'BookingPage' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'teamName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'policy' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'slots' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'booking' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'canReschedule' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'canCancel' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changeBlockedReason' },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RescheduleBookingMutation,
  RescheduleBookingMutationVariables
>;
export const ResendSchedulingRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResendSchedulingRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'SchedulingRequestIdInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resendSchedulingRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'SchedulingRequestFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SchedulingRequestFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SchedulingRequest' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sendCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'windowStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'windowEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'panel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pool' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'poolCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ResendSchedulingRequestMutation,
  ResendSchedulingRequestMutationVariables
>;
export const RevokeSchedulingRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeSchedulingRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'SchedulingRequestIdInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeSchedulingRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'SchedulingRequestFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SchedulingRequestFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SchedulingRequest' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sendCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'windowStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'windowEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'panel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pool' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'poolCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RevokeSchedulingRequestMutation,
  RevokeSchedulingRequestMutationVariables
>;
export const BookingPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BookingPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'token' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'String' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bookingPage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'token' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'BookingPageFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BookingPageFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'BookingPage' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'teamName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'policy' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'slots' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'booking' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'canReschedule' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'canCancel' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changeBlockedReason' },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BookingPageQuery, BookingPageQueryVariables>;
export const SchedulingRequestsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SchedulingRequests' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'candidateId' },
          },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'schedulingRequests' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'candidateId' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'candidateId' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'SchedulingRequestFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SchedulingRequestFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'SchedulingRequest' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kitName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sendCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'windowStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'windowEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'panel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pool' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'poolCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SchedulingRequestsQuery,
  SchedulingRequestsQueryVariables
>;
export const ChangeMemberRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangeMemberRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ChangeMemberRoleInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changeMemberRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'MembershipFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MembershipFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Membership' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ChangeMemberRoleMutation,
  ChangeMemberRoleMutationVariables
>;
export const CreateTeamDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateTeam' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'CreateTeamInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createTeam' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'ViewerFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewerFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Viewer' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentTeam' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canCreateTeam' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'emailPreferences' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sessionUpdates' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scorecardUpdates' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberships' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'team' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateTeamMutation, CreateTeamMutationVariables>;
export const DeactivateMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeactivateMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'DeactivateMemberInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deactivateMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'MembershipFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MembershipFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Membership' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  DeactivateMemberMutation,
  DeactivateMemberMutationVariables
>;
export const InviteMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'InviteMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'InviteMemberInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inviteMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'invite' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'InviteFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InviteFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Invite' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  InviteMemberMutation,
  InviteMemberMutationVariables
>;
export const RevokeInviteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeInvite' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'RevokeInviteInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeInvite' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'InviteFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InviteFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Invite' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RevokeInviteMutation,
  RevokeInviteMutationVariables
>;
export const UpdateTeamSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateTeamSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'UpdateTeamSettingsInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateTeamSettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'TeamSettingsFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamSettingsFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Team' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scorecardReveal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scorecardDueHours' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reminderAfterHours' },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'escalateAfterHours' },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'minRescheduleNoticeHours' },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'maxReschedules' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'minimumBookingNoticeMinutes' },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateTeamSettingsMutation,
  UpdateTeamSettingsMutationVariables
>;
export const PendingInvitesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PendingInvites' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invites' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'InviteFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InviteFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Invite' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PendingInvitesQuery, PendingInvitesQueryVariables>;
export const TeamMembersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TeamMembers' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'team' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'MembershipFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MembershipFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Membership' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'joinedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamMembersQuery, TeamMembersQueryVariables>;
export const TeamSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TeamSettings' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'team' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'TeamSettingsFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TeamSettingsFields' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'Team' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scorecardReveal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scorecardDueHours' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reminderAfterHours' },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'escalateAfterHours' },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'minRescheduleNoticeHours' },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'maxReschedules' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'minimumBookingNoticeMinutes' },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamSettingsQuery, TeamSettingsQueryVariables>;
export const NudgeOutstandingScorecardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'NudgeOutstandingScorecard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: {
            kind: 'Variable',
            name: { kind: 'Name', value: 'input' },
          },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'NudgeInterviewerInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nudgeInterviewer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'Variable',
                  name: { kind: 'Name', value: 'input' },
                },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  NudgeOutstandingScorecardMutation,
  NudgeOutstandingScorecardMutationVariables
>;
export const FeedbackTimelinessDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FeedbackTimeliness' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'team' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reminderAfterHours' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'escalateAfterHours' },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scorecardDueHours' },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'feedbackTimeliness' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'interviewers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'interviewer' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'id' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'name' },
                            },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'due' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'overdue' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'oldestOutstandingHours' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'submitted' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'medianHours' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'outstanding' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sessionId' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'candidateName' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'interviewer' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'id' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'name' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'endedAt' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ageHours' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'overdue' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'reminded' },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'escalated' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'teamMedianHours' },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  FeedbackTimelinessQuery,
  FeedbackTimelinessQueryVariables
>;
