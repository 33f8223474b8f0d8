import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OrganizationTypeName } from '../../../lib';

/**
 * A recommendation handed from its addressee to the organization that carries the
 * addressee's unit on (design section 10: open records move on when their
 * organization ends). The transfers keep who was addressed when.
 */
@Entity({ name: 'recommendation_transfer' })
export class RecommendationTransferEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'recommendation_id', type: 'text' })
  recommendationId: string;

  @Column({ name: 'from_type', type: 'text' })
  fromType: OrganizationTypeName;

  @Column({ name: 'from_id', type: 'text' })
  fromId: string;

  @Column({ name: 'to_type', type: 'text' })
  toType: OrganizationTypeName;

  @Column({ name: 'to_id', type: 'text' })
  toId: string;

  /** The first day the receiving organization is the addressee. */
  @Column({ name: 'transferred_on', type: 'date' })
  transferredOn: string;

  @Column({ type: 'text' })
  reason: string;
}
