import type { DataSource } from 'typeorm';

import { PanelRole, SessionStatus } from '@api/core/session-status';

import { BulkInsert, PhaseProgress } from './bulk-insert';
import type { PendingScorecard, ScaleRubric } from './scale-dataset';
import {
  type Candidate,
  HOUR_MS,
  type Interviewer,
  latestVersion,
  minDate,
  minutesAfter,
  type PlannedSession,
  rubricVersionAt,
  type RubricVersion,
  type WorldUser,
} from './scale-world';
import { between, chance, gaussian, IdStream, type Random, sample, stream, weighted } from './seeded';
import { evidenceText, summaryText } from './text';

type Rating = { competencyId: string; level: number | null; notAssessed: boolean; evidence: string };

export type SessionScoring = { requiredSeats: number; submitted: number; lastSubmittedAt: Date | null };

export type ScorecardPhaseResult = {
  pending: PendingScorecard[];
  /** Per completed session: how many required scorecards are in. */
  scoring: Map<PlannedSession, SessionScoring>;
  /** Mean submitted level per candidate, on a 0..1 scale, for debrief decisions. */
  candidateMeans: Map<Candidate, { sum: number; count: number }>;
  scorecards: number;
};

const REMINDER_HOURS = 2;
const ESCALATION_HOURS = 48;

function toRubric(version: RubricVersion): ScaleRubric {
  return {
    rubricVersionId: version.id,
    levels: version.scale.map((step) => step.level).sort((a, b) => a - b),
    competencies: version.competencies.map((competency) => ({ id: competency.id, name: competency.name })),
  };
}

/** Hours from the end of a session to the submission: most within a working day, a tail of late ones. */
function submitDelayHours(random: Random, interviewer: Interviewer): number {
  const hours = weighted<[number, number]>(random, [[[0.2, 2], 45], [[2, 8], 25], [[8, 48], 22], [[48, 168], 8]]);
  const delay = hours[0] + random() * (hours[1] - hours[0]);

  return interviewer.isLaggard ? delay * 2 : delay;
}

/** A level near the candidate's ability, shifted by the interviewer's leniency. */
function levelFor(random: Random, candidate: Candidate, interviewer: Interviewer, levels: number[]): number {
  const low = levels[0];
  const high = levels.at(-1) as number;
  const raw = low + candidate.ability * (high - low) + interviewer.bias + gaussian(random) * 0.6;

  return Math.max(low, Math.min(high, Math.round(raw)));
}

function recommendationOf(ratings: Rating[], levels: number[]): string {
  const rated = ratings.filter((rating) => rating.level !== null);
  const low = levels[0];
  const high = levels.at(-1) as number;
  const mean = rated.reduce((sum, rating) => sum + (rating.level as number), 0) / Math.max(1, rated.length);
  const position = (mean - low) / (high - low);

  return position < 0.25 ? 'STRONG_NO' : position < 0.5 ? 'NO' : position < 0.8 ? 'YES' : 'STRONG_YES';
}

/**
 * Scorecards of sessions that took place: submitted ones with a rating per
 * competency on the rubric's scale and evidence behind every extreme level,
 * drafts, and the ones nobody wrote yet. A group of 32 slow interviewers owes
 * the scorecards the load runner submits. Reminders, escalations and
 * notifications are the ones the app would have sent meanwhile.
 */
