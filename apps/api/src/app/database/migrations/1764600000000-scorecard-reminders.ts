import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ScorecardReminders1764600000000 implements MigrationInterface {
  name = 'ScorecardReminders1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "team" ADD "reminder_after_hours" integer NOT NULL DEFAULT 2`);
    await queryRunner.query(`ALTER TABLE "team" ADD "escalate_after_hours" integer NOT NULL DEFAULT 48`);
    await queryRunner.query(`CREATE TYPE "scorecard_reminder_kind" AS ENUM ('REMINDER', 'ESCALATION')`);
    // One row per reminder sent: the primary key makes each one go out once, even with several API replicas.
    await queryRunner.query(`
      CREATE TABLE "scorecard_reminder" (
        "session_id" uuid NOT NULL,
        "interviewer_id" uuid NOT NULL,
        "kind" "scorecard_reminder_kind" NOT NULL,
        "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_scorecard_reminder" PRIMARY KEY ("session_id", "interviewer_id", "kind"),
        CONSTRAINT "fk_scorecard_reminder_session" FOREIGN KEY ("session_id") REFERENCES "interview_session"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_scorecard_reminder_interviewer" FOREIGN KEY ("interviewer_id") REFERENCES "app_user"("id") ON DELETE CASCADE
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "scorecard_reminder"`);
    await queryRunner.query(`DROP TYPE "scorecard_reminder_kind"`);
    await queryRunner.query(`ALTER TABLE "team" DROP COLUMN "escalate_after_hours"`);
    await queryRunner.query(`ALTER TABLE "team" DROP COLUMN "reminder_after_hours"`);
  }
}
