import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionNoteReads1764900000000 implements MigrationInterface {
  name = 'SessionNoteReads1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The room reads, and every autosave updates, one interviewer's notes on a session; the
    // partial unique indexes cannot serve that (nor `session_question_id IS NOT DISTINCT FROM`),
    // so at 150,000 notes each autosave scanned the table.
    await queryRunner.query(`CREATE INDEX "idx_session_note_session_interviewer" ON "session_note" ("session_id", "interviewer_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_session_note_session_interviewer"`);
  }
}
