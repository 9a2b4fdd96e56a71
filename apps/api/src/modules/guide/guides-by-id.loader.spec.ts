import type { DataSource } from 'typeorm';

import type { GuideEntity } from './guide.entity';
import { createGuidesByIdLoader } from './guides-by-id.loader';

function fakeDataSource(guides: Partial<GuideEntity>[], calls: string[]): DataSource {
  const builder = {
    where: () => builder,
    getMany: () => {
      calls.push('guides');

      return Promise.resolve(guides);
    },
  };

  const query = () => {
    calls.push('counts');

    return Promise.resolve(guides.map((guide) => ({ guide_id: guide.id, count: 3 })));
  };

  return {
    getRepository: () => ({ createQueryBuilder: () => builder }),
    manager: { query },
  } as unknown as DataSource;
}

const guide = (id: string): Partial<GuideEntity> => ({ id, slug: id, title: id, tags: [], profile: { sections: [] } });

describe(createGuidesByIdLoader.name, () => {
  it('should batch keys into one guide query and one count query, answering in key order', async () => {
    const calls: string[] = [];
    const sut = createGuidesByIdLoader(fakeDataSource([guide('b'), guide('a')], calls), 'team');

    const results = await Promise.all([sut.load('a'), sut.load('missing'), sut.load('b')]);

    expect(results.map((result) => result?.id ?? null)).toEqual(['a', null, 'b']);
    expect(results[0]?.questionCount).toBe(3);
    expect(calls).toEqual(['guides', 'counts']);
  });

  it('should answer null for every key when the caller has no team', async () => {
    const calls: string[] = [];
    const sut = createGuidesByIdLoader(fakeDataSource([guide('a')], calls), null);

    await expect(sut.loadMany(['a'])).resolves.toEqual([null]);
    expect(calls).toEqual([]);
  });
});
