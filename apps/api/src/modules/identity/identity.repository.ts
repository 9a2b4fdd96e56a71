import type { EntityManager } from 'typeorm';

import { TeamRole } from '@api/core/auth/team-role';

import { TeamEntity } from './team.entity';
import { UserEntity } from './user.entity';

type Db = Pick<EntityManager, 'query' | 'getRepository'>;

export type NotificationRecipient = { id: string; email: string; name: string; email_scorecard_updates: boolean; team_name: string };

/** Someone a session email goes to (only people who keep session emails on). */
export type SessionMailRecipient = { id: string; email: string; name: string; time_zone: string };

/** Users, teams and memberships as other modules read and change them, in the caller's transaction or data source. */
export const identityRepository = {
  /** The team with its settings (booking notice, reschedule policy, time zone). */
  team(db: Db, teamId: string): Promise<TeamEntity> {
    return db.getRepository(TeamEntity).findOneByOrFail({ id: teamId });
  },

  async anyUserExists(db: Db): Promise<boolean> {
    const [row]: { exists: boolean }[] = await db.query(`SELECT EXISTS (SELECT 1 FROM app_user) AS exists`);

    return row?.exists ?? false;
  },

  async activeRolesOf(db: Db, userId: string): Promise<TeamRole[]> {
    const rows: { role: TeamRole }[] = await db.query(`SELECT role FROM membership WHERE user_id = $1 AND active`, [userId]);

    return rows.map((row) => row.role);
  },

  async coordinatorIds(db: Db, teamId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await db.query(`SELECT user_id FROM membership WHERE team_id = $1 AND role = $2 AND active`, [
      teamId,
      TeamRole.COORDINATOR,
    ]);

    return rows.map((row) => row.user_id);
  },

  /** Who a notification email goes to, with their preference and the team's name. */
  async notificationRecipients(db: Db, teamId: string, userIds: readonly string[]): Promise<NotificationRecipient[]> {
    return db.query(
      `SELECT u.id, u.email, u.name, u.email_scorecard_updates, t.name AS team_name
         FROM app_user u CROSS JOIN team t
        WHERE u.id = ANY($1::uuid[]) AND t.id = $2`,
      [userIds, teamId],
    );
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

  async timeZoneOf(db: Db, userId: string): Promise<string> {
    const user = await db.getRepository(UserEntity).findOneByOrFail({ id: userId });

    return user.timeZone;
  },

  /** Makes a team the sign-in session's current one. */
  async switchSessionTeam(db: Db, sessionId: string, teamId: string): Promise<void> {
    await db.query(`UPDATE auth_session SET current_team_id = $1 WHERE id = $2`, [teamId, sessionId]);
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
