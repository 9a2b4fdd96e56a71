import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboxAndPasswordReset1765000000000 implements MigrationInterface {
  name = 'OutboxAndPasswordReset1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."password_reset_purpose" AS ENUM('RESET', 'SIGN_IN_LINK')`);
    await queryRunner.query(`
      CREATE TABLE "password_reset" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "token_hash" character(64) NOT NULL,
        "purpose" "public"."password_reset_purpose" NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "used_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_password_reset" PRIMARY KEY ("id"),
        CONSTRAINT "fk_password_reset_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX "idx_password_reset_user_id" ON "password_reset" ("user_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_password_reset_token_hash" ON "password_reset" ("token_hash")`);

    await queryRunner.query(
      `CREATE TYPE "public"."outgoing_message_status" AS ENUM('QUEUED', 'SENDING', 'SENT', 'FAILED', 'HELD')`,
    );
    await queryRunner.query(`
      CREATE TABLE "outgoing_message" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "team_id" uuid,
        "event_key" character varying(200) NOT NULL,
        "kind" character varying(40) NOT NULL,
        "recipient_email" character varying(254) NOT NULL,
        "recipient_user_id" uuid,
        "subject" character varying(300) NOT NULL,
        "text_body" text NOT NULL,
        "html_body" text NOT NULL,
        "attachments" jsonb NOT NULL DEFAULT '[]',
        "status" "public"."outgoing_message_status" NOT NULL DEFAULT 'QUEUED',
        "attempts" integer NOT NULL DEFAULT '0',
        "last_error" text,
        "last_stage" character varying(40),
        "smtp_message_id" character varying(300),
        "claimed_at" TIMESTAMP WITH TIME ZONE,
        "sent_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_outgoing_message" PRIMARY KEY ("id"),
        CONSTRAINT "fk_outgoing_message_team" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_outgoing_message_recipient" FOREIGN KEY ("recipient_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "idx_outgoing_message_team_created" ON "outgoing_message" ("team_id", "created_at")`,
    );
    // One message per event and person, whatever the address's case.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_outgoing_message_event_recipient" ON "outgoing_message" ("event_key", lower("recipient_email"))`,
    );

    await queryRunner.query(`ALTER TABLE "app_user" ADD "email_session_updates" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "email_scorecard_updates" boolean NOT NULL DEFAULT true`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "email_scorecard_updates"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "email_session_updates"`);
    await queryRunner.query(`DROP TABLE "outgoing_message"`);
    await queryRunner.query(`DROP TYPE "public"."outgoing_message_status"`);
    await queryRunner.query(`DROP TABLE "password_reset"`);
    await queryRunner.query(`DROP TYPE "public"."password_reset_purpose"`);
  }
}
