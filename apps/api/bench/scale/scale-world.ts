import type { Availability } from '@panelwise/domain-scheduling';

import type { PanelRole, SessionStatus } from '@api/core/session-status';
import type { Competency, ScaleLevel } from '@api/modules/rubric/rubric.types';

/** Row counts derived from the scale; the fixtures' minimums hold at any scale. */
export type ScaleSizes = {
  guides: number;
  interviewers: number;
  candidates: number;
  sessions: number;
  roomSessions: number;
  pendingScorecards: number;
  reviewCandidates: number;
};

export function scaleSizes(scale: number): ScaleSizes {
  if (!(scale > 0 && scale <= 4)) {
    throw new Error(`scale must be in (0, 4], got ${scale}`);
  }
  const of = (full: number, floor: number) => Math.max(floor, Math.round(full * scale));

  return {
    guides: of(2_000, 12),
    // 64 rooms open at once need ~150 distinct panelists whatever the scale.
    interviewers: of(300, 170),
    candidates: of(20_000, 600),
    sessions: of(60_000, 1_800),
    roomSessions: of(80, 64),
    pendingScorecards: of(5_000, 200),
    // Kept fully scored on purpose; more candidates qualify by chance at larger scales.
    reviewCandidates: 220,
  };
}

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
export const MINUTE_MS = 60_000;

export type WorldUser = { id: string; email: string; name: string; timeZone: string; createdAt: Date };

export type Interviewer = WorldUser & {
  index: number;
  /** Leniency: added to every level this interviewer gives. */
  bias: number;
  /** How often the interviewer is picked for a panel, 0.4..1. */
  activity: number;
  isLaggard: boolean;
  /** The home-page probes get only the sessions planned for them from yesterday on. */
  isReserved: boolean;
  /** As stored, in the domain library's shape: recent and future sessions keep to it. */
  availability: Availability;
};

export type BankQuestion = { id: string; revisionId: string; kindKey: string; followUpCount: number };

export type RubricVersion = {
  id: string;
  version: number;
  scale: ScaleLevel[];
  competencies: Competency[];
  createdAt: Date;
};

export type Rubric = {
  id: string;
  name: string;
  description: string;
  defaultForKind: string | null;
  versions: RubricVersion[];
  archivedAt: Date | null;
  createdAt: Date;
};

export type KitItem = { id: string; question: BankQuestion; position: number; plannedMinutes: number };

export type Kit = {
  id: string;
  name: string;
  role: string;
  targetRole: string;
  rubric: Rubric;
  items: KitItem[];
  durationMinutes: number;
  version: number;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

export type Candidate = {
  id: string;
  index: number;
  name: string;
  email: string | null;
  role: string;
  notes: string;
  createdAt: Date;
  /** Latent skill on a 0..1 scale: drives ratings, so panels mostly agree. */
  ability: number;
  isAnonymised: boolean;
  sessions: PlannedSession[];
};

export type Seat = { interviewer: Interviewer; role: PanelRole };

export type SessionQuestion = {
  id: string;
  question: BankQuestion;
  position: number;
  plannedMinutes: number;
  addedBy: Interviewer | null;
  askedAt: Date | null;
  askedBy: Interviewer | null;
  skippedAt: Date | null;
};

export type SessionEvent = {
  kind: 'SCHEDULED' | 'RESCHEDULED' | 'STARTED' | 'COMPLETED' | 'CANCELLED' | 'NO_SHOW';
  at: Date;
  actorId: string | null;
  reason: string | null;
  details: Record<string, unknown>;
};

export type PlannedSession = {
  id: string;
  candidate: Candidate;
  kit: Kit;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  location: string;
  status: SessionStatus;
  startedAt: Date | null;
  completedAt: Date | null;
  createdAt: Date;
  createdById: string;
  panel: Seat[];
  questions: SessionQuestion[];
  events: SessionEvent[];
  rescheduleCount: number;
  sequence: number;
  version: number;
  /** Every required scorecard submitted: probes and review candidates rely on it. */
  isFullyScored: boolean;
};

/** Everything planned in memory before loading, shared by the phases. */
export type ScaleWorld = {
  seed: number;
  sizes: ScaleSizes;
  now: Date;
  teamId: string;
  teamCreatedAt: Date;
  coordinators: WorldUser[];
  interviewers: Interviewer[];
  questions: BankQuestion[];
  rubrics: Rubric[];
  kits: Kit[];
  candidates: Candidate[];
  sessions: PlannedSession[];
};

/** The version of a rubric in force at an instant (its latest before then). */
export function rubricVersionAt(rubric: Rubric, at: Date): RubricVersion {
  let chosen = rubric.versions[0];
  for (const version of rubric.versions) {
    if (version.createdAt <= at) {
      chosen = version;
    }
  }

  return chosen;
}

export function latestVersion(rubric: Rubric): RubricVersion {
  return rubric.versions.at(-1) as RubricVersion;
}

export const minutesAfter = (date: Date, minutes: number) => new Date(date.getTime() + minutes * MINUTE_MS);
export const minDate = (a: Date, b: Date) => (a < b ? a : b);
