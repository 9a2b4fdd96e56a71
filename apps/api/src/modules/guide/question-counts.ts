import type { DataSource } from 'typeorm';

/** Active (not retired) questions per guide, for the guides asked. */
export async function activeQuestionCounts(dataSource: DataSource, guideIds: string[]): Promise<Map<string, number>> {
  if (!guideIds.length) {
    return new Map();
  }
  const rows: { guide_id: string; count: number }[] = await dataSource.query(
    `SELECT guide_id, count(*)::int AS count FROM question
      WHERE guide_id = ANY($1::uuid[]) AND retired_at IS NULL GROUP BY guide_id`,
    [guideIds],
  );

  return new Map(rows.map((row) => [row.guide_id, row.count]));
}
