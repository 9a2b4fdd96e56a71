import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { Actor } from '@api/core/auth/request-auth';
import { DomainError } from '@api/core/domain-error';
import { AuditService } from '@api/core/audit/audit.service';
import { questionBankRepository } from '@api/modules/question/question-bank.repository';

import type { GuideDeletionModel } from './dto/guide-deletion.model';
import type { GuideModel } from './dto/guide.model';
import { GuideService } from './guide.service';
import { restoreRetiredGuide } from './guide-question-index';

type LockedGuide = { id: string; title: string; retired_at: Date | null };

const guideNotFound = () =>
  new DomainError('NOT_FOUND', 'Guide not found', { field: 'guideId' });

// A question is "used" once any session's plan holds it: deleting it would cascade
// to that session's questions, notes and ratings, so a used question is never deleted.
const USED_BY_SESSION = `EXISTS (SELECT 1 FROM session_question sq WHERE sq.question_id = q.id)`;

/**
 * Retire, restore and delete a guide. Retiring takes the guide's active questions out
 * of the bank (marking which ones, so restoring brings back exactly those); deleting
 * removes what no session used and leaves a tombstone for what sessions did use.
 */
@Injectable()
export class GuideLifecycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly guides: GuideService,
  ) {}

  async retire(actor: Actor, guideId: string): Promise<GuideModel> {
    await this.dataSource.transaction(async (manager) => {
      const guide = await this.lockGuide(manager, actor, guideId);
      if (guide.retired_at) {
        return;
      }
      await manager.query(
        `UPDATE guide SET retired_at = now(), updated_at = now() WHERE id = $1`,
        [guide.id],
      );
      const retired = await questionBankRepository.retireWithGuide(manager, guide.id);
      await questionBankRepository.removeGuideFromSearchIndex(manager, guide.id);
      await this.audit.record(manager, {
        teamId: actor.teamId,
        actorId: actor.userId,
        action: 'guide.retired',
        recordType: 'guide',
        recordId: guide.id,
        details: { title: guide.title, questions: retired.length },
      });
    });

    return this.guides.guide(actor, guideId);
  }

  async restore(actor: Actor, guideId: string): Promise<GuideModel> {
    await this.dataSource.transaction(async (manager) => {
      const guide = await this.lockGuide(manager, actor, guideId);
      if (!guide.retired_at) {
        return;
      }
      const restored = await restoreRetiredGuide(manager, guide.id);
      await this.audit.record(manager, {
        teamId: actor.teamId,
        actorId: actor.userId,
        action: 'guide.restored',
        recordType: 'guide',
        recordId: guide.id,
        details: { title: guide.title, questions: restored },
      });
    });

    return this.guides.guide(actor, guideId);
  }

  async deletionPreview(
    actor: Actor,
    guideId: string,
  ): Promise<GuideDeletionModel> {
    const guide = await this.findGuide(
      this.dataSource.manager,
      actor,
      guideId,
      false,
    );

    return this.deletionCounts(this.dataSource.manager, guide);
  }

  async delete(actor: Actor, guideId: string): Promise<GuideDeletionModel> {
    return this.dataSource.transaction(async (manager) => {
      const guide = await this.lockGuide(manager, actor, guideId);
      // Lock the guide's questions first: a booking that would add one to a session waits
      // for this transaction, so "used by a session" below cannot go stale.
      await questionBankRepository.lockQuestionsOfGuide(manager, guide.id);
      const result = await this.deletionCounts(manager, guide);
      await manager.query(
        `UPDATE interview_kit SET version = version + 1, updated_at = now()
          WHERE id IN (SELECT i.kit_id FROM interview_kit_item i JOIN question q ON q.id = i.question_id
                        WHERE q.guide_id = $1)`,
        [guide.id],
      );
      // Unused questions go with their revisions, kit items and search rows (ON DELETE CASCADE).
      await manager.query(
        `DELETE FROM question q WHERE q.guide_id = $1 AND NOT ${USED_BY_SESSION}`,
        [guide.id],
      );
      await manager.query(
        `DELETE FROM interview_kit_item WHERE question_id IN (SELECT id FROM question WHERE guide_id = $1)`,
        [guide.id],
      );
      await questionBankRepository.retireForDeletedGuide(manager, guide.id);
      await questionBankRepository.removeGuideFromSearchIndex(manager, guide.id);
      // The tombstone keeps only the title (asked questions still name their guide) and frees the slug.
      await manager.query(
        `UPDATE guide
            SET deleted_at = now(), retired_at = coalesce(retired_at, now()), updated_at = now(),
                slug = 'deleted:' || id::text, description = NULL, category = NULL, vertical = NULL,
                tags = '{}', author = NULL, extra = '{}'::jsonb, profile = '{"sections":[]}'::jsonb,
                import_warnings = '[]'::jsonb, source_file_name = NULL
          WHERE id = $1`,
        [guide.id],
      );
      await this.audit.record(manager, {
        teamId: actor.teamId,
        actorId: actor.userId,
        action: 'guide.deleted',
        recordType: 'guide',
        recordId: guide.id,
        details: {
          title: guide.title,
          deletedQuestions: result.deletedQuestionCount,
          keptQuestions: result.keptQuestionCount,
          kits: result.affectedKitCount,
        },
      });

      return result;
    });
  }

  private async deletionCounts(
    manager: EntityManager,
    guide: LockedGuide,
  ): Promise<GuideDeletionModel> {
    const [row]: { used: number; unused: number; kits: number }[] =
      await manager.query(
        `SELECT count(*) FILTER (WHERE ${USED_BY_SESSION})::int AS used,
              count(*) FILTER (WHERE NOT ${USED_BY_SESSION})::int AS unused,
              (SELECT count(DISTINCT i.kit_id)::int FROM interview_kit_item i JOIN question kq ON kq.id = i.question_id
                WHERE kq.guide_id = $1) AS kits
         FROM question q WHERE q.guide_id = $1`,
        [guide.id],
      );

    return {
      guideId: guide.id,
      title: guide.title,
      deletedQuestionCount: row?.unused ?? 0,
      keptQuestionCount: row?.used ?? 0,
      affectedKitCount: row?.kits ?? 0,
    };
  }

  private lockGuide(
    manager: EntityManager,
    actor: Actor,
    guideId: string,
  ): Promise<LockedGuide> {
    return this.findGuide(manager, actor, guideId, true);
  }

  private async findGuide(
    manager: EntityManager,
    actor: Actor,
    guideId: string,
    lock: boolean,
  ): Promise<LockedGuide> {
    const [guide]: LockedGuide[] = await manager.query(
      `SELECT id, title, retired_at FROM guide
        WHERE id = $1 AND team_id = $2 AND deleted_at IS NULL ${lock ? 'FOR UPDATE' : ''}`,
      [guideId, actor.teamId],
    );
    if (!guide) {
      throw guideNotFound();
    }

    return guide;
  }
}
