import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BackfillSessionPlans1764400000001 implements MigrationInterface {
  name = 'BackfillSessionPlans1764400000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Sessions booked before plans existed get their kit's questions as they stand now.
    await queryRunner.query(`
      INSERT INTO "session_question" ("session_id", "question_id", "revision_id", "position", "planned_minutes")
      SELECT s.id, i.question_id, q.current_revision_id, i.position, i.planned_minutes
        FROM "interview_session" s
        JOIN "interview_kit_item" i ON i.kit_id = s.kit_id
        JOIN "question" q ON q.id = i.question_id
       WHERE q.current_revision_id IS NOT NULL`);
  }

  async down(): Promise<void> {
    // Backfilled plans cannot be told from booked ones; the table goes with the previous migration's down.
  }
}
