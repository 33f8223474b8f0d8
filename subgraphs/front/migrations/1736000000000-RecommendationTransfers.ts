import { MigrationInterface, QueryRunner } from 'typeorm';
import { ORGANIZATION_TYPES } from '../../../lib';

const TYPES = `(${ORGANIZATION_TYPES.map((type) => `'${type}'`).join(', ')})`;

/**
 * Open recommendations move on (design section 10): a recommendation still open when
 * its addressee ended is handed to the organization that carries the addressee's unit
 * on, and the hand-over is kept, so that `Recommendation.addressedTo(asOf)` answers
 * for any day.
 */
export class RecommendationTransfers1736000000000 implements MigrationInterface {
  name = 'RecommendationTransfers1736000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE recommendation_transfer (
        id                uuid PRIMARY KEY,
        recommendation_id text NOT NULL REFERENCES recommendation (id) ON DELETE CASCADE,
        from_type         text NOT NULL CHECK (from_type IN ${TYPES}),
        from_id           text NOT NULL,
        to_type           text NOT NULL CHECK (to_type IN ${TYPES}),
        to_id             text NOT NULL,
        transferred_on    date NOT NULL,
        reason            text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
        CHECK ((from_type, from_id) <> (to_type, to_id)),
        UNIQUE (recommendation_id, transferred_on)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE recommendation_transfer`);
  }
}
