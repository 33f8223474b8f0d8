import { MigrationInterface, QueryRunner } from 'typeorm';

const ORGANIZATION_TYPES = `('PartyCommittee', 'MassMobilizationCommission', 'StateAgency', 'FrontOrganization', 'ArmedUnit')`;
const LEVELS = `('CENTRAL', 'PROVINCIAL', 'DISTRICT', 'COMMUNE')`;

/**
 * The front database: Front and socio-political organizations, supervision and
 * social criticism with their recommendations, campaigns. Ids of other families'
 * records (cases, programs, state agencies, party bodies) are plain text: another
 * subgraph's database cannot be a foreign key target.
 */
export class Initial1733000000000 implements MigrationInterface {
  name = 'Initial1733000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE front_organization (
        id text PRIMARY KEY,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('FATHERLAND_FRONT', 'TRADE_UNION', 'FARMERS_UNION', 'WOMENS_UNION', 'YOUTH_UNION', 'VETERANS_ASSOCIATION')),
        level text NOT NULL CHECK (level IN ${LEVELS}),
        unit_code text NOT NULL,
        unit_path text NOT NULL,
        head_name text,
        head_title text,
        parent_id text REFERENCES front_organization (id),
        member_count integer CHECK (member_count >= 0),
        -- The Trade Union Charter has no commune-level federation: its levels stop at the district.
        CHECK (NOT (kind = 'TRADE_UNION' AND level = 'COMMUNE')),
        CHECK ((head_name IS NULL) = (head_title IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX front_organization_unit_code ON front_organization (unit_code)`);
    await queryRunner.query(`CREATE INDEX front_organization_unit_path ON front_organization (unit_path text_pattern_ops)`);
    await queryRunner.query(`CREATE INDEX front_organization_parent ON front_organization (parent_id)`);

    await queryRunner.query(`
      CREATE TABLE supervision (
        id text PRIMARY KEY,
        title text NOT NULL,
        form text NOT NULL CHECK (form IN ('SUPERVISION', 'SOCIAL_CRITICISM')),
        conducted_by_id text NOT NULL REFERENCES front_organization (id),
        target_type text NOT NULL CHECK (target_type IN ${ORGANIZATION_TYPES}),
        target_id text NOT NULL,
        unit_code text NOT NULL,
        unit_path text NOT NULL,
        case_id text,
        coordination_program_id text,
        started_on date NOT NULL,
        ended_on date CHECK (ended_on >= started_on),
        findings text,
        classification text NOT NULL DEFAULT 'PUBLIC' CHECK (classification IN ('PUBLIC', 'RESTRICTED'))
      )`);
    await queryRunner.query(`CREATE INDEX supervision_recent ON supervision (started_on DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX supervision_conducted_by ON supervision (conducted_by_id, started_on DESC)`);
    await queryRunner.query(`CREATE INDEX supervision_target ON supervision (target_id, target_type)`);
    await queryRunner.query(`CREATE INDEX supervision_case ON supervision (case_id) WHERE case_id IS NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX supervision_program ON supervision (coordination_program_id) WHERE coordination_program_id IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX supervision_unit_code ON supervision (unit_code)`);
    await queryRunner.query(`CREATE INDEX supervision_unit_path ON supervision (unit_path text_pattern_ops)`);

    await queryRunner.query(`
      CREATE TABLE recommendation (
        id text PRIMARY KEY,
        supervision_id text NOT NULL REFERENCES supervision (id) ON DELETE CASCADE,
        position integer NOT NULL CHECK (position >= 1),
        content text NOT NULL,
        addressed_to_type text NOT NULL CHECK (addressed_to_type IN ${ORGANIZATION_TYPES}),
        addressed_to_id text NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'IN_PROGRESS', 'IMPLEMENTED', 'REJECTED')),
        response text,
        status_changed_on date NOT NULL,
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        UNIQUE (supervision_id, position)
      )`);
    await queryRunner.query(`CREATE INDEX recommendation_addressed_to ON recommendation (addressed_to_id, addressed_to_type)`);

    await queryRunner.query(`
      CREATE TABLE campaign (
        id text PRIMARY KEY,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('CAMPAIGN', 'EMULATION_MOVEMENT')),
        organizer_id text NOT NULL REFERENCES front_organization (id),
        unit_code text NOT NULL,
        unit_path text NOT NULL,
        coordination_program_id text,
        starts_on date NOT NULL,
        ends_on date CHECK (ends_on >= starts_on),
        description text
      )`);
    await queryRunner.query(`CREATE INDEX campaign_recent ON campaign (starts_on DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX campaign_organizer ON campaign (organizer_id, starts_on DESC)`);
    await queryRunner.query(
      `CREATE INDEX campaign_program ON campaign (coordination_program_id) WHERE coordination_program_id IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX campaign_unit_code ON campaign (unit_code)`);
    await queryRunner.query(`CREATE INDEX campaign_unit_path ON campaign (unit_path text_pattern_ops)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE campaign`);
    await queryRunner.query(`DROP TABLE recommendation`);
    await queryRunner.query(`DROP TABLE supervision`);
    await queryRunner.query(`DROP TABLE front_organization`);
  }
}
