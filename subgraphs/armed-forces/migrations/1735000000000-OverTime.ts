import { MigrationInterface, QueryRunner } from 'typeorm';
import { addOrganizationValidity, dropOrganizationValidity } from '../../../lib';

/**
 * The political system over time (design section 10, the 2025 reorganization): every
 * organization gets a validity and names the organizations it carried on.
 */
export class OverTime1735000000000 implements MigrationInterface {
  name = 'OverTime1735000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await addOrganizationValidity((sql) => queryRunner.query(sql), ['armed_unit']);
    // The provincial military commands' regional defense commands (2025) took over the district commands' local role.
    await queryRunner.query(`
      ALTER TABLE armed_unit
        DROP CONSTRAINT armed_unit_kind_check,
        ADD CONSTRAINT armed_unit_kind_check CHECK (kind IN (
          'GENERAL_DEPARTMENT_OF_POLITICS', 'MINISTRY_OF_PUBLIC_SECURITY', 'MILITARY_REGION',
          'MILITARY_COMMAND', 'REGIONAL_DEFENSE_COMMAND', 'BORDER_GUARD', 'POLICE'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM armed_unit WHERE kind = 'REGIONAL_DEFENSE_COMMAND'`);
    await queryRunner.query(`
      ALTER TABLE armed_unit
        DROP CONSTRAINT armed_unit_kind_check,
        ADD CONSTRAINT armed_unit_kind_check CHECK (kind IN (
          'GENERAL_DEPARTMENT_OF_POLITICS', 'MINISTRY_OF_PUBLIC_SECURITY', 'MILITARY_REGION',
          'MILITARY_COMMAND', 'BORDER_GUARD', 'POLICE'))`);
    await dropOrganizationValidity((sql) => queryRunner.query(sql), ['armed_unit']);
  }
}
