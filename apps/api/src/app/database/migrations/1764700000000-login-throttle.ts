import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LoginThrottle1764700000000 implements MigrationInterface {
  name = 'LoginThrottle1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Failed sign-ins per email and per client address, shared by every API replica.
    await queryRunner.query(`
      CREATE TABLE "login_throttle" (
        "key" character varying(400) NOT NULL,
        "failures" integer NOT NULL DEFAULT 0,
        "locked_until" TIMESTAMP WITH TIME ZONE,
        "last_failure_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_login_throttle" PRIMARY KEY ("key")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "login_throttle"`);
  }
}
