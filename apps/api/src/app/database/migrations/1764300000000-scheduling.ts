import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Scheduling1764300000000 implements MigrationInterface {
  name = 'Scheduling1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`ALTER TABLE "team" ADD "min_reschedule_notice_hours" integer NOT NULL DEFAULT 24`);
    await queryRunner.query(`ALTER TABLE "team" ADD "max_reschedules" integer NOT NULL DEFAULT 2`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "calendar_token_hash" character(64)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_app_user_calendar_token_hash" ON "app_user" ("calendar_token_hash")`,
    );
    await queryRunner.query(`
      CREATE TABLE "availability" (
        "user_id" uuid NOT NULL,
        "time_zone" character varying(64) NOT NULL,
        "weekly_windows" jsonb NOT NULL DEFAULT '[]',
        "overrides" jsonb NOT NULL DEFAULT '[]',
        "time_off" jsonb NOT NULL DEFAULT '[]',
        "daily_cap" integer,
        "weekly_cap" integer,
        "buffer_minutes" integer NOT NULL DEFAULT 0,
        "version" integer NOT NULL DEFAULT 1,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_availability" PRIMARY KEY ("user_id"),
        CONSTRAINT "fk_availability_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE TYPE "session_status" AS ENUM ('SCHEDULED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED', 'NO_SHOW')`,
    );
    await queryRunner.query(`CREATE TYPE "panel_role" AS ENUM ('LEAD', 'CO_INTERVIEWER', 'SHADOW')`);
    await queryRunner.query(`
      CREATE TABLE "interview_session" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "team_id" uuid NOT NULL,
        "candidate_id" uuid NOT NULL,
        "kit_id" uuid NOT NULL,
        "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "time_zone" character varying(64) NOT NULL,
        "location" character varying(500) NOT NULL DEFAULT '',
        "status" "session_status" NOT NULL DEFAULT 'SCHEDULED',
        "reschedule_count" integer NOT NULL DEFAULT 0,
        "sequence" integer NOT NULL DEFAULT 0,
        "version" integer NOT NULL DEFAULT 1,
        "created_by_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_interview_session" PRIMARY KEY ("id"),
        CONSTRAINT "fk_interview_session_team" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_interview_session_candidate" FOREIGN KEY ("candidate_id") REFERENCES "candidate"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_interview_session_kit" FOREIGN KEY ("kit_id") REFERENCES "interview_kit"("id") ON DELETE RESTRICT,
        CONSTRAINT "fk_interview_session_created_by" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL,
        CONSTRAINT "chk_interview_session_period" CHECK ("ends_at" > "starts_at")
      )`);
    await queryRunner.query(
      `CREATE INDEX "idx_interview_session_team_starts" ON "interview_session" ("team_id", "starts_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_interview_session_candidate" ON "interview_session" ("candidate_id")`,
    );
    // One row per panelist, carrying the session's period while it is active,
    // so PostgreSQL itself forbids double booking (Rule 3), even under races.
    await queryRunner.query(`
      CREATE TABLE "session_panelist" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "session_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "role" "panel_role" NOT NULL,
        "period" tstzrange NOT NULL,
        "is_active" boolean NOT NULL DEFAULT true,
        CONSTRAINT "pk_session_panelist" PRIMARY KEY ("id"),
        CONSTRAINT "fk_session_panelist_session" FOREIGN KEY ("session_id") REFERENCES "interview_session"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_session_panelist_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE,
        CONSTRAINT "ex_session_panelist_no_double_booking"
          EXCLUDE USING gist ("user_id" WITH =, "period" WITH &&) WHERE ("is_active")
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_session_panelist_session_user" ON "session_panelist" ("session_id", "user_id")`,
    );
    await queryRunner.query(`CREATE INDEX "idx_session_panelist_user" ON "session_panelist" ("user_id")`);
    await queryRunner.query(`
      CREATE TABLE "session_event" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "session_id" uuid NOT NULL,
        "actor_id" uuid,
        "kind" character varying(40) NOT NULL,
        "reason" text,
        "details" jsonb NOT NULL DEFAULT '{}',
        "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_session_event" PRIMARY KEY ("id"),
        CONSTRAINT "fk_session_event_session" FOREIGN KEY ("session_id") REFERENCES "interview_session"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_session_event_actor" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(`CREATE INDEX "idx_session_event_session" ON "session_event" ("session_id", "at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "session_event"`);
    await queryRunner.query(`DROP TABLE "session_panelist"`);
    await queryRunner.query(`DROP TABLE "interview_session"`);
    await queryRunner.query(`DROP TYPE "panel_role"`);
    await queryRunner.query(`DROP TYPE "session_status"`);
    await queryRunner.query(`DROP TABLE "availability"`);
    await queryRunner.query(`DROP INDEX "uq_app_user_calendar_token_hash"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "calendar_token_hash"`);
    await queryRunner.query(`ALTER TABLE "team" DROP COLUMN "max_reschedules"`);
    await queryRunner.query(`ALTER TABLE "team" DROP COLUMN "min_reschedule_notice_hours"`);
  }
}
