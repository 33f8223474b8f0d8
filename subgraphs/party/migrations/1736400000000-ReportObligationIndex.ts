import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One periodic report of one obligation, found by a single index probe (issue 11):
 * `reportingByFamily` and `reportingCompliance` look up the first periodic report of
 * each (recipient, submitter, period). With only `report_recipient_period` and
 * `report_submitter`, PostgreSQL intersected the two (a bitmap AND) for each of the
 * obligations: over a province's year on the national data, 3,306 probes of about
 * 12 µs; with this index about 5 µs each. (Unused once those queries read a recipient's
 * reports once for all its submitters: dropped by 1736500000000.)
 */
export class ReportObligationIndex1736400000000 implements MigrationInterface {
  name = 'ReportObligationIndex1736400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX report_obligation ON report (recipient_id, submitter_id, period_year, period_frequency, period_index) WHERE kind = 'PERIODIC'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX report_obligation`);
  }
}
