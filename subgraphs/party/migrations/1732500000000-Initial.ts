import { MigrationInterface, QueryRunner } from 'typeorm';

const ORGANIZATION_TYPES = `('PartyCommittee', 'MassMobilizationCommission', 'StateAgency', 'FrontOrganization', 'ArmedUnit')`;
const LEVELS = `('CENTRAL', 'PROVINCIAL', 'DISTRICT', 'COMMUNE')`;
const CLASSIFICATIONS = `('PUBLIC', 'RESTRICTED')`;

/**
 * The party database: committees and their commissions, documents, coordination
 * programs, reports and Skilled Mass Mobilization models. Ids of other families'
 * records (cases, state agencies, Front organizations, armed units) are plain
 * text: another subgraph's database cannot be a foreign key target.
 */
export class Initial1732500000000 implements MigrationInterface {
  name = 'Initial1732500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE party_committee (
        id text PRIMARY KEY,
        name text NOT NULL,
        level text NOT NULL CHECK (level IN ${LEVELS}),
        unit_code text NOT NULL,
        unit_path text NOT NULL,
        head_name text,
        head_title text,
        parent_id text REFERENCES party_committee (id),
        version integer NOT NULL DEFAULT 1,
        -- Only the Central Committee stands at the top of the tree.
        CHECK ((parent_id IS NULL) = (level = 'CENTRAL')),
        CHECK ((head_name IS NULL) = (head_title IS NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX party_committee_unit_code ON party_committee (unit_code)`);
    await queryRunner.query(`CREATE INDEX party_committee_unit_path ON party_committee (unit_path text_pattern_ops)`);
    await queryRunner.query(`CREATE INDEX party_committee_parent ON party_committee (parent_id)`);
    await queryRunner.query(`CREATE INDEX party_committee_level ON party_committee (level, id)`);

    await queryRunner.query(`
      CREATE TABLE mass_mobilization_commission (
        id text PRIMARY KEY,
        name text NOT NULL,
        -- Commune committees have no commission (Decision 23-QĐ/TW).
        level text NOT NULL CHECK (level IN ('CENTRAL', 'PROVINCIAL', 'DISTRICT')),
        unit_code text NOT NULL,
        unit_path text NOT NULL,
        head_name text,
        head_title text,
        party_committee_id text NOT NULL UNIQUE REFERENCES party_committee (id),
        version integer NOT NULL DEFAULT 1,
        CHECK ((head_name IS NULL) = (head_title IS NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX mass_mobilization_commission_unit_code ON mass_mobilization_commission (unit_code)`);
    await queryRunner.query(
      `CREATE INDEX mass_mobilization_commission_unit_path ON mass_mobilization_commission (unit_path text_pattern_ops)`,
    );
    await queryRunner.query(`CREATE INDEX mass_mobilization_commission_level ON mass_mobilization_commission (level, id)`);

    await queryRunner.query(`
      CREATE TABLE party_document (
        id text PRIMARY KEY,
        number text NOT NULL CHECK (length(number) BETWEEN 1 AND 100),
        kind text NOT NULL CHECK (kind IN ('RESOLUTION', 'DIRECTIVE', 'REGULATION', 'DECISION', 'CONCLUSION', 'INSTRUCTION', 'PLAN')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 1000),
        issued_on date NOT NULL,
        issuer_id text NOT NULL REFERENCES party_committee (id),
        unit_code text NOT NULL,
        unit_path text NOT NULL,
        classification text NOT NULL DEFAULT 'PUBLIC' CHECK (classification IN ${CLASSIFICATIONS}),
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE INDEX party_document_recent ON party_document (issued_on DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX party_document_issuer ON party_document (issuer_id, issued_on DESC)`);
    await queryRunner.query(`CREATE INDEX party_document_unit_path ON party_document (unit_path text_pattern_ops)`);

    await queryRunner.query(`
      CREATE TABLE party_document_case (
        document_id text NOT NULL REFERENCES party_document (id) ON DELETE CASCADE,
        case_id text NOT NULL,
        PRIMARY KEY (document_id, case_id)
      )`);
    await queryRunner.query(`CREATE INDEX party_document_case_case ON party_document_case (case_id)`);

    await queryRunner.query(`
      CREATE TABLE coordination_program (
        id text PRIMARY KEY,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 1000),
        description text,
        lead_commission_id text NOT NULL REFERENCES mass_mobilization_commission (id),
        based_on_id text REFERENCES party_document (id),
        starts_on date NOT NULL,
        ends_on date CHECK (ends_on >= starts_on),
        unit_code text NOT NULL,
        unit_path text NOT NULL,
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE INDEX coordination_program_recent ON coordination_program (starts_on DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX coordination_program_lead ON coordination_program (lead_commission_id, starts_on DESC)`);
    await queryRunner.query(`CREATE INDEX coordination_program_unit_path ON coordination_program (unit_path text_pattern_ops)`);

    await queryRunner.query(`
      CREATE TABLE program_participant (
        program_id text NOT NULL REFERENCES coordination_program (id) ON DELETE CASCADE,
        organization_type text NOT NULL CHECK (organization_type IN ${ORGANIZATION_TYPES}),
        organization_id text NOT NULL,
        responsibility text,
        joined_on date NOT NULL,
        position integer NOT NULL CHECK (position >= 0),
        PRIMARY KEY (program_id, organization_type, organization_id),
        UNIQUE (program_id, position)
      )`);
    await queryRunner.query(`CREATE INDEX program_participant_organization ON program_participant (organization_id)`);

    await queryRunner.query(`
      CREATE TABLE program_review (
        program_id text NOT NULL REFERENCES coordination_program (id) ON DELETE CASCADE,
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        held_on date NOT NULL,
        summary text NOT NULL,
        PRIMARY KEY (program_id, year)
      )`);

    await queryRunner.query(`
      CREATE TABLE report (
        id text PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('PERIODIC', 'URGENT')),
        period_year integer CHECK (period_year BETWEEN 2000 AND 2100),
        period_frequency text CHECK (period_frequency IN ('MONTHLY', 'QUARTERLY', 'SEMI_ANNUAL', 'NINE_MONTHS', 'ANNUAL')),
        period_index integer,
        submitter_type text NOT NULL CHECK (submitter_type IN ${ORGANIZATION_TYPES}),
        submitter_id text NOT NULL,
        submitter_unit_code text NOT NULL,
        submitter_unit_path text NOT NULL,
        recipient_id text NOT NULL REFERENCES party_committee (id),
        copy_to_id text REFERENCES mass_mobilization_commission (id),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 20000),
        submitted_at timestamptz NOT NULL,
        corrects_id text REFERENCES report (id),
        original_id text REFERENCES report (id),
        classification text NOT NULL DEFAULT 'PUBLIC' CHECK (classification IN ${CLASSIFICATIONS}),
        idempotency_key text UNIQUE CHECK (length(idempotency_key) BETWEEN 1 AND 200),
        request_hash text,
        -- A periodic report has a period, an urgent one has none (rule 3).
        CHECK (
          (kind = 'PERIODIC' AND period_year IS NOT NULL AND period_frequency IS NOT NULL)
          OR (kind = 'URGENT' AND period_year IS NULL AND period_frequency IS NULL AND period_index IS NULL)
        ),
        CHECK (
          period_frequency IS NULL
          OR (period_frequency = 'MONTHLY' AND period_index BETWEEN 1 AND 12)
          OR (period_frequency = 'QUARTERLY' AND period_index BETWEEN 1 AND 4)
          OR (period_frequency = 'SEMI_ANNUAL' AND period_index BETWEEN 1 AND 2)
          OR (period_frequency IN ('NINE_MONTHS', 'ANNUAL') AND period_index IS NULL)
        ),
        -- A correction names both the report it corrects and the first of its chain.
        CHECK ((corrects_id IS NULL) = (original_id IS NULL)),
        CHECK (corrects_id <> id),
        CHECK ((idempotency_key IS NULL) = (request_hash IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX report_recipient_period ON report (recipient_id, period_year, period_frequency, period_index)`);
    await queryRunner.query(`CREATE INDEX report_recipient_recent ON report (recipient_id, submitted_at DESC)`);
    await queryRunner.query(`CREATE INDEX report_submitter ON report (submitter_id, submitted_at DESC)`);
    await queryRunner.query(`CREATE INDEX report_recent ON report (submitted_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX report_original ON report (original_id) WHERE original_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX report_corrects ON report (corrects_id) WHERE corrects_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX report_unit_path ON report (submitter_unit_path text_pattern_ops)`);

    await queryRunner.query(`
      CREATE TABLE mobilization_model (
        id text PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 500),
        kind text NOT NULL CHECK (kind IN ('COLLECTIVE', 'INDIVIDUAL')),
        field text NOT NULL CHECK (field IN ('ECONOMIC', 'CULTURAL_SOCIAL', 'DEFENCE_SECURITY', 'POLITICAL_SYSTEM')),
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        unit_code text NOT NULL,
        unit_path text NOT NULL,
        owner_type text NOT NULL CHECK (owner_type IN ${ORGANIZATION_TYPES}),
        owner_id text NOT NULL,
        description text,
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE INDEX mobilization_model_recent ON mobilization_model (year DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX mobilization_model_unit_code ON mobilization_model (unit_code, year DESC)`);
    await queryRunner.query(`CREATE INDEX mobilization_model_unit_path ON mobilization_model (unit_path text_pattern_ops)`);
    await queryRunner.query(`CREATE INDEX mobilization_model_owner ON mobilization_model (owner_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'mobilization_model',
      'report',
      'program_review',
      'program_participant',
      'coordination_program',
      'party_document_case',
      'party_document',
      'mass_mobilization_commission',
      'party_committee',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
