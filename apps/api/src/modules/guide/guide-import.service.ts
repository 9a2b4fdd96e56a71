import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { GuideParseError, kindNameOf, parseGuide, type ParsedGuide, type ParsedQuestion } from '@panelwise/guide-parser';

import type { JsonObject } from '@panelwise/shared-util';

import { AuditService } from '@api/core/audit/audit.service';

import { GuideEntity } from './guide.entity';
import { lockGuideForWrite, restoreRetiredGuide } from './guide-question-index';
import type {
  GuideImportError,
  GuideImportResult,
  GuideSource,
  ImportActor,
  QuestionChange,
} from './guide-import.types';
import { questionBankRepository } from '@api/modules/question/question-bank.repository';
import { QuestionRevisionOrigin } from '@api/modules/question/question-revision-origin';
import { matchQuestions, type StoredQuestion } from './question-matching';

class DryRunRollback extends Error {
  constructor(readonly result: GuideImportResult) {
    super('dry run');
  }
}

const change = (question: { number: number | null; prompt: string; kind: string | null; kindKey?: string }): QuestionChange => ({
  number: question.number,
  prompt: question.prompt,
  kind: question.kind,
  kindName: question.kindKey === undefined ? null : kindNameOf(question.kindKey),
});

export function revisionHash(question: ParsedQuestion): string {
  const { kind, kindKey, number, prompt, context, answer, followUps, followUpResponses } = question;

  return createHash('sha256')
    .update(JSON.stringify({ kind, kindKey, number, prompt, context, answer, followUps, followUpResponses }))
    .digest('hex');
}

// Columns sized for what the parser derives from a file (guide.slug,
// question.kind_key, guide.published_on and modified_on): a longer value used
// to fail the whole request inside the database (issue #8).
const SLUG_MAX = 200;
const KIND_KEY_MAX = 120;
const DATE_TEXT_MAX = 40;

/** Why a parsed guide cannot be stored as it is, or null. */
export function oversizedValue(parsed: ParsedGuide): GuideImportError | null {
  if (parsed.slug.length > SLUG_MAX) {
    return { code: 'VALUE_TOO_LONG', line: null, message: `the guide's slug (from its slug, file name or title) is longer than ${SLUG_MAX} characters` };
  }
  const dates = [
    ['pubDate', parsed.frontmatter.publishedOn],
    ['modDate', parsed.frontmatter.modifiedOn],
  ] as const;
  const longDate = dates.find(([, value]) => (value?.length ?? 0) > DATE_TEXT_MAX);
  if (longDate) {
    return { code: 'VALUE_TOO_LONG', line: null, message: `${longDate[0]} is longer than ${DATE_TEXT_MAX} characters` };
  }
  const question = parsed.questions.find((candidate) => candidate.kindKey.length > KIND_KEY_MAX);

  return question
    ? { code: 'VALUE_TOO_LONG', line: question.lines.start, message: `the question's kind is longer than ${KIND_KEY_MAX} characters` }
    : null;
}

/** Shown in the report (not stored on the guide) when the import brought a retired guide back. */
export const RESTORED_WARNING = {
  line: 1,
  message: 'This guide was retired; importing it restored the guide and the questions retired with it.',
};

/**
 * Persists parsed guides. Each guide lands in its own transaction, so one bad
 * file never half-writes a guide nor blocks the others; re-importing the same
 * content is a no-op.
 */
