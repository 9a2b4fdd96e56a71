import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';

import type { Actor } from '@api/core/auth/request-auth';
import { updateReturning } from '@api/core/database/update-returning';
import { versionConflict } from '@api/core/database/version-conflict';
import { DomainError, notFound } from '@api/core/domain-error';
import { AuditService } from '@api/core/audit/audit.service';
import { QUESTION_COLUMNS, type QuestionRow, toQuestionModel } from '@api/modules/question/question.mapper';
import { questionBankRepository } from '@api/modules/question/question-bank.repository';
import { RubricService } from '@api/modules/rubric/rubric.service';

import type { KitModel } from './dto/kit.model';
import type { AddQuestionToKitInput, CreateKitInput, UpdateKitInput } from './dto/kit.input';
import { KitItemEntity } from './kit-item.entity';
import { KitEntity } from './kit.entity';

const MAX_KIT_ITEMS = 60;

type ItemRow = QuestionRow & { item_id: string; kit_id: string; item_position: number; planned_minutes: number };

@Injectable()
export class KitService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly rubrics: RubricService,
  ) {}

  async kits(actor: Actor): Promise<KitModel[]> {
    const kits = await this.dataSource.getRepository(KitEntity).find({
      where: { teamId: actor.teamId, archivedAt: IsNull() },
      order: { name: 'ASC' },
    });

    return this.toModels(actor, kits);
  }

  async kit(actor: Actor, id: string): Promise<KitModel> {
    const kit = await this.dataSource.getRepository(KitEntity).findOneBy({ id, teamId: actor.teamId });
    if (!kit) {
      throw notFound('Kit');
    }
    const [model] = await this.toModels(actor, [kit]);

    return model;
  }

  async create(actor: Actor, input: CreateKitInput): Promise<KitModel> {
    await this.assertReferences(actor, input);
    const id = await this.dataSource.transaction(async (manager) => {
      const kit = await manager.save(KitEntity, {
        teamId: actor.teamId,
        name: input.name.trim(),
        targetRole: input.targetRole.trim(),
        rubricId: input.rubricId,
        instructions: input.instructions,
        version: 1,
        archivedAt: null,
      });
      await this.replaceItems(manager, kit.id, input);
      await this.audit.record(manager, {
        teamId: actor.teamId,
        actorId: actor.userId,
        action: 'kit.created',
        recordType: 'kit',
        recordId: kit.id,
      });

      return kit.id;
    });

    return this.kit(actor, id);
  }

  /** Saves only when nobody saved since `expectedVersion`; otherwise CONFLICT with the current version. */
  async update(actor: Actor, input: UpdateKitInput): Promise<KitModel> {
    await this.assertReferences(actor, input);
    await this.dataSource.transaction(async (manager) => {
      const updated = await updateReturning<{ version: number }>(
        manager,
        `UPDATE interview_kit
            SET name = $1, target_role = $2, rubric_id = $3, instructions = $4, version = version + 1, updated_at = now()
          WHERE id = $5 AND team_id = $6 AND version = $7
        RETURNING version`,
        [input.name.trim(), input.targetRole.trim(), input.rubricId, input.instructions, input.id, actor.teamId, input.expectedVersion],
      );
      if (!updated.length) {
        const current = await manager.findOneBy(KitEntity, { id: input.id, teamId: actor.teamId });
        if (!current) {
          throw notFound('Kit');
        }
        throw await versionConflict(
          manager,
          { table: 'interview_kit', where: 'id = $1 AND team_id = $2', parameters: [input.id, actor.teamId] },
          'This kit was saved by someone else since you opened it',
        );
      }
      await this.replaceItems(manager, input.id, input);
      await this.audit.record(manager, {
        teamId: actor.teamId,
        actorId: actor.userId,
        action: 'kit.updated',
        recordType: 'kit',
        recordId: input.id,
        details: { version: updated[0]?.version ?? null },
      });
    });

    return this.kit(actor, input.id);
  }

  /**
   * Appends one question to a kit. It bumps the kit's version, so someone
   * editing the kit meanwhile gets CONFLICT instead of dropping the question.
   */
  async addQuestion(actor: Actor, input: AddQuestionToKitInput): Promise<KitModel> {
    await this.dataSource.transaction(async (manager) => {
      const [kit]: { version: number }[] = await manager.query(
        `SELECT version FROM interview_kit WHERE id = $1 AND team_id = $2 AND archived_at IS NULL FOR UPDATE`,
        [input.kitId, actor.teamId],
      );
      if (!kit) {
        throw new DomainError('NOT_FOUND', 'Kit not found', { field: 'kitId' });
      }
      await this.assertQuestions(manager, actor, [input.questionId], () => 'questionId');
      const [items]: { count: number; in_kit: boolean; next_position: number }[] = await manager.query(
        `SELECT count(*)::int AS count, coalesce(bool_or(question_id = $2), false) AS in_kit,
                coalesce(max(position) + 1, 0)::int AS next_position
           FROM interview_kit_item WHERE kit_id = $1`,
        [input.kitId, input.questionId],
      );
      if (items.in_kit) {
        throw new DomainError('BAD_USER_INPUT', 'This question is already in the kit', { field: 'questionId' });
      }
      if (items.count >= MAX_KIT_ITEMS) {
        throw new DomainError('BAD_USER_INPUT', `A kit holds at most ${MAX_KIT_ITEMS} questions; this one is full`, { field: 'kitId' });
      }
      await manager.insert(KitItemEntity, {
        kitId: input.kitId,
        questionId: input.questionId,
        position: items.next_position,
        plannedMinutes: input.plannedMinutes,
      });
      await manager.query(`UPDATE interview_kit SET version = version + 1, updated_at = now() WHERE id = $1`, [input.kitId]);
      await this.audit.record(manager, {
        teamId: actor.teamId,
        actorId: actor.userId,
        action: 'kit.updated',
        recordType: 'kit',
        recordId: input.kitId,
        details: { version: kit.version + 1, addedQuestionId: input.questionId },
      });
    });

    return this.kit(actor, input.kitId);
  }

  private async replaceItems(manager: EntityManager, kitId: string, input: CreateKitInput): Promise<void> {
    await manager.delete(KitItemEntity, { kitId });
    if (input.items.length) {
      await manager.insert(
        KitItemEntity,
        input.items.map((item, position) => ({ kitId, questionId: item.questionId, position, plannedMinutes: item.plannedMinutes })),
      );
    }
  }

  private async assertReferences(actor: Actor, input: CreateKitInput): Promise<void> {
    await this.rubrics.rubric(actor, input.rubricId).catch((error: unknown) => {
      throw error instanceof DomainError && error.code === 'NOT_FOUND'
        ? new DomainError('NOT_FOUND', 'Rubric not found', { field: 'rubricId' })
        : error;
    });
    const ids = input.items.map((item) => item.questionId);
    const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
    if (duplicate) {
      throw new DomainError('BAD_USER_INPUT', 'A question can appear only once in a kit', {
        field: `items.${ids.lastIndexOf(duplicate)}.questionId`,
      });
    }
    await this.assertQuestions(this.dataSource.manager, actor, ids, (index) => `items.${index}.questionId`);
  }

  /** Every id is an active bank question of the actor's team. */
  private async assertQuestions(
    manager: EntityManager,
    actor: Actor,
    ids: string[],
    fieldOf: (index: number) => string,
  ): Promise<void> {
    if (!ids.length) {
      return;
    }
    const found = await questionBankRepository.retirementOf(manager, actor.teamId, ids);
    const byId = new Map(found.map((row) => [row.id, row]));
    ids.forEach((id, index) => {
      const question = byId.get(id);
      if (!question) {
        throw new DomainError('NOT_FOUND', 'Question not found', { field: fieldOf(index) });
      }
      if (question.retired_at) {
        throw new DomainError('BAD_USER_INPUT', 'This question was retired from its guide', { field: fieldOf(index) });
      }
    });
  }

  private async toModels(actor: Actor, kits: KitEntity[]): Promise<KitModel[]> {
    if (!kits.length) {
      return [];
    }
    const [rubrics, rows] = await Promise.all([
      this.rubrics.rubrics(actor),
      this.dataSource.query<ItemRow[]>(
        `SELECT i.id AS item_id, i.kit_id, i.position AS item_position, i.planned_minutes, ${QUESTION_COLUMNS}
           FROM interview_kit_item i
           JOIN question q ON q.id = i.question_id
           JOIN question_revision r ON r.id = q.current_revision_id
          WHERE i.kit_id = ANY($1::uuid[])
          ORDER BY i.kit_id, i.position`,
        [kits.map((kit) => kit.id)],
      ),
    ]);
    const rubricById = new Map(rubrics.map((rubric) => [rubric.id, rubric]));

    return kits.map((kit) => {
      const items = rows
        .filter((row) => row.kit_id === kit.id)
        .map((row) => ({
          id: row.item_id,
          position: row.item_position,
          plannedMinutes: row.planned_minutes,
          question: toQuestionModel(row),
        }));
      const rubric = rubricById.get(kit.rubricId);
      if (!rubric) {
        throw new Error(`Rubric ${kit.rubricId} of kit ${kit.id} is missing`);
      }

      return {
        id: kit.id,
        name: kit.name,
        targetRole: kit.targetRole,
        rubricId: kit.rubricId,
        rubric,
        instructions: kit.instructions,
        items,
        totalMinutes: items.reduce((sum, item) => sum + item.plannedMinutes, 0),
        version: kit.version,
        updatedAt: kit.updatedAt,
      };
    });
  }
}
