import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { AuditService } from '@api/core/audit/audit.service';
import type { Actor } from '@api/core/auth/request-auth';
import { containsPattern } from '@api/core/database/like-pattern';
import { updateReturning } from '@api/core/database/update-returning';
import { versionConflict } from '@api/core/database/version-conflict';
import { DomainError, notFound } from '@api/core/domain-error';
import { type ConnectionShape, decodeCursor, encodeCursor, toConnection } from '@api/core/graphql/connection';

import { CandidateEntity } from './candidate.entity';
import type { CandidateModel } from './dto/candidate.model';
import type { CandidatesArgs, CreateCandidateInput, MergeCandidatesInput, UpdateCandidateInput } from './dto/candidate.input';

const normalizeEmail = (email: string | null | undefined) => (email?.trim() ? email.trim().toLowerCase() : null);

function toCandidateModel(candidate: CandidateEntity): CandidateModel {
  return {
    id: candidate.id,
    name: candidate.name,
    email: candidate.email,
    targetRole: candidate.targetRole,
    notes: candidate.notes,
    version: candidate.version,
    createdAt: candidate.createdAt,
    updatedAt: candidate.updatedAt,
  };
}

@Injectable()
export class CandidateService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async candidates(actor: Actor, args: CandidatesArgs, withTotal: boolean): Promise<ConnectionShape<CandidateModel>> {
    const query = this.dataSource
      .getRepository(CandidateEntity)
      .createQueryBuilder('c')
      .where('c.team_id = :teamId AND c.anonymised_at IS NULL', { teamId: actor.teamId });
    const search = args.search?.trim();
    if (search) {
      query.andWhere('(c.name ILIKE :pattern OR c.email ILIKE :pattern OR c.target_role ILIKE :pattern)', {
        pattern: containsPattern(search),
      });
    }
    const total = withTotal ? await query.getCount() : null;
    if (args.after) {
      const values = decodeCursor(args.after, 2);
      if (!values || typeof values[0] !== 'string' || typeof values[1] !== 'string') {
        throw new DomainError('BAD_USER_INPUT', 'after is not a valid cursor', { field: 'after' });
      }
      query.andWhere('(c.name, c.id::text) > (:name, :id)', { name: values[0], id: values[1] });
    }
    const rows = await query.orderBy('c.name').addOrderBy('c.id::text').take(args.first + 1).getMany();

