import { MigrationInterface, QueryRunner } from 'typeorm';
import { addOrganizationValidity, dropOrganizationValidity } from '../../../lib';

/**
 * The political system over time (design section 10, the 2025 reorganization): every
 * organization gets a validity and names the organizations it carried on.
 */
export class OverTime1735000000000 implements MigrationInterface {
  name = 'OverTime1735000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await addOrganizationValidity((sql) => queryRunner.query(sql), ['party_committee', 'mass_mobilization_commission']);
    // One committee and one commission per unit at a time: a unit's next version has its own (from the day it began).
    for (const table of ['party_committee', 'mass_mobilization_commission']) {
      await queryRunner.query(`DROP INDEX ${table}_unit_code`);
      await queryRunner.query(`CREATE UNIQUE INDEX ${table}_unit_code ON ${table} (unit_code, valid_from)`);
    }
    // The 2025 merger renamed the commissions (Ban Dân vận → Ban Tuyên giáo và Dân vận).
    await queryRunner.query(`ALTER TABLE mass_mobilization_commission ADD COLUMN former_name text, ADD COLUMN renamed_on date`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE mass_mobilization_commission DROP COLUMN former_name, DROP COLUMN renamed_on`);
    // Dropping valid_from drops the indexes on it; the ones on the unit alone come back.
    await dropOrganizationValidity((sql) => queryRunner.query(sql), ['party_committee', 'mass_mobilization_commission']);
    for (const table of ['party_committee', 'mass_mobilization_commission']) {
      await queryRunner.query(`CREATE UNIQUE INDEX ${table}_unit_code ON ${table} (unit_code)`);
    }
  }
}
