import { PanelRole, SessionStatus } from '@api/core/session-status';

import type { OpenSessions } from './room-sessions';
import type { HomeProbe, ReviewCandidate, RoomSession, ScaleDataset, ScaleUser } from './scale-dataset';
import type { ScorecardPhaseResult } from './scorecard-phase';
import { type Candidate, DAY_MS, HOUR_MS, type Interviewer, type PlannedSession, type ScaleWorld } from './scale-world';

const HOME_DAYS = 14;
const MAX_REVIEW_CANDIDATES = 1_000;
const MAX_PENDING_INTERVIEWERS = 32;

type Fixtures = Pick<ScaleDataset, 'homeInterviewers' | 'roomSessions' | 'pendingScorecards' | 'pendingInterviewers' | 'reviewCandidates' | 'slotPanel' | 'listSizeProbes'>;

function toRoomSession(session: PlannedSession): RoomSession {
  return {
    sessionId: session.id,
    candidateId: session.candidate.id,
    status: session.status as RoomSession['status'],
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    panel: session.panel.map((seat) => ({ userId: seat.interviewer.id, email: seat.interviewer.email, role: seat.role })),
    questions: session.questions.map((question) => ({ sessionQuestionId: question.id, questionId: question.question.id, followUpCount: question.question.followUpCount })),
  };
}

/** What `myInterviews(days)` lists: running or still to run, from 12 hours ago to `days` ahead. */
function upcomingCount(sessions: PlannedSession[], interviewer: Interviewer, now: Date, days: number): number {
  const from = now.getTime() - 12 * HOUR_MS;
  const to = now.getTime() + days * DAY_MS;

  return sessions.filter(
    (session) =>
      (session.status === SessionStatus.SCHEDULED || session.status === SessionStatus.IN_PROGRESS) &&
      session.endsAt.getTime() > from &&
      session.startsAt.getTime() < to &&
      session.panel.some((seat) => seat.interviewer === interviewer),
  ).length;
}

function reviewOf(candidate: Candidate, scores: ScorecardPhaseResult): ReviewCandidate | null {
  const completed = candidate.sessions.filter((session) => session.status === SessionStatus.COMPLETED);
  const scorings = completed.map((session) => scores.scoring.get(session));
  if (!completed.length || scorings.some((scoring) => !scoring || scoring.submitted !== scoring.requiredSeats)) {
    return null;
  }

  return {
    candidateId: candidate.id,
    sessionIds: completed.map((session) => session.id),
    submittedScorecards: scorings.reduce((sum, scoring) => sum + (scoring?.submitted ?? 0), 0),
  };
}

/** The ids and logins the load runner needs, read from the planned data and checked against its promises. */
export function buildFixtures(
  world: ScaleWorld,
  open: OpenSessions,
  reviewProbe: { small: Candidate; large: Candidate },
  scores: ScorecardPhaseResult,
  homeProbeInterviewers: { small: Interviewer; large: Interviewer },
  slotPanel: Interviewer[],
): Fixtures {
  const { now, sessions } = world;
  const homeProbe = (interviewer: Interviewer, expected: number): HomeProbe => {
    const upcomingSessions = upcomingCount(sessions, interviewer, now, HOME_DAYS);
    if (upcomingSessions !== expected) {
      throw new Error(`Home probe ${interviewer.email} has ${upcomingSessions} upcoming sessions, expected ${expected}`);
    }

    return { userId: interviewer.id, email: interviewer.email, upcomingSessions, days: HOME_DAYS };
  };
  // Ordinary interviewers (not probes, not the slow group) with sessions coming up.
  const byInterviewer = new Map<Interviewer, number>();
  for (const session of sessions) {
    if (session.status !== SessionStatus.SCHEDULED && session.status !== SessionStatus.IN_PROGRESS) {
      continue;
    }
    if (session.endsAt.getTime() <= now.getTime() - 12 * HOUR_MS || session.startsAt.getTime() >= now.getTime() + HOME_DAYS * DAY_MS) {
      continue;
    }
    for (const seat of session.panel) {
      byInterviewer.set(seat.interviewer, (byInterviewer.get(seat.interviewer) ?? 0) + 1);
    }
  }
  const homeInterviewers = world.interviewers
    .filter((interviewer) => !interviewer.isReserved && !interviewer.isLaggard && (byInterviewer.get(interviewer) ?? 0) > 0)
    .slice(0, 32)
    .map((interviewer) => ({ userId: interviewer.id, email: interviewer.email, upcomingSessions: byInterviewer.get(interviewer) ?? 0 }));

  const reviewCandidates = world.candidates
    .filter((candidate) => !candidate.isAnonymised)
    .map((candidate) => reviewOf(candidate, scores))
    .filter((review): review is ReviewCandidate => review !== null && review.sessionIds.length >= 2 && review.sessionIds.length <= 5)
    .slice(0, MAX_REVIEW_CANDIDATES);
  if (reviewCandidates.length < 200) {
    throw new Error(`Only ${reviewCandidates.length} candidates fit the review load`);
  }
  const reviewSmall = reviewOf(reviewProbe.small, scores);
  const reviewLarge = reviewOf(reviewProbe.large, scores);
  if (reviewSmall?.sessionIds.length !== 1 || reviewLarge?.sessionIds.length !== 6) {
    throw new Error('The candidate review probes did not come out with 1 and 6 scored sessions');
  }

  const pendingInterviewers = new Map<string, ScaleUser>();
  for (const pending of scores.pending) {
    pendingInterviewers.set(pending.interviewerId, { userId: pending.interviewerId, email: pending.email });
  }
  if (pendingInterviewers.size > MAX_PENDING_INTERVIEWERS) {
    throw new Error(`Pending scorecards spread over ${pendingInterviewers.size} interviewers`);
  }

  const from = new Date(Math.ceil(now.getTime() / HOUR_MS) * HOUR_MS);
  const to = new Date(from.getTime() + 14 * DAY_MS);
  const booked = sessions.filter(
    (session) =>
      (session.status === SessionStatus.SCHEDULED || session.status === SessionStatus.IN_PROGRESS) &&
      session.startsAt < to &&
      session.endsAt > from &&
      session.panel.some((seat) => slotPanel.includes(seat.interviewer)),
  );
  for (const interviewer of slotPanel) {
    if (!booked.some((session) => session.panel.some((seat) => seat.interviewer === interviewer))) {
      throw new Error(`Slot panel member ${interviewer.email} has no booking in the next two weeks`);
    }
  }

  const rooms = open.rooms.map(toRoomSession);
  if (rooms.length < 64 || rooms.some((room) => !room.panel.some((seat) => seat.role !== PanelRole.SHADOW))) {
    throw new Error('The open-now sessions do not fit the room load');
  }

  return {
    homeInterviewers,
    roomSessions: rooms,
    pendingScorecards: scores.pending,
    pendingInterviewers: [...pendingInterviewers.values()],
    reviewCandidates,
    slotPanel: { interviewerIds: slotPanel.map((interviewer) => interviewer.id), from, to, durationMinutes: 60, bookedSessions: booked.length },
    listSizeProbes: {
      home: { small: homeProbe(homeProbeInterviewers.small, 2), large: homeProbe(homeProbeInterviewers.large, 25) },
      room: { small: toRoomSession(open.probes.small), large: toRoomSession(open.probes.large) },
      review: { small: reviewSmall, large: reviewLarge },
    },
  };
}
