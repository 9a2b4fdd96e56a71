import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InterviewRoomAndScorecards1764400000000 implements MigrationInterface {
  name = 'InterviewRoomAndScorecards1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "scorecard_reveal" AS ENUM ('AFTER_OWN_SUBMISSION', 'SIMULTANEOUS')`);
    await queryRunner.query(
      `ALTER TABLE "team" ADD "scorecard_reveal" "scorecard_reveal" NOT NULL DEFAULT 'AFTER_OWN_SUBMISSION'`,
    );
    await queryRunner.query(`ALTER TABLE "team" ADD "scorecard_due_hours" integer NOT NULL DEFAULT 24`);
    await queryRunner.query(`ALTER TABLE "interview_session" ADD "started_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "interview_session" ADD "completed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "interview_session" ADD "reveal_at" TIMESTAMP WITH TIME ZONE`);
    // The session's own plan: the kit's questions when it was booked, plus any added in the room.
    await queryRunner.query(`
      CREATE TABLE "session_question" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "session_id" uuid NOT NULL,
        "question_id" uuid NOT NULL,
        "revision_id" uuid NOT NULL,
        "position" integer NOT NULL,
        "planned_minutes" integer NOT NULL,
        "added_by_id" uuid,
        "asked_at" TIMESTAMP WITH TIME ZONE,
        "asked_by_id" uuid,
        "skipped_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "pk_session_question" PRIMARY KEY ("id"),
        CONSTRAINT "fk_session_question_session" FOREIGN KEY ("session_id") REFERENCES "interview_session"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_session_question_question" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_session_question_revision" FOREIGN KEY ("revision_id") REFERENCES "question_revision"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_session_question_added_by" FOREIGN KEY ("added_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL,
        CONSTRAINT "fk_session_question_asked_by" FOREIGN KEY ("asked_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL,
        CONSTRAINT "chk_session_question_minutes" CHECK ("planned_minutes" BETWEEN 1 AND 240)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_session_question_position" ON "session_question" ("session_id", "position")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_session_question_question" ON "session_question" ("session_id", "question_id")`,
    );
    await queryRunner.query(`CREATE INDEX "idx_session_question_question" ON "session_question" ("question_id")`);
    // Notes are per interviewer; a null question is the interviewer's overall note.
    await queryRunner.query(`
      CREATE TABLE "session_note" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "session_id" uuid NOT NULL,
        "interviewer_id" uuid NOT NULL,
        "session_question_id" uuid,
        "text" text NOT NULL DEFAULT '',
        "follow_ups_asked" jsonb NOT NULL DEFAULT '[]',
        "custom_follow_ups" jsonb NOT NULL DEFAULT '[]',
        "version" integer NOT NULL DEFAULT 1,
        "last_edit_id" uuid,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_session_note" PRIMARY KEY ("id"),
        CONSTRAINT "fk_session_note_session" FOREIGN KEY ("session_id") REFERENCES "interview_session"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_session_note_interviewer" FOREIGN KEY ("interviewer_id") REFERENCES "app_user"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_session_note_session_question" FOREIGN KEY ("session_question_id") REFERENCES "session_question"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_session_note_question" ON "session_note" ("session_question_id", "interviewer_id") WHERE "session_question_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_session_note_overall" ON "session_note" ("session_id", "interviewer_id") WHERE "session_question_id" IS NULL`,
    );
    await queryRunner.query(`CREATE TYPE "scorecard_status" AS ENUM ('DRAFT', 'SUBMITTED')`);
    await queryRunner.query(`CREATE TYPE "recommendation" AS ENUM ('STRONG_NO', 'NO', 'YES', 'STRONG_YES')`);
    await queryRunner.query(`
      CREATE TABLE "scorecard" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "team_id" uuid NOT NULL,
        "session_id" uuid NOT NULL,
        "interviewer_id" uuid NOT NULL,
        "rubric_version_id" uuid NOT NULL,
        "status" "scorecard_status" NOT NULL DEFAULT 'DRAFT',
        "recommendation" "recommendation",
        "summary" text NOT NULL DEFAULT '',
        "submitted_at" TIMESTAMP WITH TIME ZONE,
        "version" integer NOT NULL DEFAULT 1,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_scorecard" PRIMARY KEY ("id"),
        CONSTRAINT "fk_scorecard_team" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_scorecard_session" FOREIGN KEY ("session_id") REFERENCES "interview_session"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_scorecard_interviewer" FOREIGN KEY ("interviewer_id") REFERENCES "app_user"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_scorecard_rubric_version" FOREIGN KEY ("rubric_version_id") REFERENCES "rubric_version"("id") ON DELETE RESTRICT,
        CONSTRAINT "chk_scorecard_submitted" CHECK (("status" = 'SUBMITTED') = ("submitted_at" IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_scorecard_session_interviewer" ON "scorecard" ("session_id", "interviewer_id")`,
    );
    await queryRunner.query(`CREATE INDEX "idx_scorecard_interviewer" ON "scorecard" ("interviewer_id", "status")`);
    await queryRunner.query(`CREATE INDEX "idx_scorecard_team_submitted" ON "scorecard" ("team_id", "submitted_at")`);
    await queryRunner.query(`
      CREATE TABLE "scorecard_rating" (
        "scorecard_id" uuid NOT NULL,
        "competency_id" character varying(64) NOT NULL,
        "level" integer,
        "not_assessed" boolean NOT NULL DEFAULT false,
        "evidence" text NOT NULL DEFAULT '',
        CONSTRAINT "pk_scorecard_rating" PRIMARY KEY ("scorecard_id", "competency_id"),
        CONSTRAINT "fk_scorecard_rating_scorecard" FOREIGN KEY ("scorecard_id") REFERENCES "scorecard"("id") ON DELETE CASCADE,
        CONSTRAINT "chk_scorecard_rating_level" CHECK ("level" IS NULL OR NOT "not_assessed")
      )`);
    await queryRunner.query(`
      CREATE TABLE "scorecard_question_rating" (
        "scorecard_id" uuid NOT NULL,
        "session_question_id" uuid NOT NULL,
        "level" integer NOT NULL,
        CONSTRAINT "pk_scorecard_question_rating" PRIMARY KEY ("scorecard_id", "session_question_id"),
        CONSTRAINT "fk_scorecard_question_rating_scorecard" FOREIGN KEY ("scorecard_id") REFERENCES "scorecard"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_scorecard_question_rating_question" FOREIGN KEY ("session_question_id") REFERENCES "session_question"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX "idx_scorecard_question_rating_question" ON "scorecard_question_rating" ("session_question_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "scorecard_amendment" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "scorecard_id" uuid NOT NULL,
        "actor_id" uuid,
        "reason" text NOT NULL,
        "previous" jsonb NOT NULL,
        "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_scorecard_amendment" PRIMARY KEY ("id"),
        CONSTRAINT "fk_scorecard_amendment_scorecard" FOREIGN KEY ("scorecard_id") REFERENCES "scorecard"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_scorecard_amendment_actor" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "idx_scorecard_amendment_scorecard" ON "scorecard_amendment" ("scorecard_id", "at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "notification" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "team_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "kind" character varying(64) NOT NULL,
        "message" text NOT NULL,
        "link" character varying(500),
        "read_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_notification" PRIMARY KEY ("id"),
        CONSTRAINT "fk_notification_team" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_notification_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX "idx_notification_user_created" ON "notification" ("user_id", "team_id", "created_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TABLE "scorecard_amendment"`);
    await queryRunner.query(`DROP TABLE "scorecard_question_rating"`);
    await queryRunner.query(`DROP TABLE "scorecard_rating"`);
    await queryRunner.query(`DROP TABLE "scorecard"`);
    await queryRunner.query(`DROP TYPE "recommendation"`);
    await queryRunner.query(`DROP TYPE "scorecard_status"`);
    await queryRunner.query(`DROP TABLE "session_note"`);
    await queryRunner.query(`DROP TABLE "session_question"`);
    await queryRunner.query(`ALTER TABLE "interview_session" DROP COLUMN "reveal_at"`);
    await queryRunner.query(`ALTER TABLE "interview_session" DROP COLUMN "completed_at"`);
    await queryRunner.query(`ALTER TABLE "interview_session" DROP COLUMN "started_at"`);
    await queryRunner.query(`ALTER TABLE "team" DROP COLUMN "scorecard_due_hours"`);
    await queryRunner.query(`ALTER TABLE "team" DROP COLUMN "scorecard_reveal"`);
    await queryRunner.query(`DROP TYPE "scorecard_reveal"`);
  }
}
