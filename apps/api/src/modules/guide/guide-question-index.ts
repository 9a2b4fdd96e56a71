import type { EntityManager } from 'typeorm';

import { questionBankRepository } from '@api/modules/question/question-bank.repository';

/** Serialises writers of one guide (an import, an in-app question edit) until the transaction ends. */
export async function lockGuideForWrite(manager: EntityManager, teamId: string, slug: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`guide:${teamId}:${slug}`]);
}

/**
 * Un-retires a retired guide and exactly the questions retiring it retired (not those a
 * re-import had retired before); answers how many questions came back.
 */
export async function restoreRetiredGuide(
  manager: EntityManager,
  guideId: string,
): Promise<number> {
  await manager.query(
    `UPDATE guide SET retired_at = NULL, updated_at = now() WHERE id = $1`,
    [guideId],
  );
  const restored = await questionBankRepository.restoreRetiredWithGuide(manager, guideId);
  await questionBankRepository.refreshGuideSearchIndex(manager, guideId);

  return restored.length;
}
