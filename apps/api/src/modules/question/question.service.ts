import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Actor } from '@api/auth/request-auth';
import { type ConnectionShape, decodeCursor, encodeCursor, toConnection } from '@api/graphql/connection';
import { DomainError, notFound } from '@api/graphql/domain-error';

import type { QuestionFacetsModel, QuestionModel } from './dto/question.model';
import type { QuestionsArgs } from './dto/questions.args';
import { MATCH_END, MATCH_START, QUESTION_COLUMNS, type QuestionRow, toQuestionModel } from './question.mapper';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type SearchRow = QuestionRow & { rank: number; guide_title: string; position: number };

/** Collects positional parameters while a query is assembled. */
class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);

    return `$${this.values.length}`;
  }
}

const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=24, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "`;

@Injectable()
export class QuestionService {
  constructor(private readonly dataSource: DataSource) {}

  async question(actor: Actor, id: string): Promise<QuestionModel> {
    const rows: QuestionRow[] = await this.dataSource.query(
      `SELECT ${QUESTION_COLUMNS}
         FROM question q JOIN question_revision r ON r.id = q.current_revision_id
        WHERE q.id = $1 AND q.team_id = $2`,
      [id, actor.teamId],
    );
    const row = rows[0];
    if (!row) {
      throw notFound('Question');
    }

    return toQuestionModel(row);
  }

  /**
   * Browse or search the bank. With `search`, rows are ranked by ts_rank_cd and
   * paged on (rank, id); without, they follow guide title and question order.
   */
  async questions(actor: Actor, args: QuestionsArgs, withTotal: boolean): Promise<ConnectionShape<QuestionModel>> {
    const params = new SqlParams();
    const where = [`q.team_id = ${params.add(actor.teamId)}`];
    if (!args.includeRetired) {
      where.push('q.retired_at IS NULL');
    }
    if (args.kindKey) {
      where.push(`q.kind_key = ${params.add(args.kindKey)}`);
    }
    if (args.guideId) {
      where.push(`q.guide_id = ${params.add(args.guideId)}`);
    }
    if (args.tag) {
      where.push(`${params.add(args.tag)} = ANY(g.tags)`);
    }
    if (args.vertical) {
      where.push(`g.vertical = ${params.add(args.vertical)}`);
    }
    // PostgreSQL text cannot hold NUL; other control characters mean nothing to a search.
    const search = args.search?.replace(/[\u0000-\u001f]/g, ' ').trim();
    const query = search ? params.add(search) : null;
    const tsQuery = query ? `websearch_to_tsquery('english', ${query})` : null;
    if (tsQuery) {
      where.push(`r.search_vector @@ ${tsQuery}`);
    }
    const filterSql = where.join(' AND ');
    const total = withTotal ? await this.count(filterSql, params.values) : null;

    const pageWhere = [...where];
    if (args.after) {
      pageWhere.push(this.afterCondition(args.after, tsQuery !== null, params, tsQuery));
    }
    const rank = tsQuery ? `ts_rank_cd(r.search_vector, ${tsQuery})` : '0';
    const order = tsQuery ? 'rank DESC, q.id DESC' : 'g.title, q.guide_id, q.position, q.id';
    const limit = params.add(args.first + 1);
    const headline = tsQuery
      ? `ts_headline('english', regexp_replace(page.prompt || ' — ' || coalesce(page.answer_text, ''), '[\\x01\\x02]', '', 'g'), ${tsQuery}, '${HEADLINE_OPTIONS}')`
      : 'NULL';
    const rows: SearchRow[] = await this.dataSource.query(
      `WITH page AS (
         SELECT ${QUESTION_COLUMNS}, ${rank}::real AS rank, g.title AS guide_title, q.position
           FROM question q
           JOIN question_revision r ON r.id = q.current_revision_id
           JOIN guide g ON g.id = q.guide_id
          WHERE ${pageWhere.join(' AND ')}
          ORDER BY ${order}
          LIMIT ${limit}
       )
       SELECT page.*, ${headline} AS headline
         FROM (SELECT page.*, (
                 SELECT string_agg(value #>> '{}', ' ')
                   FROM jsonb_path_query(page.answer, 'strict $.**.text') AS value
               ) AS answer_text FROM page) AS page
        ORDER BY ${tsQuery ? 'page.rank DESC, page.id DESC' : 'page.guide_title, page.guide_id, page.position, page.id'}`,
      params.values,
    );

    return toConnection(
      rows,
      args.first,
      toQuestionModel,
      (row) =>
        tsQuery ? encodeCursor([row.rank, row.id]) : encodeCursor([row.guide_title, row.guide_id, row.position, row.id]),
      total,
    );
  }

