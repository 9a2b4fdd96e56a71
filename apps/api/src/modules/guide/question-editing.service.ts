import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';

import { kindKeyOf } from '@panelwise/guide-parser';

import type { Actor } from '@api/core/auth/request-auth';
import { DomainError } from '@api/core/domain-error';
import { AuditService } from '@api/core/audit/audit.service';
import { GuideEntity } from './guide.entity';
import { lockGuideForWrite } from './guide-question-index';
import { revisionHash } from './guide-import.service';
import { type CurrentQuestionRow, questionBankRepository } from '@api/modules/question/question-bank.repository';
import { QuestionRevisionOrigin } from '@api/modules/question/question-revision-origin';

import type { QuestionModel } from '@api/modules/question/dto/question.model';
import {
  type CreateQuestionInput,
  QUESTION_LIMITS,
  type UpdateQuestionInput,
} from '@api/modules/guide/dto/question-editing.input';
import {
  answerFromInput,
  followUpResponsesFor,
  isSameContent,
  optionalText,
  type QuestionContent,
} from './question-content';
import { QuestionService } from '@api/modules/question/question.service';

function kindOf(kind: string): { kind: string; kindKey: string } {
  const trimmed = kind.trim();
  const kindKey = kindKeyOf(trimmed);
  if (kindKey.length > QUESTION_LIMITS.kind) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `The kind is longer than ${QUESTION_LIMITS.kind} characters once normalised`,
      { field: 'kind' },
    );
  }

  return { kind: trimmed, kindKey };
}

/**
 * Writes questions from the app: a new question is revision 1 at the end of
 * its kind in the guide; an edit is the next revision, so sessions keep the
 * revision they asked. Both take the guide's import lock: an import and an
 * edit of the same guide never interleave.
 */
