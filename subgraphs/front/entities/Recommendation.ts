import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OrganizationTypeName } from '../../../lib';

export type RecommendationStatus = 'PENDING' | 'ACCEPTED' | 'IN_PROGRESS' | 'IMPLEMENTED' | 'REJECTED';

/** A recommendation (kiến nghị) a supervision addressed to an organization; its status is followed up. */
@Entity({ name: 'recommendation' })
export class RecommendationEntity {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ name: 'supervision_id', type: 'text' })
  supervisionId: string;

  /** 1, 2, ...: the order in which the supervision made them. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  content: string;

  @Column({ name: 'addressed_to_type', type: 'text' })
  addressedToType: OrganizationTypeName;

  @Column({ name: 'addressed_to_id', type: 'text' })
  addressedToId: string;

  @Column({ type: 'text' })
  status: RecommendationStatus;

  @Column({ type: 'text', nullable: true })
  response: string | null;

  @Column({ name: 'status_changed_on', type: 'date' })
  statusChangedOn: string;

  /** Optimistic concurrency: a status change names the version it was read at. */
  @Column({ type: 'integer' })
  version: number;
}
