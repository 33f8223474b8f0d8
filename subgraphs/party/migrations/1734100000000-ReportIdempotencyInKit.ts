import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `submitReport` now runs through the library's `runMutation`, like every other
 * mutation: its idempotency keys live in the library's `idempotency_key` table (scoped
 * to the acting organization), so the report's own `idempotency_key` and
 * `request_hash` columns go. Runs after the library's `AuditAndIdempotency` migration,
 * which creates that table.
 *
 * Keys already used are carried over, claimed by the submitter (the only
 * organization that could submit before), so that a key is never spent twice. Their
 * fingerprints were computed another way, so a late retry of such a submission is
 * answered CONFLICT rather than filed a second time.
 */
export class ReportIdempotencyInKit1734100000000 implements MigrationInterface {
  name = 'ReportIdempotencyInKit1734100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      INSERT INTO idempotency_key (organization_type, organization_id, key, operation, request_hash, record_id, created_at)
      SELECT submitter_type, submitter_id, idempotency_key, 'submitReport', 'legacy:' || request_hash, id, submitted_at
        FROM report
       WHERE idempotency_key IS NOT NULL
      ON CONFLICT DO NOTHING`);
    // Dropping the columns drops their UNIQUE and CHECK constraints with them.
    await queryRunner.query(`ALTER TABLE report DROP COLUMN idempotency_key, DROP COLUMN request_hash`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE report
        ADD COLUMN idempotency_key text UNIQUE CHECK (length(idempotency_key) BETWEEN 1 AND 200),
        ADD COLUMN request_hash text,
        ADD CHECK ((idempotency_key IS NULL) = (request_hash IS NULL))`);
    // The keys stay in the library's table: the columns come back empty.
  }
}
