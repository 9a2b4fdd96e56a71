import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { kindNameOf } from '@panelwise/guide-parser';

import type { Actor } from '@api/core/auth/request-auth';
import { type ConnectionShape, decodeCursor, encodeCursor, toConnection } from '@api/core/graphql/connection';
import { DomainError, notFound } from '@api/core/domain-error';

import type { QuestionFacetsModel, QuestionModel } from './dto/question.model';
import type { QuestionsArgs } from './dto/questions.args';
import { MATCH_END, MATCH_START, QUESTION_COLUMNS, type QuestionRow, toQuestionModel } from './question.mapper';

const INVALID_CURSOR = () => new DomainError('BAD_USER_INPUT', 'after is not a valid cursor', { field: 'after' });

// Ranking touches every candidate's vector, so candidates are bounded: a
// search matching more questions ranks the first SEARCH_CANDIDATES matches
// plus up to PROMPT_CANDIDATES whose prompt matches.
const SEARCH_CANDIDATES = 1_000;
const PROMPT_CANDIDATES = 500;

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
   * Browse or search the bank. Browsing follows guide title and question
   * order. Searching ranks with ts_rank_cd, but only over a bounded candidate
   * set (prompt matches first, then any match), so a word found in every
   * question costs the same as a rare one; totalCount then says "at least".
   */
  async questions(actor: Actor, args: QuestionsArgs, withTotal: boolean): Promise<ConnectionShape<QuestionModel>> {
    const params = new SqlParams();
    // A deleted guide's questions stay only for the sessions that asked them.
    const where = [`q.team_id = ${params.add(actor.teamId)}`, 'g.deleted_at IS NULL'];
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

    // Search covers active questions (the search index); browsing can include retired ones.
    return search ? this.search(new SqlParams(), search, actor, args) : this.browse(params, where, args, withTotal);
  }

  private async browse(
    params: SqlParams,
    where: string[],
    args: QuestionsArgs,
    withTotal: boolean,
  ): Promise<ConnectionShape<QuestionModel>> {
    const total = withTotal ? await this.count(where.join(' AND '), params.values) : null;
    if (args.after) {
      const [title, guideId, position, id] = this.browseCursor(args.after);
      where.push(
        `(g.title, q.guide_id, q.position, q.id) > (${params.add(title)}, ${params.add(guideId)}::uuid, ${params.add(position)}::int, ${params.add(id)}::uuid)`,
      );
    }
    const rows: SearchRow[] = await this.dataSource.query(
      `SELECT ${QUESTION_COLUMNS}, g.title AS guide_title, q.position
         FROM question q
         JOIN question_revision r ON r.id = q.current_revision_id
         JOIN guide g ON g.id = q.guide_id
        WHERE ${where.join(' AND ')}
        ORDER BY g.title, q.guide_id, q.position, q.id
        LIMIT ${params.add(args.first + 1)}`,
      params.values,
    );

    return toConnection(
      rows,
      args.first,
      toQuestionModel,
      (row) => encodeCursor([row.guide_title, row.guide_id, row.position, row.id]),
      total,
    );
  }

  private async search(
    params: SqlParams,
    search: string,
    actor: Actor,
    args: QuestionsArgs,
  ): Promise<ConnectionShape<QuestionModel>> {
    const tsQuery = `websearch_to_tsquery('english', ${params.add(search)})`;
    const filters = [`s.team_id = ${params.add(actor.teamId)}`];
    if (args.kindKey) {
      filters.push(`s.kind_key = ${params.add(args.kindKey)}`);
    }
    if (args.guideId) {
      filters.push(`s.guide_id = ${params.add(args.guideId)}`);
    }
    if (args.tag || args.vertical) {
      const guideFilters = [`g.team_id = s.team_id`];
      if (args.tag) {
        guideFilters.push(`${params.add(args.tag)} = ANY(g.tags)`);
      }
      if (args.vertical) {
        guideFilters.push(`g.vertical = ${params.add(args.vertical)}`);
      }
      filters.push(`s.guide_id IN (SELECT g.id FROM guide g WHERE ${guideFilters.join(' AND ')})`);
    }
    const where = filters.join(' AND ');
    const pageFilter = args.after ? `WHERE ${this.searchAfter(args.after, params)}` : '';
    const rows: (SearchRow & { match_count: number })[] = await this.dataSource.query(
      `WITH matches AS MATERIALIZED (
         SELECT s.question_id, s.search_vector FROM question_search s
          WHERE ${where} AND s.search_vector @@ ${tsQuery} LIMIT ${SEARCH_CANDIDATES}
       ), prompt_matches AS (
         SELECT s.question_id, s.search_vector FROM question_search s
          WHERE ${where} AND s.prompt_vector @@ ${tsQuery} LIMIT ${PROMPT_CANDIDATES}
       ), candidates AS (
         SELECT question_id, search_vector FROM matches
         UNION ALL
         SELECT p.question_id, p.search_vector FROM prompt_matches p
          WHERE NOT EXISTS (SELECT 1 FROM matches m WHERE m.question_id = p.question_id)
       ), page AS (
         SELECT * FROM (
           SELECT question_id AS id, ts_rank_cd(search_vector, ${tsQuery})::real AS rank FROM candidates
         ) AS scored
         ${pageFilter}
         ORDER BY rank DESC, id DESC
         LIMIT ${params.add(args.first + 1)}
       )
       SELECT ${QUESTION_COLUMNS}, page.rank,
              ts_headline('english',
                regexp_replace(r.prompt || ' — ' || coalesce((
                  SELECT string_agg(value #>> '{}', ' ') FROM jsonb_path_query(r.answer, 'strict $.**.text') AS value
                ), ''), '[\\x01\\x02]', '', 'g'),
                ${tsQuery}, '${HEADLINE_OPTIONS}') AS headline,
              (SELECT count(*)::int FROM matches) AS match_count
         FROM page
         JOIN question q ON q.id = page.id
         JOIN question_revision r ON r.id = q.current_revision_id
        ORDER BY page.rank DESC, page.id DESC`,
      params.values,
    );
    const matchCount = rows[0]?.match_count ?? (args.after ? SEARCH_CANDIDATES : 0);

    return toConnection(
      rows,
      args.first,
      toQuestionModel,
      (row) => encodeCursor([row.rank, row.id]),
      matchCount,
      matchCount >= SEARCH_CANDIDATES,
    );
  }

  async facets(actor: Actor): Promise<QuestionFacetsModel> {
    const [kinds, tags, verticals] = await Promise.all([
      this.dataSource.query<{ value: string; count: number }[]>(
        `SELECT q.kind_key AS value, count(*)::int AS count
           FROM question q
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

    // One name per kind, whichever heading each guide used for it.
    return { kinds: kinds.map((kind) => ({ ...kind, label: kindNameOf(kind.value) })), tags, verticals };
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

  private searchAfter(after: string, params: SqlParams): string {
    const values = decodeCursor(after, 2);
    if (!values || typeof values[0] !== 'number' || typeof values[1] !== 'string' || !UUID.test(values[1])) {
      throw INVALID_CURSOR();
    }

    return `(scored.rank, scored.id) < (${params.add(values[0])}::real, ${params.add(values[1])}::uuid)`;
  }

  private browseCursor(after: string): [string, string, number, string] {
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
      throw INVALID_CURSOR();
    }

    return [values[0], values[1], values[2], values[3]];
  }
}