@Injectable()
export class GuideImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async importGuides(
    actor: ImportActor,
    sources: GuideSource[],
    options: { dryRun?: boolean; onProgress?: (result: GuideImportResult, index: number) => void } = {},
  ): Promise<GuideImportResult[]> {
    const results: GuideImportResult[] = [];
    for (const [index, source] of sources.entries()) {
      const result = await this.importOne(actor, source, options.dryRun ?? false);
      results.push(result);
      options.onProgress?.(result, index);
    }

    return results;
  }

  async importOne(actor: ImportActor, source: GuideSource, dryRun: boolean): Promise<GuideImportResult> {
    let parsed: ParsedGuide;
    try {
      parsed = parseGuide(source.text, { fileName: source.fileName });
    } catch (error) {
      if (error instanceof GuideParseError) {
        return this.failed(source.fileName, { code: error.code, line: error.line ?? null, message: error.message });
      }
      throw error;
    }
    const oversized = oversizedValue(parsed);
    if (oversized) {
      return this.failed(source.fileName, oversized);
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        const result = await this.persist(manager, actor, source.fileName, parsed);
        if (dryRun) {
          throw new DryRunRollback(result);
        }

        return result;
      });
    } catch (error) {
      if (error instanceof DryRunRollback) {
        // A created guide was rolled back: its id never existed.
        return error.result.status === 'CREATED' ? { ...error.result, guideId: null } : error.result;
      }
      throw error;
    }
  }

  private failed(fileName: string, error: GuideImportResult['error']): GuideImportResult {
    return {
      fileName,
      guideId: null,
      slug: null,
      title: null,
      status: 'FAILED',
      created: [],
      revised: [],
      retired: [],
      unchanged: 0,
      warnings: [],
      error,
    };
  }

  private async persist(
    manager: EntityManager,
    actor: ImportActor,
    fileName: string,
    parsed: ParsedGuide,
  ): Promise<GuideImportResult> {
    // Two imports of the same guide at once would both see "new": serialise them.
    await lockGuideForWrite(manager, actor.teamId, parsed.slug);
    const existing = await manager.findOneBy(GuideEntity, { teamId: actor.teamId, slug: parsed.slug });
    // Importing a retired guide's file means the team wants it back: restore it (with the
    // questions its retirement retired), then import as usual, and say so in the report.
    const wasRetired = existing?.retiredAt ? await restoreRetiredGuide(manager, existing.id).then(() => true) : false;
    if (existing && wasRetired) {
      existing.retiredAt = null;
      await this.audit.record(manager, {
        teamId: actor.teamId,
        actorId: actor.userId,
        action: 'guide.restored',
        recordType: 'guide',
        recordId: existing.id,
        details: { title: existing.title, byImport: true, fileName },
      });
    }
    const base = {
      fileName,
      slug: parsed.slug,
      title: parsed.title,
      warnings: wasRetired ? [RESTORED_WARNING, ...parsed.warnings] : parsed.warnings,
      error: null,
    };
    if (existing?.contentHash === parsed.contentHash) {
      const unchanged = await questionBankRepository.countActiveOfGuide(manager, existing.id);
      const status = wasRetired ? 'UPDATED' : 'UNCHANGED';

      return { ...base, guideId: existing.id, status, created: [], revised: [], retired: [], unchanged };
    }
    const guideId = await this.upsertGuide(manager, actor, fileName, parsed, existing);
    const stored = await this.storedQuestions(manager, guideId);
    const { matches, unmatched } = matchQuestions(parsed.questions, stored);

    const created: QuestionChange[] = [];
    const revised: QuestionChange[] = [];
    let unchanged = 0;
    const newQuestions = matches.filter((match) => !match.stored);
    const newIds = await this.insertQuestions(
      manager,
      actor.teamId,
      guideId,
      newQuestions.map((match) => ({ kindKey: match.parsed.kindKey, position: match.position })),
    );
    const revisionRows: { questionId: string; revision: number; parsed: ParsedQuestion; hash: string }[] = [];
    const pointerUpdates: { id: string; position: number; kindKey: string }[] = [];
    newQuestions.forEach((match, index) => {
      const questionId = newIds[index] ?? '';
      revisionRows.push({ questionId, revision: 1, parsed: match.parsed, hash: revisionHash(match.parsed) });
      created.push(change(match.parsed));
    });
    for (const match of matches) {
      if (!match.stored) {
        continue;
      }
      const hash = revisionHash(match.parsed);
      if (hash !== match.stored.contentHash || match.stored.isRetired) {
        revisionRows.push({ questionId: match.stored.id, revision: match.stored.revision + 1, parsed: match.parsed, hash });
        revised.push(change(match.parsed));
      } else {
        unchanged += 1;
      }
      pointerUpdates.push({ id: match.stored.id, position: match.position, kindKey: match.parsed.kindKey });
    }
    const revisionIds = await this.insertRevisions(manager, actor.userId, revisionRows);
    await this.updatePointers(
      manager,
      pointerUpdates,
      new Map(revisionRows.map((row, index) => [row.questionId, revisionIds[index] ?? ''])),
    );
    if (unmatched.length) {
      await questionBankRepository.retireQuestions(
        manager,
        unmatched.map((question) => question.id),
      );
    }
    await questionBankRepository.refreshGuideSearchIndex(manager, guideId);
    const retired = unmatched.map((question) => change({ ...question, kind: null }));
    await this.audit.record(manager, {
      teamId: actor.teamId,
      actorId: actor.userId,
      action: existing ? 'guide.reimported' : 'guide.imported',
      recordType: 'guide',
      recordId: guideId,
      details: {
        fileName,
        contentHash: parsed.contentHash,
        created: created.length,
        revised: revised.length,
        retired: retired.length,
        unchanged,
      },
    });

    return { ...base, guideId, status: existing ? 'UPDATED' : 'CREATED', created, revised, retired, unchanged };
  }

  private async upsertGuide(
    manager: EntityManager,
    actor: ImportActor,
    fileName: string,
    parsed: ParsedGuide,
    existing: GuideEntity | null,
  ): Promise<string> {
    const { frontmatter } = parsed;
    const fields = {
      title: parsed.title,
      description: frontmatter.description,
      category: frontmatter.category,
      vertical: frontmatter.vertical,
      tags: frontmatter.tags,
      author: frontmatter.author,
      publishedOn: frontmatter.publishedOn,
      modifiedOn: frontmatter.modifiedOn,
      // YAML's core schema yields only JSON values.
      extra: frontmatter.extra as JsonObject,
      profile: parsed.profile,
      contentHash: parsed.contentHash,
      importWarnings: parsed.warnings,
      sourceFileName: fileName,
      importedAt: new Date(),
      importedById: actor.userId,
    };
    const saved = await manager.save(GuideEntity, { ...existing, ...fields, teamId: actor.teamId, slug: parsed.slug });

    return saved.id;
  }

  private async storedQuestions(manager: EntityManager, guideId: string): Promise<StoredQuestion[]> {
    const rows = await questionBankRepository.storedQuestionsOfGuide(manager, guideId);

    return rows.map((row) => ({
      id: row.id,
      number: row.number,
      prompt: row.prompt,
      kindKey: row.kind_key,
      contentHash: row.content_hash,
      revision: row.revision,
      isRetired: row.retired_at !== null,
      importedPrompt: row.imported_prompt,
    }));
  }

  private async insertQuestions(
    manager: EntityManager,
    teamId: string,
    guideId: string,
    rows: { kindKey: string; position: number }[],
  ): Promise<string[]> {
    return questionBankRepository.insertQuestions(
      manager,
      rows.map((row) => ({ teamId, guideId, kindKey: row.kindKey, position: row.position })),
    );
  }

  private async insertRevisions(
    manager: EntityManager,
    createdById: string | null,
    rows: { questionId: string; revision: number; parsed: ParsedQuestion; hash: string }[],
  ): Promise<string[]> {
    return questionBankRepository.insertRevisions(
      manager,
      rows.map(({ questionId, revision, parsed, hash }) => ({
        questionId,
        revision,
        kind: parsed.kind,
        kindKey: parsed.kindKey,
        number: parsed.number,
        prompt: parsed.prompt,
        context: parsed.context,
        answer: parsed.answer,
        followUps: parsed.followUps,
        followUpResponses: parsed.followUpResponses ?? null,
        sourceStartLine: parsed.lines.start,
        sourceEndLine: parsed.lines.end,
        contentHash: hash,
        origin: QuestionRevisionOrigin.IMPORT,
        createdById,
      })),
    );
  }

  private async updatePointers(
    manager: EntityManager,
    matched: { id: string; position: number; kindKey: string }[],
    newRevisionByQuestion: Map<string, string>,
  ): Promise<void> {
    const rows = [
      ...matched,
      ...[...newRevisionByQuestion.keys()]
        .filter((id) => !matched.some((row) => row.id === id))
        .map((id) => ({ id, position: -1, kindKey: '' })),
    ];
    if (!rows.length) {
      return;
    }
    // One statement for every question touched: new revision pointers, order, un-retiring.
    await questionBankRepository.updateImportedQuestions(
      manager,
      rows.map((row) => ({ ...row, revisionId: newRevisionByQuestion.get(row.id) ?? null })),
    );
  }
}
