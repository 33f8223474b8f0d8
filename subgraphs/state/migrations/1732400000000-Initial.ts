import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The state subgraph's tables: administrative units, state agencies, citizens'
 * cases and dialogues. Enums are text with CHECK constraints holding the GraphQL
 * enum names; every list the subgraph serves has an index, and every `unit_path`
 * a `text_pattern_ops` index so that "this unit and all below it" is a prefix match.
 */
export class Initial1732400000000 implements MigrationInterface {
  name = 'Initial1732400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE administrative_unit (
        code        text PRIMARY KEY,
        name        text NOT NULL,
        unit_type   text NOT NULL,
        level       text NOT NULL CHECK (level IN ('CENTRAL', 'PROVINCIAL', 'DISTRICT', 'COMMUNE')),
        parent_code text REFERENCES administrative_unit (code),
        path        text NOT NULL UNIQUE,
        -- Only the nation has no parent.
        CHECK ((parent_code IS NULL) = (level = 'CENTRAL'))
      )`);
    await queryRunner.query(`CREATE INDEX administrative_unit_parent_idx ON administrative_unit (parent_code, code)`);
    await queryRunner.query(`CREATE INDEX administrative_unit_level_idx ON administrative_unit (level, code)`);
    await queryRunner.query(`CREATE INDEX administrative_unit_path_idx ON administrative_unit (path text_pattern_ops)`);

    await queryRunner.query(`
      CREATE TABLE state_agency (
        id               text PRIMARY KEY,
        name             text NOT NULL,
        kind             text NOT NULL CHECK (kind IN ('GOVERNMENT', 'MINISTRY', 'PEOPLES_COMMITTEE', 'PEOPLES_COUNCIL', 'DEPARTMENT')),
        level            text NOT NULL CHECK (level IN ('CENTRAL', 'PROVINCIAL', 'DISTRICT', 'COMMUNE')),
        unit_code        text NOT NULL REFERENCES administrative_unit (code),
        unit_path        text NOT NULL,
        head_name        text,
        head_title       text,
        parent_agency_id text REFERENCES state_agency (id),
        -- A head is recorded with both name and title, or not at all.
        CHECK ((head_name IS NULL) = (head_title IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX state_agency_unit_idx ON state_agency (unit_code, id)`);
    await queryRunner.query(`CREATE INDEX state_agency_unit_path_idx ON state_agency (unit_path text_pattern_ops)`);
    await queryRunner.query(`CREATE INDEX state_agency_parent_idx ON state_agency (parent_agency_id)`);
    // Law on the Organization of Local Government (2015): one People's Committee and
    // one People's Council per administrative unit.
    await queryRunner.query(
      `CREATE UNIQUE INDEX state_agency_one_committee_idx ON state_agency (unit_code) WHERE kind = 'PEOPLES_COMMITTEE'`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX state_agency_one_council_idx ON state_agency (unit_code) WHERE kind = 'PEOPLES_COUNCIL'`);

    await queryRunner.query(`
      CREATE TABLE citizen_case (
        id                    uuid PRIMARY KEY,
        reference             text NOT NULL UNIQUE,
        title                 text NOT NULL,
        description           text,
        category              text NOT NULL CHECK (category IN ('LAND_ACQUISITION_RESETTLEMENT', 'ENVIRONMENTAL_POLLUTION',
                                'WATER_SUPPLY', 'INFRASTRUCTURE', 'SOCIAL_WELFARE', 'ETHNIC_RELIGIOUS_AFFAIRS', 'LABOUR', 'OTHER')),
        status                text NOT NULL CHECK (status IN ('RECEIVED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED')),
        classification        text NOT NULL DEFAULT 'PUBLIC' CHECK (classification IN ('PUBLIC', 'RESTRICTED')),
        unit_code             text NOT NULL REFERENCES administrative_unit (code),
        unit_path             text NOT NULL,
        responsible_agency_id text NOT NULL REFERENCES state_agency (id),
        households_affected   int CHECK (households_affected >= 0),
        opened_on             date NOT NULL,
        resolved_on           date CHECK (resolved_on >= opened_on),
        version               int NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at            timestamptz NOT NULL DEFAULT now(),
        updated_at            timestamptz NOT NULL DEFAULT now(),
        -- A finished case has its date; an open one has none.
        CHECK ((resolved_on IS NOT NULL) = (status IN ('RESOLVED', 'CLOSED')))
      )`);
    await queryRunner.query(`CREATE INDEX citizen_case_unit_idx ON citizen_case (unit_code, opened_on DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX citizen_case_unit_path_idx ON citizen_case (unit_path text_pattern_ops)`);
    await queryRunner.query(`CREATE INDEX citizen_case_agency_idx ON citizen_case (responsible_agency_id, opened_on DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX citizen_case_opened_idx ON citizen_case (opened_on DESC, id DESC)`);

    await queryRunner.query(`
      CREATE TABLE dialogue (
        id               uuid PRIMARY KEY,
        title            text NOT NULL,
        held_on          date NOT NULL,
        unit_code        text NOT NULL REFERENCES administrative_unit (code),
        unit_path        text NOT NULL,
        level            text NOT NULL CHECK (level IN ('CENTRAL', 'PROVINCIAL', 'DISTRICT', 'COMMUNE')),
        host_agency_id   text NOT NULL REFERENCES state_agency (id),
        chaired_by_name  text,
        chaired_by_title text,
        participants     int NOT NULL CHECK (participants >= 0),
        issues_raised    int NOT NULL CHECK (issues_raised >= 0),
        issues_resolved  int NOT NULL CHECK (issues_resolved BETWEEN 0 AND issues_raised),
        summary          text,
        case_id          uuid REFERENCES citizen_case (id),
        classification   text NOT NULL DEFAULT 'PUBLIC' CHECK (classification IN ('PUBLIC', 'RESTRICTED')),
        CHECK ((chaired_by_name IS NULL) = (chaired_by_title IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX dialogue_unit_idx ON dialogue (unit_code, held_on DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX dialogue_unit_path_idx ON dialogue (unit_path text_pattern_ops)`);
    await queryRunner.query(`CREATE INDEX dialogue_host_idx ON dialogue (host_agency_id, held_on DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX dialogue_case_idx ON dialogue (case_id, held_on DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX dialogue_held_idx ON dialogue (held_on DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX dialogue_level_idx ON dialogue (level, held_on DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE dialogue`);
    await queryRunner.query(`DROP TABLE citizen_case`);
    await queryRunner.query(`DROP TABLE state_agency`);
    await queryRunner.query(`DROP TABLE administrative_unit`);
  }
}
