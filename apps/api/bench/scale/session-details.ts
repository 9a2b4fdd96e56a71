import { PanelRole, SessionStatus } from '@api/core/session-status';

import {
  type BankQuestion,
  type Candidate,
  DAY_MS,
  HOUR_MS,
  type Kit,
  minDate,
  minutesAfter,
  type PlannedSession,
  type Seat,
  type SessionEvent,
  type SessionQuestion,
  type WorldUser,
} from './scale-world';
import { between, chance, IdStream, pickOne, type Random, stream, weighted } from './seeded';

const CANCEL_REASONS = ['Candidate withdrew', 'Interviewer unavailable', 'Role on hold', 'Booked twice by mistake', 'Candidate asked to pause'];
const LOCATIONS: readonly (readonly [string, number])[] = [['Video call', 60], ['Room 2.14', 15], ['Room 3.02', 15], ['Phone', 10]];
const SESSION_ZONES: readonly (readonly [string, number])[] = [['Europe/London', 70], ['America/New_York', 15], ['Europe/Berlin', 15]];

export type SessionShape = {
  candidate: Candidate;
  kit: Kit;
  startsAt: Date;
  panel: Seat[];
  status: SessionStatus;
  /** For open sessions: when the panel pressed Start. */
  startedAt?: Date;
  isFullyScored: boolean;
};

/** Builds sessions with the ids, plan, timestamps and history the app would have written. */
export class SessionFactory {
  private readonly random: Random;
  private readonly sessionIds: IdStream;
  private readonly questionIds: IdStream;

  constructor(
    seed: number,
    private readonly now: Date,
    private readonly coordinators: WorldUser[],
    private readonly bank: BankQuestion[],
  ) {
    this.random = stream(seed, 'sessions');
    this.sessionIds = new IdStream(seed, 'interview_session');
    this.questionIds = new IdStream(seed, 'session_question');
  }

  /** Past sessions mostly took place; some were cancelled or the candidate did not show. Future ones are booked. */
  outcome(startsAt: Date, forced: 'COMPLETED' | 'SCHEDULED' | null): SessionStatus {
    if (forced) {
      return forced === 'COMPLETED' ? SessionStatus.COMPLETED : SessionStatus.SCHEDULED;
    }
    if (startsAt < this.now) {
      return weighted(this.random, [[SessionStatus.COMPLETED, 91], [SessionStatus.CANCELLED, 6], [SessionStatus.NO_SHOW, 3]]);
    }

    return chance(this.random, 0.03) ? SessionStatus.CANCELLED : SessionStatus.SCHEDULED;
  }

