import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QuestionRevisionOrigin1765400000100 implements MigrationInterface {
  name = 'QuestionRevisionOrigin1765400000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Whether a revision came from a guide file or was written in the app, and by whom.
    await queryRunner.query(
      `ALTER TABLE "question_revision" ADD "origin" character varying(10) NOT NULL DEFAULT 'IMPORT'`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_revision" ADD CONSTRAINT "chk_question_revision_origin" CHECK ("origin" IN ('IMPORT', 'EDIT'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_revision" ADD "created_by_id" uuid`,
    );
    await queryRunner.query(`
      ALTER TABLE "question_revision" ADD CONSTRAINT "fk_question_revision_created_by"
        FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "question_revision" DROP CONSTRAINT "fk_question_revision_created_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_revision" DROP COLUMN "created_by_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_revision" DROP CONSTRAINT "chk_question_revision_origin"`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_revision" DROP COLUMN "origin"`,
    );
  }
}
