import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RubricsKitsCandidates1764200000000 implements MigrationInterface {
  name = 'RubricsKitsCandidates1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "rubric" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "team_id" uuid NOT NULL,
        "name" character varying(200) NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "default_for_kind" character varying(120),
        "version" integer NOT NULL DEFAULT 1,
        "archived_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_rubric" PRIMARY KEY ("id"),
        CONSTRAINT "fk_rubric_team" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_rubric_team_name" ON "rubric" ("team_id", "name")`);
    await queryRunner.query(`
      CREATE TABLE "rubric_version" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "rubric_id" uuid NOT NULL,
        "version" integer NOT NULL,
        "scale" jsonb NOT NULL,
        "competencies" jsonb NOT NULL,
        "created_by_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_rubric_version" PRIMARY KEY ("id"),
        CONSTRAINT "fk_rubric_version_rubric" FOREIGN KEY ("rubric_id") REFERENCES "rubric"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_rubric_version_created_by" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_rubric_version_number" ON "rubric_version" ("rubric_id", "version")`);
    await queryRunner.query(`
      CREATE TABLE "interview_kit" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "team_id" uuid NOT NULL,
        "name" character varying(200) NOT NULL,
        "target_role" character varying(200) NOT NULL,
        "rubric_id" uuid NOT NULL,
        "instructions" text NOT NULL DEFAULT '',
        "version" integer NOT NULL DEFAULT 1,
        "archived_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_interview_kit" PRIMARY KEY ("id"),
        CONSTRAINT "fk_interview_kit_team" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_interview_kit_rubric" FOREIGN KEY ("rubric_id") REFERENCES "rubric"("id") ON DELETE RESTRICT
      )`);
    await queryRunner.query(`CREATE INDEX "idx_interview_kit_team" ON "interview_kit" ("team_id")`);
    await queryRunner.query(`
      CREATE TABLE "interview_kit_item" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "kit_id" uuid NOT NULL,
        "question_id" uuid NOT NULL,
        "position" integer NOT NULL,
        "planned_minutes" integer NOT NULL,
        CONSTRAINT "pk_interview_kit_item" PRIMARY KEY ("id"),
        CONSTRAINT "fk_interview_kit_item_kit" FOREIGN KEY ("kit_id") REFERENCES "interview_kit"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_interview_kit_item_question" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE,
        CONSTRAINT "chk_interview_kit_item_minutes" CHECK ("planned_minutes" BETWEEN 1 AND 240)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_interview_kit_item_position" ON "interview_kit_item" ("kit_id", "position")`,
    );
    await queryRunner.query(`CREATE INDEX "idx_interview_kit_item_question" ON "interview_kit_item" ("question_id")`);
    await queryRunner.query(`
      CREATE TABLE "candidate" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "team_id" uuid NOT NULL,
        "name" character varying(200) NOT NULL,
        "email" character varying(254),
        "target_role" character varying(200),
        "notes" text NOT NULL DEFAULT '',
        "version" integer NOT NULL DEFAULT 1,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_candidate" PRIMARY KEY ("id"),
        CONSTRAINT "fk_candidate_team" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX "idx_candidate_team_name" ON "candidate" ("team_id", "name")`);
    await queryRunner.query(`CREATE INDEX "idx_candidate_team_email" ON "candidate" ("team_id", lower("email"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "candidate"`);
    await queryRunner.query(`DROP TABLE "interview_kit_item"`);
    await queryRunner.query(`DROP TABLE "interview_kit"`);
    await queryRunner.query(`DROP TABLE "rubric_version"`);
    await queryRunner.query(`DROP TABLE "rubric"`);
  }
}
