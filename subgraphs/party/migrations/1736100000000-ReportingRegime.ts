import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reporting regime in full (design section 4, Decision 23-QĐ/TW):
 * - reporting guidance: each commission may guide the regime for its unit and
 *   everything below; the nearest guidance at or above a unit applies to the periods
 *   that start after it takes effect;
 * - the commissions' own line (rule 4): a commission reports on its work to the
 *   commission of its parent unit, named on the report beside that commission's committee;
 * - a report's content by section (the people's situation, hot spots linked to cases,
 *   results by field of work, proposals), as JSON beside its summary.
 */
export class ReportingRegime1736100000000 implements MigrationInterface {
  name = 'ReportingRegime1736100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE reporting_guidance (
        id              uuid PRIMARY KEY,
        commission_id   text NOT NULL REFERENCES mass_mobilization_commission (id),
        unit_path       text NOT NULL,
        takes_effect_on date NOT NULL,
        frequencies     text[] NOT NULL CHECK (cardinality(frequencies) >= 1
                          AND frequencies <@ ARRAY['MONTHLY', 'QUARTERLY', 'SEMI_ANNUAL', 'NINE_MONTHS', 'ANNUAL']),
        due_days        jsonb NOT NULL,
        broadest_only   boolean NOT NULL,
        coverage        text NOT NULL CHECK (coverage IN ('CALENDAR', 'STATE_CONVENTION')),
        UNIQUE (commission_id, takes_effect_on)
      )`);
    await queryRunner.query(`CREATE INDEX reporting_guidance_unit_path_idx ON reporting_guidance (unit_path text_pattern_ops)`);
    await queryRunner.query(`ALTER TABLE report ADD COLUMN recipient_commission_id text REFERENCES mass_mobilization_commission (id)`);
    await queryRunner.query(`ALTER TABLE report ADD COLUMN content jsonb`);
    await queryRunner.query(
      `CREATE INDEX report_recipient_commission_period ON report (recipient_commission_id, period_year, period_frequency, period_index)
        WHERE recipient_commission_id IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE report DROP COLUMN recipient_commission_id, DROP COLUMN content`);
    await queryRunner.query(`DROP TABLE reporting_guidance`);
  }
}