  build(shape: SessionShape): PlannedSession {
    const random = this.random;
    const { startsAt, status, panel } = shape;
    const endsAt = minutesAfter(startsAt, shape.kit.durationMinutes);
    const lead = (panel.find((seat) => seat.role === PanelRole.LEAD) as Seat).interviewer;
    const coordinator = chance(random, 0.8) ? (this.coordinators[0]) : (this.coordinators[1]);
    let createdAt = new Date(startsAt.getTime() - between(random, 2, 21) * DAY_MS - between(random, 0, 480) * 60_000);
    if (createdAt > this.now) {
      createdAt = new Date(this.now.getTime() - between(random, 1, 72) * HOUR_MS);
    }
    const events: SessionEvent[] = [];
    const isRescheduled = status !== SessionStatus.IN_PROGRESS && chance(random, 0.08);
    const previousStartsAt = isRescheduled ? new Date(startsAt.getTime() - between(random, 1, 3) * DAY_MS) : null;
    if (previousStartsAt && previousStartsAt <= createdAt) {
      createdAt = new Date(previousStartsAt.getTime() - between(random, 1, 5) * DAY_MS);
    }
    events.push({ kind: 'SCHEDULED', at: createdAt, actorId: coordinator.id, reason: null, details: { newStartsAt: (previousStartsAt ?? startsAt).toISOString() } });
    if (previousStartsAt) {
      const at = new Date(Math.min(createdAt.getTime() + (previousStartsAt.getTime() - createdAt.getTime()) / 2, this.now.getTime()));
      events.push({
        kind: 'RESCHEDULED',
        at: at < createdAt ? createdAt : at,
        actorId: coordinator.id,
        reason: 'Candidate asked to move',
        details: { previousStartsAt: previousStartsAt.toISOString(), newStartsAt: startsAt.toISOString(), overrodePolicy: false },
      });
    }
    let startedAt: Date | null = null;
    let completedAt: Date | null = null;
    if (status === SessionStatus.COMPLETED) {
      startedAt = minutesAfter(startsAt, between(random, -3, 6));
      completedAt = minutesAfter(endsAt, between(random, -10, 8));
      events.push({ kind: 'STARTED', at: startedAt, actorId: lead.id, reason: null, details: {} });
      events.push({ kind: 'COMPLETED', at: completedAt, actorId: lead.id, reason: null, details: {} });
    } else if (status === SessionStatus.IN_PROGRESS) {
      startedAt = shape.startedAt ?? startsAt;
      events.push({ kind: 'STARTED', at: startedAt, actorId: lead.id, reason: null, details: {} });
    } else if (status === SessionStatus.CANCELLED) {
      const last = (events.at(-1) as SessionEvent).at;
      const at = new Date(last.getTime() + random() * Math.max(0, minDate(startsAt, this.now).getTime() - last.getTime()));
      events.push({ kind: 'CANCELLED', at, actorId: coordinator.id, reason: pickOne(random, CANCEL_REASONS), details: {} });
    } else if (status === SessionStatus.NO_SHOW) {
      const co = panel.find((seat) => seat.role === PanelRole.CO_INTERVIEWER);
      const isInterviewer = co !== undefined && chance(random, 0.15);
      events.push({
        kind: 'NO_SHOW',
        at: minutesAfter(startsAt, between(random, 10, 20)),
        actorId: coordinator.id,
        reason: isInterviewer ? 'Interviewer was off sick' : 'Did not join the call',
        details: isInterviewer ? { party: 'INTERVIEWER', userId: co.interviewer.id } : { party: 'CANDIDATE' },
      });
    }
    const changes = (isRescheduled ? 1 : 0) + (status === SessionStatus.CANCELLED || status === SessionStatus.NO_SHOW ? 1 : 0);

    return {
      id: this.sessionIds.next(),
      candidate: shape.candidate,
      kit: shape.kit,
      startsAt,
      endsAt,
      timeZone: weighted(random, SESSION_ZONES),
      location: weighted(random, LOCATIONS),
      status,
      startedAt,
      completedAt,
      createdAt,
      createdById: coordinator.id,
      panel,
      questions: this.plan(shape.kit, status, lead, startedAt, completedAt),
      events,
      rescheduleCount: isRescheduled ? 1 : 0,
      sequence: changes,
      version: 1 + changes + (status === SessionStatus.COMPLETED ? 2 : status === SessionStatus.IN_PROGRESS ? 1 : 0),
      isFullyScored: shape.isFullyScored,
    };
  }

  /** The kit copied at booking (as copyKitIntoPlan does); in sessions that took place, what was asked, skipped or added. */
  private plan(kit: Kit, status: SessionStatus, lead: Seat['interviewer'], startedAt: Date | null, completedAt: Date | null): SessionQuestion[] {
    const random = this.random;
    const questions: SessionQuestion[] = kit.items.map((item) => ({
      id: this.questionIds.next(),
      question: item.question,
      position: item.position,
      plannedMinutes: item.plannedMinutes,
      addedBy: null,
      askedAt: null,
      askedBy: null,
      skippedAt: null,
    }));
    if (status !== SessionStatus.COMPLETED || !startedAt || !completedAt) {
      return questions;
    }
    if (chance(random, 0.05)) {
      const inPlan = new Set(questions.map((question) => question.question.id));
      const added = pickOne(random, this.bank);
      if (!inPlan.has(added.id)) {
        questions.push({ id: this.questionIds.next(), question: added, position: questions.length, plannedMinutes: 5, addedBy: lead, askedAt: null, askedBy: null, skippedAt: null });
      }
    }
    let minutes = 1;
    for (const question of questions) {
      const at = minDate(minutesAfter(startedAt, minutes), minutesAfter(completedAt, -1));
      if (question.addedBy || chance(random, 0.88)) {
        question.askedAt = at;
        question.askedBy = lead;
      } else {
        question.skippedAt = at;
      }
      minutes += question.plannedMinutes;
    }

    return questions;
  }
}
