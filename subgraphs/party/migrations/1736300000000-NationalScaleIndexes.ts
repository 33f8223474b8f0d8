import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes the national data set showed missing (issue 11, item 2). Counting a unit's
 * working sessions over a date range (`UnitStatistics.workingSessions`) joins the
 * lineage's path patterns to `working_session` by path and day: a path pattern handed
 * in as a parameter cannot drive the `text_pattern_ops` index, the day range can, and
 * no index led with `held_on` (the committee's leads with `committee_id`), so each
 * count read the whole table. The same index serves `workingSessions(from, to)` over
 * a subtree.
 */
export class NationalScaleIndexes1736300000000 implements MigrationInterface {
  name = 'NationalScaleIndexes1736300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX working_session_held_on ON working_session (held_on)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX working_session_held_on`);
  }
}
