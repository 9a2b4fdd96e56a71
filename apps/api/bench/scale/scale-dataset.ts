import type { PanelRole, SessionStatus } from '@api/core/session-status';

export type ScaleOptions = {
  seed: number;
  /** 1 = full size (2,000 guides, 20,000 candidates, 60,000 sessions); e.g. 0.05 for a quick run. */
  scale: number;
  /** The instant the data is built around (sessions running "now"); defaults to the current minute. */
  now?: Date;
};

/** What `saveScorecard` checks ratings against: the rubric version a scorecard of the session is scored on. */
export type ScaleRubric = {
  rubricVersionId: string;
  /** Levels of the rating scale, lowest first; the lowest and highest need evidence on submission. */
  levels: number[];
  competencies: { id: string; name: string }[];
};

export type ScalePanelist = { userId: string; email: string; role: PanelRole };

export type RoomQuestion = { sessionQuestionId: string; questionId: string; followUpCount: number };

/** A session open now: started a few minutes ago (IN_PROGRESS) or starting within 30 minutes (SCHEDULED). */
export type RoomSession = {
  sessionId: string;
  candidateId: string;
  status: SessionStatus.IN_PROGRESS | SessionStatus.SCHEDULED;
  startsAt: Date;
  endsAt: Date;
  panel: ScalePanelist[];
  /** The plan, in order; no notes exist yet, so each first save of a note sends expectedVersion 0. */
  questions: RoomQuestion[];
};

/** A completed session whose panelist (lead or co-interviewer) has not submitted a scorecard yet. */
export type PendingScorecard = {
  sessionId: string;
  interviewerId: string;
  email: string;
  /** Set when a draft exists: save it with `expectedVersion: draft.version`, or submit it as it is. */
  draft: { scorecardId: string; version: number } | null;
  /** The version `saveScorecard` uses: the draft's, or the kit rubric's latest when there is no draft. */
  rubric: ScaleRubric;
  /** The plan's questions that were asked, for `questionRatings`. */
  askedSessionQuestionIds: string[];
};

/** A candidate whose sessions all took place, each with every required scorecard submitted. */
export type ReviewCandidate = { candidateId: string; sessionIds: string[]; submittedScorecards: number };

export type HomeProbe = { userId: string; email: string; upcomingSessions: number; days: number };

export type ScaleUser = { userId: string; email: string };

export type PhaseTiming = { phase: string; seconds: number; rows: number };

export type ScaleDataset = {
  seed: number;
  scale: number;
  now: Date;
  teamId: string;
  coordinator: ScaleUser & { password: string };
  /** Every interviewer shares it. */
  interviewerPassword: string;
  /** Rows per table after loading. */
  counts: Record<string, number>;
  phases: PhaseTiming[];
  /** 32 ordinary interviewers with sessions in the next 14 days, for the interviewer home load. */
  homeInterviewers: (ScaleUser & { upcomingSessions: number })[];
  roomSessions: RoomSession[];
  pendingScorecards: PendingScorecard[];
  /** The interviewers of `pendingScorecards` (at most 32). */
  pendingInterviewers: ScaleUser[];
  reviewCandidates: ReviewCandidate[];
  /** Three interviewers with availability over the next two weeks and some sessions booked in it. */
  slotPanel: { interviewerIds: string[]; from: Date; to: Date; durationMinutes: number; bookedSessions: number };
  /** Small and large variants of one request: their SQL statement counts must be equal. */
  listSizeProbes: {
    home: { small: HomeProbe; large: HomeProbe };
    room: { small: RoomSession; large: RoomSession };
    review: { small: ReviewCandidate; large: ReviewCandidate };
  };
};
