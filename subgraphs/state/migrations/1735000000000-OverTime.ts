import { MigrationInterface, QueryRunner } from 'typeorm';
import { addOrganizationValidity, dropOrganizationValidity } from '../../../lib';

/**
 * The political system over time (design section 10, the 2025 reorganization): every
 * organization gets a validity and names the organizations it carried on. Units become versions, with their successions.
 */
export class OverTime1735000000000 implements MigrationInterface {
  name = 'OverTime1735000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await addOrganizationValidity((sql) => queryRunner.query(sql), ['state_agency']);
    // One People's Committee and one Council per unit at a time: a unit's next version has its own.
    for (const [index, kind] of [
      ['state_agency_one_committee_idx', 'PEOPLES_COMMITTEE'],
      ['state_agency_one_council_idx', 'PEOPLES_COUNCIL'],
    ]) {
      await queryRunner.query(`DROP INDEX ${index}`);
      await queryRunner.query(`CREATE UNIQUE INDEX ${index} ON state_agency (unit_code, valid_from) WHERE kind = '${kind}'`);
    }
    // A unit is now a code and the day its version began: the code alone no longer
    // identifies a row, so the foreign keys on it go (every subgraph checks unit codes
    // against the reference lists instead), and so does the path's uniqueness (the old
    // and the new Lâm Đồng are both /VN/68/).
    for (const [table, constraint] of [
      ['state_agency', 'state_agency_unit_code_fkey'],
      ['citizen_case', 'citizen_case_unit_code_fkey'],
      ['dialogue', 'dialogue_unit_code_fkey'],
      ['administrative_unit', 'administrative_unit_parent_code_fkey'],
      ['administrative_unit', 'administrative_unit_path_key'],
      ['administrative_unit', 'administrative_unit_pkey'],
    ]) {
      await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${constraint}`);
    }
    await queryRunner.query(`
      ALTER TABLE administrative_unit
        ADD COLUMN valid_from date NOT NULL DEFAULT '-infinity',
        ADD COLUMN valid_to date NOT NULL DEFAULT 'infinity',
        ADD PRIMARY KEY (code, valid_from),
        ADD CONSTRAINT administrative_unit_validity_check CHECK (valid_from <= valid_to)`);
    await queryRunner.query(`
      CREATE TABLE unit_succession (
        predecessor_code text NOT NULL,
        successor_code   text NOT NULL,
        took_effect_on   date NOT NULL,
        partial          boolean NOT NULL,
        PRIMARY KEY (predecessor_code, successor_code, took_effect_on)
      )`);
    await queryRunner.query(`CREATE INDEX unit_succession_successor_idx ON unit_succession (successor_code, took_effect_on)`);
    // Open cases of an ended unit move on to the successor's authority, history kept.
    await queryRunner.query(`
      CREATE TABLE case_transfer (
        id             uuid PRIMARY KEY,
        case_id        uuid NOT NULL REFERENCES citizen_case (id),
        from_agency_id text NOT NULL REFERENCES state_agency (id),
        to_agency_id   text NOT NULL REFERENCES state_agency (id),
        transferred_on date NOT NULL,
        reason         text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
        CHECK (from_agency_id <> to_agency_id)
      )`);
    await queryRunner.query(`CREATE INDEX case_transfer_case_idx ON case_transfer (case_id, transferred_on)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE case_transfer`);
    await queryRunner.query(`DROP TABLE unit_succession`);
    await queryRunner.query(`DELETE FROM administrative_unit WHERE valid_from <> '-infinity'`);
    await queryRunner.query(
      `ALTER TABLE administrative_unit DROP CONSTRAINT administrative_unit_pkey, DROP COLUMN valid_from, DROP COLUMN valid_to`,
    );
    await queryRunner.query(`ALTER TABLE administrative_unit ADD PRIMARY KEY (code), ADD UNIQUE (path)`);
    await queryRunner.query(`ALTER TABLE administrative_unit ADD FOREIGN KEY (parent_code) REFERENCES administrative_unit (code)`);
    for (const table of ['state_agency', 'citizen_case', 'dialogue']) {
      await queryRunner.query(`ALTER TABLE ${table} ADD FOREIGN KEY (unit_code) REFERENCES administrative_unit (code)`);
    }
    // Dropping valid_from drops the indexes on it; the ones on the unit alone come back.
    await dropOrganizationValidity((sql) => queryRunner.query(sql), ['state_agency']);
    await queryRunner.query(
      `CREATE UNIQUE INDEX state_agency_one_committee_idx ON state_agency (unit_code) WHERE kind = 'PEOPLES_COMMITTEE'`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX state_agency_one_council_idx ON state_agency (unit_code) WHERE kind = 'PEOPLES_COUNCIL'`);
  }
}
