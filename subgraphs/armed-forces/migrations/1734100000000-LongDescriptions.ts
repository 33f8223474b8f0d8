import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `recordMobilizationActivity` accepts descriptions of up to 20,000 characters
 * (the SDL, and the library's MAX_LONG_TEXT shared by every family's long texts); the
 * Initial migration allowed 10,000, so a valid description would have failed as
 * an internal error. The database keeps the limit as its last line of defence.
 */
export class LongDescriptions1734100000000 implements MigrationInterface {
  name = 'LongDescriptions1734100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE mobilization_activity
        DROP CONSTRAINT mobilization_activity_description_check,
        ADD CONSTRAINT mobilization_activity_description_check CHECK (length(description) <= 20000)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE mobilization_activity
        DROP CONSTRAINT mobilization_activity_description_check,
        ADD CONSTRAINT mobilization_activity_description_check CHECK (length(description) <= 10000)`);
  }
}