    return toConnection(rows, args.first, toCandidateModel, (row) => encodeCursor([row.name, row.id]), total);
  }

  async candidate(actor: Actor, id: string): Promise<CandidateModel> {
    return toCandidateModel(await this.find(actor, id));
  }

  /** Groups of this team's candidates that share an email: candidates to merge. */
  async duplicates(actor: Actor): Promise<CandidateModel[][]> {
    const rows = await this.dataSource
      .getRepository(CandidateEntity)
      .createQueryBuilder('c')
      .where('c.team_id = :teamId AND c.anonymised_at IS NULL', { teamId: actor.teamId })
      .andWhere(
        `lower(c.email) IN (SELECT lower(d.email) FROM candidate d WHERE d.team_id = :teamId AND d.email IS NOT NULL
                            GROUP BY lower(d.email) HAVING count(*) > 1)`,
      )
      .orderBy('lower(c.email)')
      .addOrderBy('c.created_at')
      .getMany();
    const groups = new Map<string, CandidateModel[]>();
    for (const row of rows) {
      const key = normalizeEmail(row.email) ?? '';
      groups.set(key, [...(groups.get(key) ?? []), toCandidateModel(row)]);
    }

    return [...groups.values()];
  }

  async create(actor: Actor, input: CreateCandidateInput): Promise<CandidateModel> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const candidate = await manager.save(CandidateEntity, {
        teamId: actor.teamId,
        name: input.name.trim(),
        email: normalizeEmail(input.email),
        targetRole: input.targetRole?.trim() || null,
        notes: input.notes,
        version: 1,
      });
      await this.audit.record(manager, {
        teamId: actor.teamId,
        actorId: actor.userId,
        action: 'candidate.created',
        recordType: 'candidate',
        recordId: candidate.id,
      });

      return candidate;
    });

    return toCandidateModel(saved);
  }

  async update(actor: Actor, input: UpdateCandidateInput): Promise<CandidateModel> {
    const updated = await updateReturning<{ id: string }>(
      this.dataSource,
      `UPDATE candidate SET name = $1, email = $2, target_role = $3, notes = $4, version = version + 1, updated_at = now()
        WHERE id = $5 AND team_id = $6 AND version = $7 RETURNING id`,
      [input.name.trim(), normalizeEmail(input.email), input.targetRole?.trim() || null, input.notes, input.id, actor.teamId, input.expectedVersion],
    );
    if (!updated.length) {
      await this.find(actor, input.id);
      throw await versionConflict(
        this.dataSource,
        { table: 'candidate', where: 'id = $1 AND team_id = $2', parameters: [input.id, actor.teamId] },
        'This candidate was changed by someone else since you opened it',
      );
    }

    return this.candidate(actor, input.id);
  }

  /**
   * Folds duplicates (same email, same team) into the target: notes are
   * appended and every reference moves to the target before the duplicates go.
   */
  async merge(actor: Actor, input: MergeCandidatesInput): Promise<CandidateModel> {
    if (input.sourceIds.includes(input.targetId)) {
      throw new DomainError('BAD_USER_INPUT', 'A candidate cannot be merged into itself', { field: 'sourceIds' });
    }
    await this.dataSource.transaction(async (manager) => {
      const ids = [input.targetId, ...input.sourceIds];
      const rows = await manager
        .getRepository(CandidateEntity)
        .createQueryBuilder('c')
        .setLock('pessimistic_write')
        .where('c.id IN (:...ids) AND c.team_id = :teamId', { ids, teamId: actor.teamId })
        .getMany();
      const target = rows.find((row) => row.id === input.targetId);
      if (!target) {
        throw new DomainError('NOT_FOUND', 'Candidate not found', { field: 'targetId' });
      }
      const sources = input.sourceIds.map((id) => rows.find((row) => row.id === id));
      if (sources.some((source) => !source)) {
        throw new DomainError('NOT_FOUND', 'Candidate not found', { field: 'sourceIds' });
      }
      const email = normalizeEmail(target.email);
      if (!email || sources.some((source) => normalizeEmail(source?.email) !== email)) {
        throw new DomainError('BAD_USER_INPUT', 'Only candidates with the same email can be merged', { field: 'sourceIds' });
      }
      const notes = [target.notes, ...sources.map((source) => source?.notes ?? '')].filter((note) => note.trim()).join('\n\n');
      await manager.query(
        `UPDATE candidate SET notes = $1, version = version + 1, updated_at = now() WHERE id = $2`,
        [notes, target.id],
      );
      await this.reassignReferences(manager, input.sourceIds, target.id);
      await manager.delete(CandidateEntity, input.sourceIds);
      await this.audit.record(manager, {
        teamId: actor.teamId,
        actorId: actor.userId,
        action: 'candidate.merged',
        recordType: 'candidate',
        recordId: target.id,
        details: { mergedIds: input.sourceIds },
      });
    });

    return this.candidate(actor, input.targetId);
  }

  /** Moves every row that references the duplicates (found through foreign keys, all named candidate_id). */
  private async reassignReferences(
    manager: EntityManager,
    sourceIds: string[],
    targetId: string,
  ): Promise<void> {
    const references: { table_name: string }[] = await manager.query(
      `SELECT c.relname AS table_name
         FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
        WHERE k.contype = 'f' AND k.confrelid = 'candidate'::regclass`,
    );
    for (const { table_name } of references) {
      await manager.query(`UPDATE "${table_name}" SET candidate_id = $1 WHERE candidate_id = ANY($2::uuid[])`, [targetId, sourceIds]);
    }
  }

  private async find(actor: Actor, id: string): Promise<CandidateEntity> {
    const candidate = await this.dataSource.getRepository(CandidateEntity).findOneBy({ id, teamId: actor.teamId });
    if (!candidate || candidate.anonymisedAt) {
      throw notFound('Candidate');
    }

    return candidate;
  }
}
