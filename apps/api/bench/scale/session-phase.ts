import type { DataSource } from 'typeorm';

import { PanelRole, SessionStatus } from '@api/core/session-status';

import { BulkInsert, PhaseProgress } from './bulk-insert';
import { type Candidate, minutesAfter, type PlannedSession } from './scale-world';
import { between, chance, IdStream, type Random, sample, stream } from './seeded';
import { noteText, topicPhrase } from './text';

const NOTE_SHARE = 0.25;

/** Candidates in the order they were added, sessions in the order they run. */
export function chronological<T extends { createdAt: Date; id: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
}

export async function loadCandidates(dataSource: DataSource, teamId: string, candidates: Candidate[], anonymisedAt: (candidate: Candidate) => Date): Promise<void> {
  const progress = new PhaseProgress('candidates', candidates.length);
  await dataSource.transaction(async (manager) => {
    const rows = new BulkInsert(manager, {
      table: 'candidate',
      columns: [['id', 'uuid'], ['team_id', 'uuid'], ['name', 'text'], ['email', 'text'], ['target_role', 'text'], ['notes', 'text'], ['version', 'int'],
        ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'], ['anonymised_at', 'timestamptz']],
    }, progress);
    for (const candidate of chronological(candidates)) {
      if (candidate.isAnonymised) {
        const at = anonymisedAt(candidate);
        await rows.add(candidate.id, teamId, 'Deleted candidate', null, null, '', 2, candidate.createdAt, at, at);
      } else {
        await rows.add(candidate.id, teamId, candidate.name, candidate.email, `${candidate.role} Engineer`, candidate.notes, 1, candidate.createdAt, candidate.createdAt, null);
      }
    }
    await rows.flush();
  });
  progress.finish();
}

/** Sessions, panels (with the period the exclusion constraint checks), plans, history and interview notes. */
export async function loadSessions(dataSource: DataSource, seed: number, teamId: string, sessions: PlannedSession[]): Promise<void> {
  const random: Random = stream(seed, 'notes');
  const panelistIds = new IdStream(seed, 'session_panelist');
  const eventIds = new IdStream(seed, 'session_event');
  const noteIds = new IdStream(seed, 'session_note');
  const editIds = new IdStream(seed, 'note_edit');
  const seats = sessions.reduce((sum, session) => sum + session.panel.length, 0);
  const planRows = sessions.reduce((sum, session) => sum + session.questions.length, 0);
  const eventRows = sessions.reduce((sum, session) => sum + session.events.length, 0);
  const progress = new PhaseProgress('sessions, panels, plans, history, notes', sessions.length + seats + planRows + eventRows);
  await dataSource.transaction(async (manager) => {
    const sessionRows = new BulkInsert(manager, {
      table: 'interview_session',
      columns: [
        ['id', 'uuid'], ['team_id', 'uuid'], ['candidate_id', 'uuid'], ['kit_id', 'uuid'], ['starts_at', 'timestamptz'], ['ends_at', 'timestamptz'],
        ['time_zone', 'text'], ['location', 'text'], ['status', 'session_status'], ['reschedule_count', 'int'], ['sequence', 'int'], ['version', 'int'],
        ['created_by_id', 'uuid'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'], ['started_at', 'timestamptz'], ['completed_at', 'timestamptz'],
      ],
    }, progress);
    const panelRows = new BulkInsert(manager, {
      table: 'session_panelist',
      columns: [['id', 'uuid'], ['session_id', 'uuid'], ['user_id', 'uuid'], ['role', 'panel_role'], ['starts_at', 'timestamptz'], ['ends_at', 'timestamptz'], ['is_active', 'boolean']],
      target: { columns: ['id', 'session_id', 'user_id', 'role', 'period', 'is_active'], select: `id, session_id, user_id, role, tstzrange(starts_at, ends_at, '[)'), is_active` },
    }, progress);
    const questionRows = new BulkInsert(manager, {
      table: 'session_question',
      columns: [['id', 'uuid'], ['session_id', 'uuid'], ['question_id', 'uuid'], ['revision_id', 'uuid'], ['position', 'int'], ['planned_minutes', 'int'],
        ['added_by_id', 'uuid'], ['asked_at', 'timestamptz'], ['asked_by_id', 'uuid'], ['skipped_at', 'timestamptz']],
    }, progress);
    const eventRowsInsert = new BulkInsert(manager, {
      table: 'session_event',
      columns: [['id', 'uuid'], ['session_id', 'uuid'], ['actor_id', 'uuid'], ['kind', 'text'], ['reason', 'text'], ['details', 'jsonb'], ['at', 'timestamptz']],
    }, progress);
    const noteRows = new BulkInsert(manager, {
      table: 'session_note',
      columns: [['id', 'uuid'], ['session_id', 'uuid'], ['interviewer_id', 'uuid'], ['session_question_id', 'uuid'], ['text', 'text'], ['follow_ups_asked', 'jsonb'],
        ['custom_follow_ups', 'jsonb'], ['version', 'int'], ['last_edit_id', 'uuid'], ['updated_at', 'timestamptz']],
    });
    for (const session of sessions) {
      const updatedAt = (session.events.at(-1) ?? { at: session.createdAt }).at;
      await sessionRows.add(
        session.id, teamId, session.candidate.id, session.kit.id, session.startsAt, session.endsAt, session.timeZone, session.location, session.status,
        session.rescheduleCount, session.sequence, session.version, session.createdById, session.createdAt, updatedAt, session.startedAt, session.completedAt,
      );
    }
    await sessionRows.flush();
    for (const session of sessions) {
      // Cancelled and no-show sessions free their panel's time, as endSession does.
      const isActive = session.status !== SessionStatus.CANCELLED && session.status !== SessionStatus.NO_SHOW;
      for (const seat of session.panel) {
        await panelRows.add(panelistIds.next(), session.id, seat.interviewer.id, seat.role, session.startsAt, session.endsAt, isActive);
      }
    }
    await panelRows.flush();
    for (const session of sessions) {
      for (const question of session.questions) {
        await questionRows.add(
          question.id, session.id, question.question.id, question.question.revisionId, question.position, question.plannedMinutes,
          question.addedBy?.id ?? null, question.askedAt, question.askedBy?.id ?? null, question.skippedAt,
        );
      }
    }
    await questionRows.flush();
    for (const session of sessions) {
      for (const event of session.events) {
        await eventRowsInsert.add(eventIds.next(), session.id, event.actorId, event.kind, event.reason, JSON.stringify(event.details), event.at);
      }
    }
    await eventRowsInsert.flush();
    for (const session of sessions) {
      if (session.status !== SessionStatus.COMPLETED || !session.startedAt || !session.completedAt || !chance(random, NOTE_SHARE)) {
        continue;
      }
      const isBlank = session.candidate.isAnonymised;
      const asked = session.questions.filter((question) => question.askedAt);
      for (const seat of session.panel.filter((s) => s.role !== PanelRole.SHADOW)) {
        const savedAt = minutesAfter(session.completedAt, between(random, -5, 30));
        await noteRows.add(noteIds.next(), session.id, seat.interviewer.id, null, isBlank ? '' : noteText(random, between(random, 2, 5)), '[]', '[]',
          between(random, 2, 12), editIds.next(), savedAt);
        for (const question of sample(random, asked, between(random, 2, 4))) {
          const followUps = Array.from({ length: question.question.followUpCount }, (_, index) => index).filter(() => chance(random, 0.5));
          const custom = !isBlank && chance(random, 0.2) ? [`What would change with ${topicPhrase(random)}?`] : [];
          await noteRows.add(noteIds.next(), session.id, seat.interviewer.id, question.id, isBlank ? '' : noteText(random, between(random, 1, 3)),
            JSON.stringify(followUps), JSON.stringify(custom), between(random, 1, 8), editIds.next(), minutesAfter(question.askedAt as Date, between(random, 1, 10)));
        }
      }
    }
    await noteRows.flush();
  });
  progress.finish();
}
