import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentityAndTeams1764000000000 implements MigrationInterface {
  name = 'IdentityAndTeams1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "app_user" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "email" character varying(254) NOT NULL,
        "name" character varying(120) NOT NULL,
        "password_hash" character varying(255) NOT NULL,
        "time_zone" character varying(64) NOT NULL DEFAULT 'UTC',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_app_user" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_app_user_email" ON "app_user" (lower("email"))`,
    );
    await queryRunner.query(`
      CREATE TABLE "team" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" character varying(120) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_team" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(
      `CREATE TYPE "team_role" AS ENUM ('COORDINATOR', 'INTERVIEWER')`,
    );
    await queryRunner.query(`
      CREATE TABLE "membership" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "team_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "role" "team_role" NOT NULL,
        "active" boolean NOT NULL DEFAULT true,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_membership" PRIMARY KEY ("id"),
        CONSTRAINT "fk_membership_team" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_membership_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_membership_team_user" ON "membership" ("team_id", "user_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_membership_user_id" ON "membership" ("user_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "invite" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "team_id" uuid NOT NULL,
        "email" character varying(254) NOT NULL,
        "role" "team_role" NOT NULL,
        "token_hash" character(64) NOT NULL,
        "invited_by_id" uuid NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "accepted_at" TIMESTAMP WITH TIME ZONE,
        "revoked_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_invite" PRIMARY KEY ("id"),
        CONSTRAINT "fk_invite_team" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_invite_invited_by" FOREIGN KEY ("invited_by_id") REFERENCES "app_user"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_invite_token_hash" ON "invite" ("token_hash")`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_invite_team_id" ON "invite" ("team_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "auth_session" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "token_hash" character(64) NOT NULL,
        "current_team_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "revoked_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "pk_auth_session" PRIMARY KEY ("id"),
        CONSTRAINT "fk_auth_session_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_auth_session_current_team" FOREIGN KEY ("current_team_id") REFERENCES "team"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_auth_session_token_hash" ON "auth_session" ("token_hash")`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_auth_session_user_id" ON "auth_session" ("user_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "audit_event" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "team_id" uuid,
        "actor_id" uuid,
        "action" character varying(64) NOT NULL,
        "record_type" character varying(64) NOT NULL,
        "record_id" uuid,
        "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "details" jsonb NOT NULL DEFAULT '{}'::jsonb,
        CONSTRAINT "pk_audit_event" PRIMARY KEY ("id"),
        CONSTRAINT "fk_audit_event_team" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_audit_event_actor" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "idx_audit_event_team_at" ON "audit_event" ("team_id", "at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP TABLE "auth_session"`);
    await queryRunner.query(`DROP TABLE "invite"`);
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`DROP TYPE "team_role"`);
    await queryRunner.query(`DROP TABLE "team"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
  }
}
