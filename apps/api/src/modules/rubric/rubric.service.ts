import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { AuditService } from '@api/core/audit/audit.service';
import type { Actor } from '@api/core/auth/request-auth';
import { isUniqueViolation } from '@api/core/database/postgres-errors';
import { updateReturning } from '@api/core/database/update-returning';
import { versionConflict } from '@api/core/database/version-conflict';
import { DomainError, notFound } from '@api/core/domain-error';

import type { RubricModel } from './dto/rubric.model';
import type { CreateRubricInput, UpdateRubricInput } from './dto/rubric.input';
import { RubricVersionEntity } from './rubric-version.entity';
import { loadRubrics } from './rubric.query';
import { RubricEntity } from './rubric.entity';
import { type Competency, DEFAULT_SCALE, type ScaleLevel } from './rubric.types';

type RubricContent = { scale: ScaleLevel[]; competencies: Competency[] };


/** Checks a scale and competencies; returns them normalised with competency ids assigned. */
export function validateRubricContent(
  input: Pick<CreateRubricInput, 'scale' | 'competencies'>,
  previous: Competency[] = [],
): RubricContent {
  const scale = [...(input.scale ?? DEFAULT_SCALE)].sort((a, b) => a.level - b.level);
  const levels = new Set(scale.map((step) => step.level));
  if (levels.size !== scale.length) {
    throw new DomainError('BAD_USER_INPUT', 'scale levels must be unique', { field: 'scale' });
  }
  const names = new Set<string>();
  const previousIds = new Set(previous.map((competency) => competency.id));
  const competencies = input.competencies.map((competency, index) => {
    const key = competency.name.trim().toLowerCase();
    if (names.has(key)) {
      throw new DomainError('BAD_USER_INPUT', `competency "${competency.name}" appears twice`, {
        field: `competencies.${index}.name`,
      });
    }
    names.add(key);
    if (competency.id && !previousIds.has(competency.id)) {
      throw new DomainError('BAD_USER_INPUT', `competency id ${competency.id} is not part of this rubric`, {
        field: `competencies.${index}.id`,
      });
    }
    const anchorLevels = new Set<number>();
    for (const anchor of competency.anchors) {
      if (!levels.has(anchor.level) || anchorLevels.has(anchor.level)) {
        throw new DomainError('BAD_USER_INPUT', `anchor level ${anchor.level} of "${competency.name}" is not a distinct scale level`, {
          field: `competencies.${index}.anchors`,
        });
      }
      anchorLevels.add(anchor.level);
    }

    return {
      id: competency.id ?? randomUUID(),
      name: competency.name.trim(),
      description: competency.description.trim(),
      anchors: [...competency.anchors].sort((a, b) => a.level - b.level).map(({ level, text }) => ({ level, text: text.trim() })),
    };
  });

  return { scale: scale.map(({ level, label }) => ({ level, label: label.trim() })), competencies };
}

@Injectable()
export class RubricService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async rubrics(actor: Actor): Promise<RubricModel[]> {
    return this.load(actor.teamId);
  }

  async rubric(actor: Actor, id: string): Promise<RubricModel> {
    const [rubric] = await this.load(actor.teamId, id);
    if (!rubric) {
      throw notFound('Rubric');
    }

    return rubric;
  }

  async create(actor: Actor, input: CreateRubricInput): Promise<RubricModel> {
    const content = validateRubricContent(input);
    const id = await this.withNameCheck(() =>
      this.dataSource.transaction(async (manager) => {
        const rubric = await manager.save(RubricEntity, {
          teamId: actor.teamId,
          name: input.name.trim(),
          description: input.description.trim(),
          defaultForKind: input.defaultForKind ?? null,
          version: 1,
          archivedAt: null,
        });
        await this.insertVersion(manager, rubric.id, 1, content, actor.userId);
        await this.audit.record(manager, {
          teamId: actor.teamId,
          actorId: actor.userId,
          action: 'rubric.created',
          recordType: 'rubric',
          recordId: rubric.id,
        });

        return rubric.id;
      }),
    );

    return this.rubric(actor, id);
  }

  /**
   * Every edit becomes a new immutable version, so scorecards already scored
   * against the old one keep it. A stale expectedVersion is a CONFLICT.
   */
  async update(actor: Actor, input: UpdateRubricInput): Promise<RubricModel> {
    const current = await this.rubric(actor, input.id);
    const content = validateRubricContent(input, current.competencies);
    await this.withNameCheck(() =>
      this.dataSource.transaction(async (manager) => {
        const updated = await updateReturning<{ version: number }>(
          manager,
          `UPDATE rubric SET name = $1, description = $2, default_for_kind = $3, version = version + 1, updated_at = now()
            WHERE id = $4 AND team_id = $5 AND version = $6
          RETURNING version`,
          [input.name.trim(), input.description.trim(), input.defaultForKind ?? null, input.id, actor.teamId, input.expectedVersion],
        );
        const newVersion = updated[0]?.version;
        if (!newVersion) {
          throw await versionConflict(
            manager,
            { table: 'rubric', where: 'id = $1 AND team_id = $2', parameters: [input.id, actor.teamId] },
            'This rubric was changed by someone else; reload to see their version',
          );
        }
        await this.insertVersion(manager, input.id, newVersion, content, actor.userId);
        await this.audit.record(manager, {
          teamId: actor.teamId,
          actorId: actor.userId,
          action: 'rubric.revised',
          recordType: 'rubric',
          recordId: input.id,
          details: { version: newVersion },
        });
      }),
    );

    return this.rubric(actor, input.id);
  }

  private async insertVersion(
    manager: EntityManager,
    rubricId: string,
    version: number,
    content: RubricContent,
    userId: string | null,
  ): Promise<void> {
    await manager.insert(RubricVersionEntity, { rubricId, version, ...content, createdById: userId });
  }

  private async withNameCheck<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError('CONFLICT', 'A rubric with this name already exists', { field: 'name' });
      }
      throw error;
    }
  }

  private load(teamId: string, id?: string): Promise<RubricModel[]> {
    return loadRubrics(this.dataSource, teamId, id ? 'r.archived_at IS NULL AND r.id = $2' : 'r.archived_at IS NULL', id ? [id] : []);
  }
}
