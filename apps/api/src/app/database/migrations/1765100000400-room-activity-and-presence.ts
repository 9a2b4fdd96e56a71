import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RoomActivityAndPresence1765100000400 implements MigrationInterface {
  name = 'RoomActivityAndPresence1765100000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    // What the live feed showed, kept so a reload or a late joiner reads the session's history.
    await queryRunner.query(`
      CREATE TABLE "session_activity" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "session_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "session_question_id" uuid,
        "actor_id" uuid,
        "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_session_activity" PRIMARY KEY ("id"),
        CONSTRAINT "fk_session_activity_session" FOREIGN KEY ("session_id") REFERENCES "interview_session"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_session_activity_session_question" FOREIGN KEY ("session_question_id") REFERENCES "session_question"("id") ON DELETE SET NULL,
        CONSTRAINT "fk_session_activity_actor" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(`CREATE INDEX "idx_session_activity_session_at" ON "session_activity" ("session_id", "at")`);
    // One row per open room connection, refreshed while it lives: any replica reads who is in the room,
    // and a replica that dies leaves rows that simply go stale.
    await queryRunner.query(`
      CREATE TABLE "session_presence" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "session_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "connected_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "closed_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "pk_session_presence" PRIMARY KEY ("id"),
        CONSTRAINT "fk_session_presence_session" FOREIGN KEY ("session_id") REFERENCES "interview_session"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_session_presence_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX "idx_session_presence_session_user" ON "session_presence" ("session_id", "user_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "session_presence"`);
    await queryRunner.query(`DROP TABLE "session_activity"`);
  }
}
