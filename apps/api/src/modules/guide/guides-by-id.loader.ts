import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

import type { GuideModel } from './dto/guide.model';
import { GuideEntity } from './guide.entity';
import { toGuideModel } from './guide.mapper';

/** Batches guide look-ups of one request; scoped to the caller's team. */
export function createGuidesByIdLoader(dataSource: DataSource, teamId: string | null) {
  return new DataLoader<string, GuideModel | null>(async (ids) => {
    if (!teamId) {
      return ids.map(() => null);
    }
    const guides = await dataSource
      .getRepository(GuideEntity)
      .createQueryBuilder('guide')
      .where('guide.id = ANY(:ids) AND guide.team_id = :teamId', { ids: [...ids], teamId })
      .getMany();
    const counts: { guide_id: string; count: number }[] = guides.length
      ? await dataSource.query(
          `SELECT guide_id, count(*)::int AS count FROM question
            WHERE guide_id = ANY($1::uuid[]) AND retired_at IS NULL GROUP BY guide_id`,
          [guides.map((guide) => guide.id)],
        )
      : [];
    const countById = new Map(counts.map((row) => [row.guide_id, row.count]));
    const byId = new Map(guides.map((guide) => [guide.id, toGuideModel(guide, countById.get(guide.id) ?? 0)]));

    return ids.map((id) => byId.get(id) ?? null);
  });
}
