import type { DataSource } from 'typeorm';

import { SessionStatus } from '@api/core/session-status';

import { BulkInsert, PhaseProgress } from './bulk-insert';
import type { ScorecardPhaseResult } from './scorecard-phase';
import { chronological } from './session-phase';
import { type Candidate, DAY_MS, HOUR_MS, type Kit, type Rubric, type WorldUser } from './scale-world';
import { between, chance, IdStream, pickOne, stream } from './seeded';
import { summaryText } from './text';

const DECISION_SHARE = 0.45;

function decisionFor(mean: number, isMock: boolean, pick: <T>(items: readonly T[]) => T): string {
  if (mean >= 0.62) {
    return isMock ? 'READY' : 'ADVANCE';
  }
  if (mean >= 0.42) {
    return isMock ? 'NEEDS_PRACTICE' : pick(['HOLD', 'ADVANCE']);
  }

  return isMock ? 'NEEDS_PRACTICE' : 'REJECT';
}

/** When a candidate was deleted on request: a few weeks after their last session. */
export function anonymisedAt(candidate: Candidate): Date {
  const last = Math.max(...candidate.sessions.map((session) => session.endsAt.getTime()), candidate.createdAt.getTime());

  return new Date(last + 21 * DAY_MS);
}

/**
 * Debrief decisions for a share of the candidates whose sessions are all
 * over (some with an earlier decision in their history), and the rest of the
 * audit trail: team, rubrics, kits, candidates, decisions.
 */
export async function loadDecisionsAndTrail(
  dataSource: DataSource,
  seed: number,
  world: { teamId: string; teamCreatedAt: Date; coordinators: WorldUser[]; rubrics: Rubric[]; kits: Kit[]; candidates: Candidate[]; now: Date },
  scores: ScorecardPhaseResult,
): Promise<number> {
  const random = stream(seed, 'decisions');
  const decisionIds = new IdStream(seed, 'debrief_decision');
  const auditIds = new IdStream(seed, 'audit_event:trail');
  const pick = <T>(items: readonly T[]) => pickOne(random, items);
  const { teamId, now } = world;
  const coordinator = world.coordinators[0];
  const progress = new PhaseProgress('debrief decisions, audit trail', world.candidates.length);
  let decided = 0;
  await dataSource.transaction(async (manager) => {
    const decisions = new BulkInsert(manager, {
      table: 'debrief_decision',
      columns: [['id', 'uuid'], ['team_id', 'uuid'], ['candidate_id', 'uuid'], ['decision', 'debrief_decision_kind'], ['rationale', 'text'], ['decided_by_id', 'uuid'], ['decided_at', 'timestamptz']],
    });
    const audit = new BulkInsert(manager, {
      table: 'audit_event',
      columns: [['id', 'uuid'], ['team_id', 'uuid'], ['actor_id', 'uuid'], ['action', 'text'], ['record_type', 'text'], ['record_id', 'uuid'], ['at', 'timestamptz'], ['details', 'jsonb']],
    }, null, [decisions]);
    const record = (action: string, recordType: string, recordId: string, at: Date, details: Record<string, unknown> = {}, actorId: string | null = coordinator.id) =>
      audit.add(auditIds.next(), teamId, actorId, action, recordType, recordId, at, JSON.stringify(details));
    await record('team.seeded', 'team', teamId, world.teamCreatedAt, {}, null);
    for (const rubric of world.rubrics) {
      for (const version of rubric.versions) {
        await record(version.version === 1 ? 'rubric.created' : 'rubric.revised', 'rubric', rubric.id, version.createdAt, { version: version.version });
      }
    }
    for (const kit of world.kits) {
      await record('kit.created', 'kit', kit.id, kit.createdAt);
      if (kit.version > 1) {
        await record('kit.updated', 'kit', kit.id, kit.updatedAt, { version: kit.version });
      }
    }
    for (const candidate of chronological(world.candidates)) {
      progress.add(1);
      await record('candidate.created', 'candidate', candidate.id, candidate.createdAt);
      if (candidate.isAnonymised) {
        await record('candidate.deleted', 'candidate', candidate.id, anonymisedAt(candidate), { reason: 'Asked to be forgotten', cancelledSessions: 0 });
      }
      const isOver = candidate.sessions.every((session) => session.endsAt < now && session.status !== SessionStatus.SCHEDULED && session.status !== SessionStatus.IN_PROGRESS);
      const mean = scores.candidateMeans.get(candidate);
      if (!isOver || !mean?.count || !chance(random, DECISION_SHARE)) {
        continue;
      }
      const lastEnded = Math.max(...candidate.sessions.map((session) => session.endsAt.getTime()));
      const isMock = candidate.role === 'QA' || chance(random, 0.2);
      const rounds = chance(random, 0.15) ? 2 : 1;
      for (let round = 0; round < rounds; round += 1) {
        const decidedAt = new Date(lastEnded + (round * 2 + between(random, 1, 3)) * DAY_MS + between(random, 0, 8) * HOUR_MS);
        if (decidedAt > now) {
          break;
        }
        const decision = round === 0 && rounds === 2 ? 'HOLD' : decisionFor(mean.sum / mean.count, isMock, pick);
        const id = decisionIds.next();
        await decisions.add(id, teamId, candidate.id, decision, candidate.isAnonymised ? '' : summaryText(random, 2), coordinator.id, decidedAt);
        await record('debrief.decided', 'candidate', candidate.id, decidedAt, { decisionId: id, decision });
        decided += 1;
      }
    }
    await decisions.flush();
    await audit.flush();
  });
  progress.finish();

  return decided;
}
