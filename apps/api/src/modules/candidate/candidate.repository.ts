import type { EntityManager } from 'typeorm';

/** Candidate rows other modules read, inside their own transaction. */
export const candidateRepository = {
  async nameOf(manager: EntityManager, candidateId: string): Promise<string | null> {
    const [row]: { name: string }[] = await manager.query(`SELECT name FROM candidate WHERE id = $1`, [candidateId]);

    return row?.name ?? null;
  },
};
