import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';

import { exportGuide, type ParsedGuide } from '@panelwise/guide-parser';

import type { Actor } from '@api/core/auth/request-auth';
import { type ConnectionShape, decodeCursor, encodeCursor, toConnection } from '@api/core/graphql/connection';
import { containsPattern } from '@api/core/database/like-pattern';
import { DomainError, notFound } from '@api/core/domain-error';
import { questionBankRepository } from '@api/modules/question/question-bank.repository';
import { TeamRole } from '@api/core/auth/team-role';

import type { GuideModel } from './dto/guide.model';
import { type GuidesArgs, GuideStatusFilter } from './dto/guides.args';
import { GuideEntity } from './guide.entity';
import { toGuideModel } from './guide.mapper';

type GuideWithCount = { guide: GuideEntity; questionCount: number };

@Injectable()
export class GuideService {
  constructor(private readonly dataSource: DataSource) {}

  async guides(actor: Actor, args: GuidesArgs, withTotal: boolean): Promise<ConnectionShape<GuideModel>> {
    const query = this.dataSource
      .getRepository(GuideEntity)
      .createQueryBuilder('guide')
      .where('guide.team_id = :teamId AND guide.deleted_at IS NULL', { teamId: actor.teamId });
    if (args.status !== GuideStatusFilter.ACTIVE && actor.role !== TeamRole.COORDINATOR) {
      throw new DomainError('FORBIDDEN', 'Only coordinators can list retired guides', { field: 'status' });
    }
    if (args.status === GuideStatusFilter.ACTIVE) {
      query.andWhere('guide.retired_at IS NULL');
    } else if (args.status === GuideStatusFilter.RETIRED) {
      query.andWhere('guide.retired_at IS NOT NULL');
    }
    if (args.withWarnings) {
      query.andWhere(`guide.import_warnings <> '[]'::jsonb`);
    }
    const search = args.search?.trim();
    if (search) {
      query.andWhere(
        `(guide.title ILIKE :pattern OR guide.slug ILIKE :pattern OR guide.category ILIKE :pattern OR guide.vertical ILIKE :pattern)`,
        { pattern: containsPattern(search) },
      );
    }
    const total = withTotal ? await query.getCount() : null;
    if (args.after) {
      const values = decodeCursor(args.after, 2);
      if (!values || typeof values[0] !== 'string' || typeof values[1] !== 'string') {
        throw new DomainError('BAD_USER_INPUT', 'after is not a valid cursor', { field: 'after' });
      }
      query.andWhere('(guide.title, guide.id::text) > (:title, :id)', { title: values[0], id: values[1] });
    }
    const guides = await query
      .orderBy('guide.title')
      .addOrderBy('guide.id::text')
      .take(args.first + 1)
      .getMany();
    const counts = await questionBankRepository.activeCountsByGuide(this.dataSource.manager, guides.map((guide) => guide.id));

    return toConnection(
      guides.map((guide) => ({ guide, questionCount: counts.get(guide.id) ?? 0 })),
      args.first,
      ({ guide, questionCount }: GuideWithCount) => toGuideModel(guide, questionCount),
      ({ guide }) => encodeCursor([guide.title, guide.id]),
      total,
    );
  }

  async guide(actor: Actor, id: string): Promise<GuideModel> {
    const guide = await this.findGuide(actor, id);
    const counts = await questionBankRepository.activeCountsByGuide(this.dataSource.manager, [guide.id]);

    return toGuideModel(guide, counts.get(guide.id) ?? 0);
  }

  /** The guide as Markdown in the reference format, current revisions only. */
  async exportMarkdown(actor: Actor, id: string): Promise<{ fileName: string; markdown: string }> {
    const guide = await this.findGuide(actor, id);
    const rows = await questionBankRepository.activeQuestionsOfGuide(this.dataSource.manager, guide.id);
    const document: ParsedGuide = {
      title: guide.title,
      slug: guide.slug,
      frontmatter: {
        title: guide.title,
        description: guide.description,
        category: guide.category,
        vertical: guide.vertical,
        tags: guide.tags,
        author: guide.author,
        publishedOn: guide.publishedOn,
        modifiedOn: guide.modifiedOn,
        extra: guide.extra,
      },
      profile: guide.profile,
      questions: rows.map((row) => ({
        kind: row.kind,
        kindKey: row.kind_key,
        number: row.number,
        prompt: row.prompt,
        context: row.context,
        answer: row.answer,
        followUps: row.follow_ups,
        ...(row.follow_up_responses ? { followUpResponses: row.follow_up_responses } : {}),
        lines: { start: row.source_start_line, end: row.source_end_line },
      })),
      warnings: [],
      contentHash: guide.contentHash,
    };

    return { fileName: `${guide.slug}.md`, markdown: exportGuide(document) };
  }

  // A deleted guide is a tombstone kept for the questions sessions asked: not found here.
  private async findGuide(actor: Actor, id: string): Promise<GuideEntity> {
    const guide = await this.dataSource
      .getRepository(GuideEntity)
      .findOneBy({ id, teamId: actor.teamId, deletedAt: IsNull() });
    if (!guide) {
      throw notFound('Guide');
    }

    return guide;
  }
}
