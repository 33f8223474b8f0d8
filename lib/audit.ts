import { Column, Entity, MigrationInterface, PrimaryColumn, PrimaryGeneratedColumn, QueryRunner } from 'typeorm';

/**
 * Every mutation writes one audit row in the owner's database, in the same
 * transaction as the change (design section 6): who, for which organization,
 * which operation on which record, the record before and after, and when.
 */
@Entity({ name: 'audit_entry' })
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  @Column({ name: 'actor_subject', type: 'text' })
  actorSubject: string;

  @Column({ name: 'actor_organization_type', type: 'text' })
  actorOrganizationType: string;

  @Column({ name: 'actor_organization_id', type: 'text' })
  actorOrganizationId: string;

  @Column({ name: 'owner_organization_type', type: 'text' })
  ownerOrganizationType: string;

  @Column({ name: 'owner_organization_id', type: 'text' })
  ownerOrganizationId: string;

  @Column({ type: 'text' })
  operation: string;

  @Column({ name: 'record_type', type: 'text' })
  recordType: string;

  @Column({ name: 'record_id', type: 'text' })
  recordId: string;

  @Column({ type: 'jsonb', nullable: true })
  before: object | null;

  @Column({ type: 'jsonb' })
  after: object;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey: string | null;
}

/**
 * A claimed idempotency key: per acting organization, the first request's
 * fingerprint and the record it produced, so a retry returns that record and the
 * same key with other input is refused.
 */
@Entity({ name: 'idempotency_key' })
export class IdempotencyKeyEntity {
  @PrimaryColumn({ name: 'organization_type', type: 'text' })
  organizationType: string;

  @PrimaryColumn({ name: 'organization_id', type: 'text' })
  organizationId: string;

  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'text' })
  operation: string;

  @Column({ name: 'request_hash', type: 'text' })
  requestHash: string;

  @Column({ name: 'record_id', type: 'text', nullable: true })
  recordId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}

export const AUDIT_ENTITIES = [AuditEntryEntity, IdempotencyKeyEntity];

/** The audit and idempotency tables, the same in every subgraph's database. */
export class AuditAndIdempotency1734000000000 implements MigrationInterface {
  name = 'AuditAndIdempotency1734000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_subject text NOT NULL,
        actor_organization_type text NOT NULL,
        actor_organization_id text NOT NULL,
        owner_organization_type text NOT NULL,
        owner_organization_id text NOT NULL,
        operation text NOT NULL,
        record_type text NOT NULL,
        record_id text NOT NULL,
        before jsonb,
        after jsonb NOT NULL,
        idempotency_key text
      )`);
    await queryRunner.query(`CREATE INDEX audit_entry_owner_idx ON audit_entry (owner_organization_id, occurred_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX audit_entry_record_idx ON audit_entry (record_type, record_id)`);
    await queryRunner.query(`
      CREATE TABLE idempotency_key (
        organization_type text NOT NULL,
        organization_id text NOT NULL,
        key text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
        operation text NOT NULL,
        request_hash text NOT NULL,
        record_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_type, organization_id, key)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE idempotency_key');
    await queryRunner.query('DROP TABLE audit_entry');
  }
}