@Injectable()
export class QuestionEditingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly questions: QuestionService,
  ) {}

  async create(
    actor: Actor,
    input: CreateQuestionInput,
  ): Promise<QuestionModel> {
    const { kind, kindKey } = kindOf(input.kind);
    const id = await this.dataSource.transaction(async (manager) => {
      const guide = await manager.findOneBy(GuideEntity, {
        id: input.guideId,
        teamId: actor.teamId,
        deletedAt: IsNull(),
      });
      if (!guide) {
        throw new DomainError('NOT_FOUND', 'Guide not found', {
          field: 'guideId',
        });
      }
      if (guide.retiredAt) {
        throw new DomainError(
          'BAD_USER_INPUT',
          'This guide is retired: restore it before adding questions',
          { field: 'guideId', reason: 'GUIDE_RETIRED' },
        );
      }
      await lockGuideForWrite(manager, actor.teamId, guide.slug);
      const { position, number, heading } = await this.placeAtEndOfKind(
        manager,
        guide.id,
        kindKey,
      );
      const followUps = input.followUps.map((point) => point.trim());
      const content: QuestionContent = {
        // Under the heading the guide already uses for this kind, if any.
        kind: heading ?? kind,
        kindKey,
        number,
        prompt: input.prompt.trim(),
        context: optionalText(input.context),
        answer: answerFromInput(input.answer, null),
        followUps,
      };
      const [questionId] = await questionBankRepository.insertQuestions(manager, [
        { teamId: actor.teamId, guideId: guide.id, kindKey, position },
      ]);
      await this.writeRevision(manager, actor, questionId, 1, content);
      await this.audit.record(manager, {
        teamId: actor.teamId,
        actorId: actor.userId,
        action: 'question.created',
        recordType: 'question',
        recordId: questionId,
        details: { guideId: guide.id, kindKey, number },
      });

      return questionId;
    });

    return this.questions.question(actor, id);
  }

  /** Writes revision expectedRevision + 1, or nothing when the edit changes nothing. */
  async update(
    actor: Actor,
    input: UpdateQuestionInput,
  ): Promise<QuestionModel> {
    await this.dataSource.transaction(async (manager) => {
      const [located]: { slug: string }[] = await manager.query(
        `SELECT g.slug FROM question q JOIN guide g ON g.id = q.guide_id WHERE q.id = $1 AND q.team_id = $2`,
        [input.questionId, actor.teamId],
      );
      if (!located) {
        throw new DomainError('NOT_FOUND', 'Question not found', {
          field: 'questionId',
        });
      }
      await lockGuideForWrite(manager, actor.teamId, located.slug);
      const current = await questionBankRepository.lockCurrentQuestion(manager, actor.teamId, input.questionId);
      if (!current) {
        throw new DomainError('NOT_FOUND', 'Question not found', {
          field: 'questionId',
        });
      }
      if (current.retired_at) {
        throw new DomainError(
          'BAD_USER_INPUT',
          'This question was retired from its guide and can no longer be edited',
          {
            field: 'questionId',
            reason: 'QUESTION_RETIRED',
          },
        );
      }
      if (current.revision !== input.expectedRevision) {
        throw new DomainError(
          'CONFLICT',
          'This question was changed since you opened it',
          {
            field: 'expectedRevision',
            currentVersion: current.revision,
          },
        );
      }
      const before = this.contentOf(current);
      const next = this.edited(before, input);
      if (isSameContent(before, next)) {
        return;
      }
      const revision = current.revision + 1;
      await this.writeRevision(manager, actor, current.id, revision, next);
      await this.audit.record(manager, {
        teamId: actor.teamId,
        actorId: actor.userId,
        action: 'question.revised',
        recordType: 'question',
        recordId: current.id,
        details: {
          guideId: current.guide_id,
          revision,
          fromRevision: current.revision,
        },
      });
    });

    return this.questions.question(actor, input.questionId);
  }

  private contentOf(row: CurrentQuestionRow): QuestionContent {
    return {
      kind: row.kind,
      kindKey: row.kind_key,
      number: row.number,
      prompt: row.prompt,
      context: row.context,
      answer: {
        summary: row.answer.summary ?? null,
        fields: row.answer.fields,
        parts: row.answer.parts,
      },
      followUps: row.follow_ups,
      ...(row.follow_up_responses
        ? { followUpResponses: row.follow_up_responses }
        : {}),
    };
  }

  private edited(
    current: QuestionContent,
    input: UpdateQuestionInput,
  ): QuestionContent {
    // The same kind, written as the kind name or the guide's heading, keeps the heading.
    const kind = typeof input.kind === 'string' ? kindOf(input.kind) : null;
    const isNewKind = kind !== null && kind.kindKey !== current.kindKey;
    const followUps =
      input.followUps?.map((point) => point.trim()) ?? current.followUps;
    const followUpResponses = input.followUps
      ? followUpResponsesFor(followUps, current)
      : current.followUpResponses;

    return {
      kind: isNewKind ? kind.kind : current.kind,
      kindKey: isNewKind ? kind.kindKey : current.kindKey,
      number: current.number,
      prompt: input.prompt?.trim() ?? current.prompt,
      context:
        input.context === undefined || input.context === null
          ? current.context
          : optionalText(input.context),
      answer: input.answer
        ? answerFromInput(input.answer, current.answer)
        : current.answer,
      followUps,
      ...(followUpResponses ? { followUpResponses } : {}),
    };
  }

  private async writeRevision(
    manager: EntityManager,
    actor: Actor,
    questionId: string,
    revision: number,
    content: QuestionContent,
  ): Promise<void> {
    const [revisionId] = await questionBankRepository.insertRevisions(manager, [
      {
        questionId,
        revision,
        kind: content.kind,
        kindKey: content.kindKey,
        number: content.number,
        prompt: content.prompt,
        context: content.context,
        answer: content.answer,
        followUps: content.followUps,
        followUpResponses: content.followUpResponses ?? null,
        // Not from the file: no source lines (the API shows sourceLines null).
        sourceStartLine: 0,
        sourceEndLine: 0,
        contentHash: revisionHash({ ...content, lines: { start: 0, end: 0 } }),
        origin: QuestionRevisionOrigin.EDIT,
        createdById: actor.userId,
      },
    ]);
    await questionBankRepository.setCurrentRevision(manager, questionId, revisionId, content.kindKey);
    // The bank's search index holds the current revision's vectors (the trigger filled them).
    await questionBankRepository.refreshSearchIndex(manager, questionId);
  }


  /**
   * Right after the last question of that kind (the guide's end for a new
   * kind); the questions after it move down one place. Numbered after the
   * guide's highest active number when the guide numbers across kinds (no
   * number repeats), else after the kind's.
   */
  private async placeAtEndOfKind(
    manager: EntityManager,
    guideId: string,
    kindKey: string,
  ): Promise<{ position: number; number: number; heading: string | null }> {
    const place = await questionBankRepository.kindPlacement(manager, guideId, kindKey);
    const position =
      typeof place?.kind_end === 'number'
        ? place.kind_end + 1
        : (place?.guide_end ?? -1) + 1;
    await questionBankRepository.shiftPositions(manager, guideId, position);

    const last = place?.numbers_across_kinds
      ? place.guide_number
      : place?.kind_number;

    return {
      position,
      number: (last ?? 0) + 1,
      heading: place?.heading ?? null,
    };
  }
}
