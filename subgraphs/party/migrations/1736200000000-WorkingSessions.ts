import { MigrationInterface, QueryRunner } from 'typeorm';

const ORGANIZATION_TYPES = `('PartyCommittee', 'MassMobilizationCommission', 'StateAgency', 'FrontOrganization', 'ArmedUnit')`;

/**
 * Working sessions (Decision 23-QĐ/TW, chapter 3, item 8): a party committee works
 * periodically with the commission, the Front, the socio-political organizations and
 * the agencies of its unit. The limits of the mutation are kept here too, so that no
 * path writes a session the API would refuse. Participants of other families and cases
 * are ids in other databases: no foreign key.
 */
export class WorkingSessions1736200000000 implements MigrationInterface {
  name = 'WorkingSessions1736200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE working_session (
        id text PRIMARY KEY,
        committee_id text NOT NULL REFERENCES party_committee (id),
        held_on date NOT NULL,
        unit_code text NOT NULL,
        unit_path text NOT NULL,
        topics text[] NOT NULL CHECK (cardinality(topics) BETWEEN 1 AND 20),
        conclusions text CHECK (length(conclusions) BETWEEN 1 AND 20000),
        classification text NOT NULL DEFAULT 'PUBLIC' CHECK (classification IN ('PUBLIC', 'RESTRICTED')),
        version integer NOT NULL DEFAULT 1
      )`);
    // A committee's sessions, most recent first (PartyCommittee.workingSessions).
    await queryRunner.query(`CREATE INDEX working_session_committee_held_on ON working_session (committee_id, held_on DESC)`);
    // A unit and everything below it (statistics, AdministrativeUnit.workingSessions).
    await queryRunner.query(`CREATE INDEX working_session_unit_path ON working_session (unit_path text_pattern_ops)`);

    await queryRunner.query(`
      CREATE TABLE working_session_participant (
        session_id text NOT NULL REFERENCES working_session (id) ON DELETE CASCADE,
        organization_type text NOT NULL CHECK (organization_type IN ${ORGANIZATION_TYPES}),
        organization_id text NOT NULL,
        position integer NOT NULL CHECK (position BETWEEN 0 AND 49),
        PRIMARY KEY (session_id, organization_type, organization_id),
        UNIQUE (session_id, position)
      )`);
    await queryRunner.query(`CREATE INDEX working_session_participant_organization ON working_session_participant (organization_id)`);

    await queryRunner.query(`
      CREATE TABLE working_session_case (
        session_id text NOT NULL REFERENCES working_session (id) ON DELETE CASCADE,
        case_id text NOT NULL,
        position integer NOT NULL CHECK (position BETWEEN 0 AND 19),
        PRIMARY KEY (session_id, case_id),
        UNIQUE (session_id, position)
      )`);
    await queryRunner.query(`CREATE INDEX working_session_case_case ON working_session_case (case_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['working_session_case', 'working_session_participant', 'working_session']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
