import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DebriefDecisions1764500000000 implements MigrationInterface {
  name = 'DebriefDecisions1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "debrief_decision_kind" AS ENUM ('ADVANCE', 'HOLD', 'REJECT', 'READY', 'NEEDS_PRACTICE')`,
    );
    // Append-only: the latest row is the candidate's current decision, the rest its history.
    await queryRunner.query(`
      CREATE TABLE "debrief_decision" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "team_id" uuid NOT NULL,
        "candidate_id" uuid NOT NULL,
        "decision" "debrief_decision_kind" NOT NULL,
        "rationale" text NOT NULL,
        "decided_by_id" uuid,
        "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_debrief_decision" PRIMARY KEY ("id"),
        CONSTRAINT "fk_debrief_decision_team" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_debrief_decision_candidate" FOREIGN KEY ("candidate_id") REFERENCES "candidate"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_debrief_decision_decided_by" FOREIGN KEY ("decided_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "idx_debrief_decision_candidate" ON "debrief_decision" ("candidate_id", "decided_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "debrief_decision"`);
    await queryRunner.query(`DROP TYPE "debrief_decision_kind"`);
  }
}
