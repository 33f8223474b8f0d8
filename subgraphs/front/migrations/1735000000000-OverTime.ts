import { MigrationInterface, QueryRunner } from 'typeorm';
import { addOrganizationValidity, dropOrganizationValidity } from '../../../lib';

/**
 * The political system over time (design section 10, the 2025 reorganization): every
 * organization gets a validity and names the organizations it carried on.
 */
export class OverTime1735000000000 implements MigrationInterface {
  name = 'OverTime1735000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await addOrganizationValidity((sql) => queryRunner.query(sql), ['front_organization']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropOrganizationValidity((sql) => queryRunner.query(sql), ['front_organization']);
  }
}
