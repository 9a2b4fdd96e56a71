import type { EntityManager } from 'typeorm';

import { TeamEntity } from './team.entity';
import { UserEntity } from './user.entity';

type Db = Pick<EntityManager, 'query' | 'getRepository'>;

/** Someone a session email goes to (only people who keep session emails on). */
export type SessionMailRecipient = { id: string; email: string; name: string; time_zone: string };

/** Users, teams and memberships as other modules read and change them, in the caller's transaction or data source. */
export const identityRepository = {
  /** The team with its settings (booking notice, reschedule policy, time zone). */
  team(db: Db, teamId: string): Promise<TeamEntity> {
    return db.getRepository(TeamEntity).findOneByOrFail({ id: teamId });
  },

  async teamName(db: Db, teamId: string): Promise<string | null> {
    const [row]: { name: string }[] = await db.query(`SELECT name FROM team WHERE id = $1`, [teamId]);

    return row?.name ?? null;
  },

  /** Which of `userIds` are active members of the team. */
  async activeMemberIds(db: Db, teamId: string, userIds: string[]): Promise<Set<string>> {
    const rows: { user_id: string }[] = await db.query(
      `SELECT user_id FROM membership WHERE team_id = $1 AND active AND user_id = ANY($2::uuid[])`,
      [teamId, userIds],
    );

    return new Set(rows.map((row) => row.user_id));
  },

  async activeTeamIds(db: Db, userId: string): Promise<string[]> {
    const rows: { team_id: string }[] = await db.query(`SELECT team_id FROM membership WHERE user_id = $1 AND active`, [userId]);

    return rows.map((row) => row.team_id);
  },

  async sessionMailRecipients(db: Db, userIds: string[]): Promise<SessionMailRecipient[]> {
    return db.query(`SELECT id, email, name, time_zone FROM app_user WHERE id = ANY($1::uuid[]) AND email_session_updates`, [userIds]);
  },

  async setTimeZone(db: Db, userId: string, timeZone: string): Promise<void> {
    await db.query(`UPDATE app_user SET time_zone = $1 WHERE id = $2`, [timeZone, userId]);
  },

  async userByCalendarTokenHash(db: Db, tokenHash: string): Promise<UserEntity | null> {
    return db.getRepository(UserEntity).createQueryBuilder('u').where('u.calendar_token_hash = :hash', { hash: tokenHash }).getOne();
  },

  async setCalendarTokenHash(db: Db, userId: string, tokenHash: string | null): Promise<void> {
    await db.query(`UPDATE app_user SET calendar_token_hash = $1 WHERE id = $2`, [tokenHash, userId]);
  },
};
