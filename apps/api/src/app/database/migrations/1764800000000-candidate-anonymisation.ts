import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CandidateAnonymisation1764800000000 implements MigrationInterface {
  name = 'CandidateAnonymisation1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Set when a candidate is deleted on request: personal data goes, the row stays for aggregates.
    await queryRunner.query(`ALTER TABLE "candidate" ADD "anonymised_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "candidate" DROP COLUMN "anonymised_at"`);
  }
}
