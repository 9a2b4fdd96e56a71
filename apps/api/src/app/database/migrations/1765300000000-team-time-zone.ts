import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TeamTimeZone1765300000000 implements MigrationInterface {
  name = 'TeamTimeZone1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "team" ADD "time_zone" character varying(64) NOT NULL DEFAULT 'UTC'`);
    // Until a coordinator sets it, a team lives where its first coordinator does.
    await queryRunner.query(`
      UPDATE "team" t SET "time_zone" = first.time_zone
        FROM (SELECT DISTINCT ON (m.team_id) m.team_id, u.time_zone
                FROM "membership" m JOIN "app_user" u ON u.id = m.user_id
               WHERE m.role = 'COORDINATOR'
               ORDER BY m.team_id, m.created_at, m.id) first
       WHERE first.team_id = t.id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "team" DROP COLUMN "time_zone"`);
  }
}
