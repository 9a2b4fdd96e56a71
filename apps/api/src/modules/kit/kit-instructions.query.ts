import type { DataSource } from 'typeorm';

/** The interviewer instructions of the given kits of one team. */
export async function loadKitInstructions(
  db: DataSource,
  teamId: string,
  kitIds: readonly string[],
): Promise<{ kitId: string; instructions: string }[]> {
  const rows: { id: string; instructions: string }[] = await db.query(
    `SELECT id, instructions FROM interview_kit WHERE team_id = $1 AND id = ANY($2::uuid[])`,
    [teamId, [...kitIds]],
  );

  return rows.map((row) => ({ kitId: row.id, instructions: row.instructions }));
}
