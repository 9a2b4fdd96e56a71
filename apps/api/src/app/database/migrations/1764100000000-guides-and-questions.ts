import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GuidesAndQuestions1764100000000 implements MigrationInterface {
  name = 'GuidesAndQuestions1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "guide" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "team_id" uuid NOT NULL,
        "slug" character varying(200) NOT NULL,
        "title" text NOT NULL,
        "description" text,
        "category" text,
        "vertical" text,
        "tags" text array NOT NULL DEFAULT '{}',
        "author" text,
        "published_on" character varying(40),
        "modified_on" character varying(40),
        "extra" jsonb NOT NULL DEFAULT '{}',
        "profile" jsonb NOT NULL,
        "content_hash" character(64) NOT NULL,
        "source_file_name" character varying(300),
        "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "imported_by_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_guide" PRIMARY KEY ("id"),
        CONSTRAINT "fk_guide_team" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_guide_imported_by" FOREIGN KEY ("imported_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_guide_team_slug" ON "guide" ("team_id", "slug")`);
    await queryRunner.query(`
      CREATE TABLE "question" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "team_id" uuid NOT NULL,
        "guide_id" uuid NOT NULL,
        "kind_key" character varying(120) NOT NULL,
        "position" integer NOT NULL,
        "current_revision_id" uuid,
        "retired_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_question" PRIMARY KEY ("id"),
        CONSTRAINT "fk_question_team" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_question_guide" FOREIGN KEY ("guide_id") REFERENCES "guide"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX "idx_question_guide_position" ON "question" ("guide_id", "position")`);
    await queryRunner.query(`CREATE INDEX "idx_question_team_kind" ON "question" ("team_id", "kind_key")`);
    await queryRunner.query(`
      CREATE TABLE "question_revision" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "question_id" uuid NOT NULL,
        "revision" integer NOT NULL,
        "kind" text,
        "kind_key" character varying(120) NOT NULL,
        "number" integer,
        "prompt" text NOT NULL,
        "context" text,
        "answer" jsonb NOT NULL,
        "follow_ups" jsonb NOT NULL DEFAULT '[]',
        "follow_up_responses" jsonb,
        "source_start_line" integer NOT NULL,
        "source_end_line" integer NOT NULL,
        "content_hash" character(64) NOT NULL,
        "search_vector" tsvector,
        "prompt_vector" tsvector,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_question_revision" PRIMARY KEY ("id"),
        CONSTRAINT "fk_question_revision_question" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_question_revision_number" ON "question_revision" ("question_id", "revision")`,
    );
    await queryRunner.query(`
      ALTER TABLE "question" ADD CONSTRAINT "fk_question_current_revision"
        FOREIGN KEY ("current_revision_id") REFERENCES "question_revision"("id") ON DELETE SET NULL`);
    // Prompt weighs most, then follow-ups, then the model answer and context.
    await queryRunner.query(`
      CREATE FUNCTION question_revision_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.prompt_vector := to_tsvector('english', NEW.prompt);
        NEW.search_vector :=
          setweight(to_tsvector('english', NEW.prompt), 'A') ||
          setweight(jsonb_to_tsvector('english', NEW.follow_ups, '["string"]'), 'B') ||
          setweight(jsonb_to_tsvector('english', NEW.answer, '["string"]'), 'C') ||
          setweight(to_tsvector('english', coalesce(NEW.context, '')), 'D');
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER "trg_question_revision_search"
        BEFORE INSERT OR UPDATE OF "prompt", "context", "answer", "follow_ups" ON "question_revision"
        FOR EACH ROW EXECUTE FUNCTION question_revision_search_vector()`);
    await queryRunner.query(
      `CREATE INDEX "idx_question_revision_search" ON "question_revision" USING gin ("search_vector")`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_question_revision_prompt_search" ON "question_revision" USING gin ("prompt_vector")`,
    );
    // The bank's search index: one narrow row per active question, copied from
    // its current revision by the importer, so searches never touch wide rows.
    await queryRunner.query(`
      CREATE TABLE "question_search" (
        "question_id" uuid NOT NULL,
        "team_id" uuid NOT NULL,
        "guide_id" uuid NOT NULL,
        "kind_key" character varying(120) NOT NULL,
        "search_vector" tsvector NOT NULL,
        "prompt_vector" tsvector NOT NULL,
        CONSTRAINT "pk_question_search" PRIMARY KEY ("question_id"),
        CONSTRAINT "fk_question_search_question" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX "idx_question_search_guide" ON "question_search" ("guide_id")`);
    await queryRunner.query(`CREATE INDEX "idx_question_search_vector" ON "question_search" USING gin ("search_vector")`);
    await queryRunner.query(`CREATE INDEX "idx_question_search_prompt" ON "question_search" USING gin ("prompt_vector")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "question_search"`);
    await queryRunner.query(`ALTER TABLE "question" DROP CONSTRAINT "fk_question_current_revision"`);
    await queryRunner.query(`DROP TABLE "question_revision"`);
    await queryRunner.query(`DROP FUNCTION question_revision_search_vector()`);
    await queryRunner.query(`DROP TABLE "question"`);
    await queryRunner.query(`DROP TABLE "guide"`);
  }
}
