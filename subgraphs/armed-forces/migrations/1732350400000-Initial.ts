import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The armed forces' units and their mass-mobilization activities. Enums are text
 * holding the GraphQL enum names, guarded by CHECK constraints; counts of people
 * can never be negative. Cases and coordination programs live in other
 * families' databases, so their ids are plain text without a foreign key.
 */
export class Initial1732350400000 implements MigrationInterface {
  name = 'Initial1732350400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE armed_unit (
        id text PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
        kind text NOT NULL CHECK (kind IN (
          'GENERAL_DEPARTMENT_OF_POLITICS', 'MINISTRY_OF_PUBLIC_SECURITY', 'MILITARY_REGION',
          'MILITARY_COMMAND', 'BORDER_GUARD', 'POLICE')),
        branch text NOT NULL CHECK (branch IN ('PEOPLES_ARMY', 'PUBLIC_SECURITY')),
        level text NOT NULL CHECK (level IN ('CENTRAL', 'PROVINCIAL', 'DISTRICT', 'COMMUNE')),
        unit_code text NOT NULL,
        unit_path text NOT NULL CHECK (unit_path LIKE '/%/'),
        head_name text,
        head_title text,
        parent_id text REFERENCES armed_unit (id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- An official is recorded only in an official role: a name never without its title.
        CONSTRAINT armed_unit_head_complete CHECK ((head_name IS NULL) = (head_title IS NULL)),
        CONSTRAINT armed_unit_not_own_parent CHECK (parent_id <> id)
      )`);
    // AdministrativeUnit.armedUnits (by unit, ordered by id) and armedUnits(filter: { unitCode, includeDescendants }).
    await queryRunner.query(`CREATE INDEX armed_unit_unit_code_idx ON armed_unit (unit_code, id)`);
    await queryRunner.query(`CREATE INDEX armed_unit_unit_path_idx ON armed_unit (unit_path text_pattern_ops)`);
    await queryRunner.query(`CREATE INDEX armed_unit_parent_id_idx ON armed_unit (parent_id)`);

    await queryRunner.query(`
      CREATE TABLE mobilization_activity (
        id text PRIMARY KEY,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
        kind text NOT NULL CHECK (kind IN (
          'DISASTER_RELIEF', 'EPIDEMIC_RESPONSE', 'NEW_RURAL_CONSTRUCTION', 'POVERTY_REDUCTION',
          'HOUSING', 'HEALTHCARE', 'PROPAGANDA', 'OTHER')),
        conducted_by_id text NOT NULL REFERENCES armed_unit (id),
        unit_code text NOT NULL,
        unit_path text NOT NULL CHECK (unit_path LIKE '/%/'),
        started_on date NOT NULL,
        ended_on date,
        personnel int NOT NULL CHECK (personnel >= 0),
        man_days int NOT NULL CHECK (man_days >= 0),
        households_reached int NOT NULL CHECK (households_reached >= 0),
        description text CHECK (length(description) <= 10000),
        case_id text,
        coordination_program_id text,
        classification text NOT NULL DEFAULT 'PUBLIC' CHECK (classification IN ('PUBLIC', 'RESTRICTED')),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT mobilization_activity_dates CHECK (ended_on IS NULL OR ended_on >= started_on)
      )`);
    // Every list is "most recent first": (started_on DESC, id DESC) after the parent key.
    await queryRunner.query(`CREATE INDEX mobilization_activity_recent_idx ON mobilization_activity (started_on DESC, id DESC)`);
    await queryRunner.query(
      `CREATE INDEX mobilization_activity_unit_code_idx ON mobilization_activity (unit_code, started_on DESC, id DESC)`,
    );
    await queryRunner.query(`CREATE INDEX mobilization_activity_unit_path_idx ON mobilization_activity (unit_path text_pattern_ops)`);
    await queryRunner.query(
      `CREATE INDEX mobilization_activity_conducted_by_idx ON mobilization_activity (conducted_by_id, started_on DESC, id DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX mobilization_activity_case_idx ON mobilization_activity (case_id, started_on DESC, id DESC) WHERE case_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX mobilization_activity_program_idx ON mobilization_activity (coordination_program_id, started_on DESC, id DESC) WHERE coordination_program_id IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE mobilization_activity`);
    await queryRunner.query(`DROP TABLE armed_unit`);
  }
}