  async facets(actor: Actor): Promise<QuestionFacetsModel> {
    const [kinds, tags, verticals] = await Promise.all([
      this.dataSource.query<{ value: string; label: string; count: number }[]>(
        `SELECT q.kind_key AS value, coalesce(min(r.kind), q.kind_key) AS label, count(*)::int AS count
           FROM question q JOIN question_revision r ON r.id = q.current_revision_id
          WHERE q.team_id = $1 AND q.retired_at IS NULL
          GROUP BY q.kind_key ORDER BY count DESC, value`,
        [actor.teamId],
      ),
      this.dataSource.query<{ value: string; label: string; count: number }[]>(
        `SELECT tag AS value, tag AS label, count(*)::int AS count
           FROM question q JOIN guide g ON g.id = q.guide_id, unnest(g.tags) AS tag
          WHERE q.team_id = $1 AND q.retired_at IS NULL
          GROUP BY tag ORDER BY count DESC, value LIMIT 200`,
        [actor.teamId],
      ),
      this.dataSource.query<{ value: string; label: string; count: number }[]>(
        `SELECT g.vertical AS value, g.vertical AS label, count(*)::int AS count
           FROM question q JOIN guide g ON g.id = q.guide_id
          WHERE q.team_id = $1 AND q.retired_at IS NULL AND g.vertical IS NOT NULL
          GROUP BY g.vertical ORDER BY count DESC, value LIMIT 200`,
        [actor.teamId],
      ),
    ]);

    return { kinds, tags, verticals };
  }

  private async count(filterSql: string, values: unknown[]): Promise<number> {
    const rows: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count
         FROM question q
         JOIN question_revision r ON r.id = q.current_revision_id
         JOIN guide g ON g.id = q.guide_id
        WHERE ${filterSql}`,
      values,
    );

    return rows[0]?.count ?? 0;
  }

  private afterCondition(after: string, isSearch: boolean, params: SqlParams, tsQuery: string | null): string {
    const invalid = new DomainError('BAD_USER_INPUT', 'after is not a valid cursor', { field: 'after' });
    if (isSearch && tsQuery) {
      const values = decodeCursor(after, 2);
      if (!values || typeof values[0] !== 'number' || typeof values[1] !== 'string' || !UUID.test(values[1])) {
        throw invalid;
      }

      return `(ts_rank_cd(r.search_vector, ${tsQuery})::real, q.id) < (${params.add(values[0])}::real, ${params.add(values[1])}::uuid)`;
    }
    const values = decodeCursor(after, 4);
    if (
      !values ||
      typeof values[0] !== 'string' ||
      typeof values[1] !== 'string' ||
      !UUID.test(values[1]) ||
      typeof values[2] !== 'number' ||
      typeof values[3] !== 'string' ||
      !UUID.test(values[3])
    ) {
      throw invalid;
    }

    return `(g.title, q.guide_id, q.position, q.id) > (${params.add(values[0])}, ${params.add(values[1])}::uuid, ${params.add(values[2])}::int, ${params.add(values[3])}::uuid)`;
  }
}
