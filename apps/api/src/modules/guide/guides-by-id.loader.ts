import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

import { questionBankRepository } from '@api/modules/question/question-bank.repository';

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
    const countById = await questionBankRepository.activeCountsByGuide(dataSource.manager, guides.map((guide) => guide.id));
    const byId = new Map(guides.map((guide) => [guide.id, toGuideModel(guide, countById.get(guide.id) ?? 0)]));

    return ids.map((id) => byId.get(id) ?? null);
  });
}
