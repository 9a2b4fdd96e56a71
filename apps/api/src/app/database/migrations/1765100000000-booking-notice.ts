import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BookingNotice1765100000000 implements MigrationInterface {
  name = 'BookingNotice1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // An hour: panelists hear of a booking before they are due in the room, and a slip of the
    // date picker (today instead of next week) is caught; a coordinator can override on the record.
    await queryRunner.query(`ALTER TABLE "team" ADD "minimum_booking_notice_minutes" integer NOT NULL DEFAULT 60`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "team" DROP COLUMN "minimum_booking_notice_minutes"`);
  }
}
