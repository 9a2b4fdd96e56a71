import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GuideLifecycle1765400000000 implements MigrationInterface {
  name = 'GuideLifecycle1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A retired guide stays readable but leaves the bank; a deleted one is a tombstone kept
    // only so that questions sessions asked still name their guide.
    await queryRunner.query(
      `ALTER TABLE "guide" ADD "retired_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "guide" ADD "deleted_at" TIMESTAMP WITH TIME ZONE`,
    );
    // Which questions retiring the guide retired, so restoring it brings back exactly those
    // (not the ones an earlier re-import had retired).
    await queryRunner.query(
      `ALTER TABLE "question" ADD "retired_with_guide" boolean NOT NULL DEFAULT false`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "question" DROP COLUMN "retired_with_guide"`,
    );
    await queryRunner.query(`ALTER TABLE "guide" DROP COLUMN "deleted_at"`);
    await queryRunner.query(`ALTER TABLE "guide" DROP COLUMN "retired_at"`);
  }
}
