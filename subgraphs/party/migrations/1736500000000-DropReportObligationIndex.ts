import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `report_obligation` (1736400000000) served a lookup per submitter that is gone: the
 * compliance and statistics queries now read a recipient's reports for a period once for
 * all its submitters, through `report_recipient_period` (reporting/byFamily.ts). Over the
 * benchmark's mix on the national data (about 2,000 requests, statistics reset before)
 * PostgreSQL scanned it not once; it cost 159 MB there and a write on every report.
 */
export class DropReportObligationIndex1736500000000 implements MigrationInterface {
  name = 'DropReportObligationIndex1736500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX report_obligation`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX report_obligation ON report (recipient_id, submitter_id, period_year, period_frequency, period_index) WHERE kind = 'PERIODIC'`,
    );
  }
}