export async function loadScorecards(
  dataSource: DataSource,
  seed: number,
  teamId: string,
  sessions: PlannedSession[],
  coordinators: WorldUser[],
  pendingTarget: number,
  now: Date,
): Promise<ScorecardPhaseResult> {
  const random = stream(seed, 'scorecards');
  const ids = {
    scorecard: new IdStream(seed, 'scorecard'),
    amendment: new IdStream(seed, 'scorecard_amendment'),
    notification: new IdStream(seed, 'notification'),
    audit: new IdStream(seed, 'audit_event:scorecards'),
  };
  const completed = sessions.filter((session) => session.status === SessionStatus.COMPLETED && session.completedAt);
  const required = (session: PlannedSession) => session.panel.filter((seat) => seat.role !== PanelRole.SHADOW);
  // The slow group leaves about 20% more than the target pending, whatever the scale.
  const laggardSeats = completed.filter((session) => !session.isFullyScored).reduce((sum, session) => sum + required(session).filter((seat) => seat.interviewer.isLaggard).length, 0);
  const laggardPendingShare = Math.min(0.9, (1.2 * pendingTarget) / Math.max(1, laggardSeats));
  const seatCount = completed.reduce((sum, session) => sum + required(session).length, 0);
  const progress = new PhaseProgress('scorecards, ratings, reminders, notifications', seatCount);
  const result: ScorecardPhaseResult = { pending: [], scoring: new Map(), candidateMeans: new Map(), scorecards: 0 };

  await dataSource.transaction(async (manager) => {
    const scorecards = new BulkInsert(manager, {
      table: 'scorecard',
      columns: [['id', 'uuid'], ['team_id', 'uuid'], ['session_id', 'uuid'], ['interviewer_id', 'uuid'], ['rubric_version_id', 'uuid'], ['status', 'scorecard_status'],
        ['recommendation', 'recommendation'], ['summary', 'text'], ['submitted_at', 'timestamptz'], ['version', 'int'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz']],
    }, progress);
    const ratings = new BulkInsert(manager, {
      table: 'scorecard_rating',
      columns: [['scorecard_id', 'uuid'], ['competency_id', 'text'], ['level', 'int'], ['not_assessed', 'boolean'], ['evidence', 'text']],
    }, null, [scorecards]);
    const questionRatings = new BulkInsert(manager, {
      table: 'scorecard_question_rating',
      columns: [['scorecard_id', 'uuid'], ['session_question_id', 'uuid'], ['level', 'int']],
    }, null, [scorecards]);
    const amendments = new BulkInsert(manager, {
      table: 'scorecard_amendment',
      columns: [['id', 'uuid'], ['scorecard_id', 'uuid'], ['actor_id', 'uuid'], ['reason', 'text'], ['previous', 'jsonb'], ['at', 'timestamptz']],
    }, null, [scorecards]);
    const reminders = new BulkInsert(manager, {
      table: 'scorecard_reminder',
      columns: [['session_id', 'uuid'], ['interviewer_id', 'uuid'], ['kind', 'scorecard_reminder_kind'], ['sent_at', 'timestamptz']],
    });
    const notifications = new BulkInsert(manager, {
      table: 'notification',
      columns: [['id', 'uuid'], ['team_id', 'uuid'], ['user_id', 'uuid'], ['kind', 'text'], ['message', 'text'], ['link', 'text'], ['read_at', 'timestamptz'], ['created_at', 'timestamptz']],
    });
    const audit = new BulkInsert(manager, {
      table: 'audit_event',
      columns: [['id', 'uuid'], ['team_id', 'uuid'], ['actor_id', 'uuid'], ['action', 'text'], ['record_type', 'text'], ['record_id', 'uuid'], ['at', 'timestamptz'], ['details', 'jsonb']],
    }, null, [scorecards]);
    const readAt = (at: Date) => {
      const read = new Date(at.getTime() + between(random, 1, 72) * HOUR_MS);

      return read <= now && chance(random, 0.85) ? read : null;
    };
    const notify = async (userId: string, kind: string, message: string, link: string, at: Date) =>
      notifications.add(ids.notification.next(), teamId, userId, kind, message, link, readAt(at), at);

    for (const session of completed) {
      const ended = session.completedAt as Date;
      const isBlank = session.candidate.isAnonymised;
      const asked = session.questions.filter((question) => question.askedAt);
      const scoring: SessionScoring = { requiredSeats: 0, submitted: 0, lastSubmittedAt: null };
      result.scoring.set(session, scoring);
      for (const seat of required(session)) {
        const interviewer = seat.interviewer;
        scoring.requiredSeats += 1;
        let submittedAt: Date | null = null;
        let isLaggardPending = false;
        if (session.isFullyScored) {
          submittedAt = minDate(new Date(ended.getTime() + submitDelayHours(random, interviewer) * HOUR_MS), minutesAfter(now, -30));
        } else if (interviewer.isLaggard && chance(random, laggardPendingShare)) {
          isLaggardPending = true;
        } else {
          const at = new Date(ended.getTime() + submitDelayHours(random, interviewer) * HOUR_MS);
          submittedAt = at <= now ? at : null;
        }
        if (submittedAt) {
          const createdAt = minDate(minutesAfter(ended, between(random, 1, 30)), submittedAt);
          const version = rubricVersionAt(session.kit.rubric, createdAt);
          const rubric = toRubric(version);
          const low = rubric.levels[0];
          const high = rubric.levels.at(-1) as number;
          const content: Rating[] = rubric.competencies.map((competency) => {
            if (chance(random, 0.03)) {
              return { competencyId: competency.id, level: null, notAssessed: true, evidence: '' };
            }
            const level = levelFor(random, session.candidate, interviewer, rubric.levels);
            const needsEvidence = level === low || level === high;
            const evidence = !isBlank && (needsEvidence || chance(random, 0.6)) ? evidenceText(random, level > (low + high) / 2) : '';

            return { competencyId: competency.id, level, notAssessed: false, evidence };
          });
          const recommendation = recommendationOf(content, rubric.levels);
          const summary = isBlank ? '' : summaryText(random, between(random, 2, 5));
          const scorecardId = ids.scorecard.next();
          const isAmended = chance(random, 0.01);
          const amendedAt = isAmended ? minDate(new Date(submittedAt.getTime() + between(random, 2, 72) * HOUR_MS), now) : null;
          const saves = between(random, 2, 5);
          await scorecards.add(scorecardId, teamId, session.id, interviewer.id, version.id, 'SUBMITTED', recommendation, summary, submittedAt,
            saves + (isAmended ? 1 : 0), createdAt, amendedAt ?? submittedAt);
          for (const rating of content) {
            await ratings.add(scorecardId, rating.competencyId, rating.level, rating.notAssessed, rating.evidence);
          }
          if (chance(random, 0.3)) {
            for (const question of asked) {
              await questionRatings.add(scorecardId, question.id, levelFor(random, session.candidate, interviewer, rubric.levels));
            }
          }
          if (amendedAt) {
            const previous = { recommendation, summary, ratings: content.map((rating) => ({ ...rating, level: rating.level === null ? null : Math.max(low, rating.level - 1) })), questionRatings: [] };
            const reason = 'Re-read my notes: one rating was off by a level';
            await amendments.add(ids.amendment.next(), scorecardId, interviewer.id, isBlank ? '' : reason, JSON.stringify(isBlank ? { recommendation } : previous), amendedAt);
            await audit.add(ids.audit.next(), teamId, interviewer.id, 'scorecard.amended', 'scorecard', scorecardId, amendedAt, JSON.stringify({ sessionId: session.id, reason }));
          }
          await audit.add(ids.audit.next(), teamId, interviewer.id, 'scorecard.submitted', 'scorecard', scorecardId, submittedAt, JSON.stringify({ sessionId: session.id }));
          result.scorecards += 1;
          scoring.submitted += 1;
          scoring.lastSubmittedAt = scoring.lastSubmittedAt && scoring.lastSubmittedAt > submittedAt ? scoring.lastSubmittedAt : submittedAt;
          const mean = result.candidateMeans.get(session.candidate) ?? { sum: 0, count: 0 };
          for (const rating of content.filter((r) => r.level !== null)) {
            mean.sum += ((rating.level as number) - low) / (high - low);
            mean.count += 1;
          }
          result.candidateMeans.set(session.candidate, mean);
        } else {
          // Not submitted yet: sometimes a draft exists, started on the rubric version current then.
          const hasDraft = chance(random, isLaggardPending ? 0.33 : 0.5);
          let draft: PendingScorecard['draft'] = null;
          let rubric = toRubric(latestVersion(session.kit.rubric));
          if (hasDraft) {
            const createdAt = minDate(minutesAfter(ended, between(random, 5, 600)), minutesAfter(now, -10));
            const version = rubricVersionAt(session.kit.rubric, createdAt);
            rubric = toRubric(version);
            const scorecardId = ids.scorecard.next();
            const saves = between(random, 1, 3);
            const rated = sample(random, rubric.competencies, between(random, 0, rubric.competencies.length - 1));
            await scorecards.add(scorecardId, teamId, session.id, interviewer.id, version.id, 'DRAFT', null, isBlank || chance(random, 0.5) ? '' : summaryText(random, 1),
              null, saves, createdAt, minDate(minutesAfter(createdAt, between(random, 1, 20)), now));
            for (const competency of rated) {
              await ratings.add(scorecardId, competency.id, levelFor(random, session.candidate, interviewer, rubric.levels), false, '');
            }
            draft = { scorecardId, version: saves };
            result.scorecards += 1;
          }
          if (isLaggardPending) {
            result.pending.push({
              sessionId: session.id,
              interviewerId: interviewer.id,
              email: interviewer.email,
              draft,
              rubric,
              askedSessionQuestionIds: asked.map((question) => question.id),
            });
          }
        }
        // What ScorecardReminderService sent while the scorecard was owed.
        const owedUntil = submittedAt ?? now;
        const reminderAt = new Date(ended.getTime() + REMINDER_HOURS * HOUR_MS + between(random, 1, 5) * 60_000);
        if (reminderAt < owedUntil) {
          await reminders.add(session.id, interviewer.id, 'REMINDER', reminderAt);
          await notify(interviewer.id, 'SCORECARD_REMINDER', `Your scorecard for ${session.candidate.name} is waiting`, `/sessions/${session.id}/scorecard`, reminderAt);
        }
        const escalationAt = new Date(ended.getTime() + ESCALATION_HOURS * HOUR_MS + between(random, 1, 5) * 60_000);
        if (escalationAt < owedUntil) {
          await reminders.add(session.id, interviewer.id, 'ESCALATION', escalationAt);
          for (const coordinator of coordinators) {
            await notify(coordinator.id, 'SCORECARD_ESCALATION', `${interviewer.name} has not submitted a scorecard for ${session.candidate.name}`, '/timeliness', escalationAt);
          }
        }
      }
      if (scoring.submitted === scoring.requiredSeats && scoring.lastSubmittedAt) {
        for (const coordinator of coordinators) {
          await notify(coordinator.id, 'SCORECARDS_COMPLETE', `All ${scoring.submitted} scorecards are in for ${session.candidate.name}`, `/candidates/${session.candidate.id}`, scoring.lastSubmittedAt);
        }
      }
    }
    for (const insert of [scorecards, ratings, questionRatings, amendments, reminders, notifications, audit]) {
      await insert.flush();
    }
  });
  progress.finish();
  if (result.pending.length < pendingTarget) {
    throw new Error(`Only ${result.pending.length} pending scorecards; the load needs ${pendingTarget}`);
  }

  return result;
}
