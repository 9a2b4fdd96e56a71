import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SchedulingRequest1765200000000 implements MigrationInterface {
  name = 'SchedulingRequest1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "scheduling_request" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "team_id" uuid NOT NULL,
        "candidate_id" uuid NOT NULL,
        "kit_id" uuid NOT NULL,
        "duration_minutes" integer NOT NULL,
        "panel" jsonb NOT NULL DEFAULT '[]',
        "pool_ids" uuid array NOT NULL DEFAULT '{}',
        "pool_count" integer NOT NULL DEFAULT '0',
        "window_start" TIMESTAMP WITH TIME ZONE NOT NULL,
        "window_end" TIMESTAMP WITH TIME ZONE NOT NULL,
        "minimum_notice_minutes" integer NOT NULL,
        "location" character varying(500) NOT NULL DEFAULT '',
        "candidate_time_zone" character varying(64) NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "session_id" uuid,
        "send_count" integer NOT NULL DEFAULT '1',
        "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "opened_at" TIMESTAMP WITH TIME ZONE,
        "booked_at" TIMESTAMP WITH TIME ZONE,
        "revoked_at" TIMESTAMP WITH TIME ZONE,
        "reminded_sequence" integer,
        "created_by_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_scheduling_request" PRIMARY KEY ("id"),
        CONSTRAINT "fk_scheduling_request_team" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_scheduling_request_candidate" FOREIGN KEY ("candidate_id") REFERENCES "candidate"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_scheduling_request_kit" FOREIGN KEY ("kit_id") REFERENCES "interview_kit"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_scheduling_request_session" FOREIGN KEY ("session_id") REFERENCES "interview_session"("id") ON DELETE SET NULL,
        CONSTRAINT "fk_scheduling_request_created_by" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(`CREATE INDEX "idx_scheduling_request_candidate" ON "scheduling_request" ("team_id", "candidate_id")`);
    await queryRunner.query(`CREATE INDEX "idx_scheduling_request_session" ON "scheduling_request" ("session_id")`);
    // Each email carries a link of its own, so a newer email never breaks an older one; all die with the request.
    await queryRunner.query(`
      CREATE TABLE "scheduling_link" (
        "token_hash" character(64) NOT NULL,
        "request_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_scheduling_link" PRIMARY KEY ("token_hash"),
        CONSTRAINT "fk_scheduling_link_request" FOREIGN KEY ("request_id") REFERENCES "scheduling_request"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX "idx_scheduling_link_request" ON "scheduling_link" ("request_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "scheduling_link"`);
    await queryRunner.query(`DROP TABLE "scheduling_request"`);
  }
}
