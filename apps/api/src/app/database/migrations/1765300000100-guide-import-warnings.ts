import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GuideImportWarnings1765300000100 implements MigrationInterface {
  name = 'GuideImportWarnings1765300000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    // What the parser worked around in the stored content, so a coordinator can fix the file later.
    await queryRunner.query(`ALTER TABLE "guide" ADD "import_warnings" jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "guide" DROP COLUMN "import_warnings"`);
  }
}
