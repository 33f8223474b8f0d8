import { Column, Entity, PrimaryColumn } from 'typeorm';

export type CampaignKind = 'CAMPAIGN' | 'EMULATION_MOVEMENT';

/** A campaign (cuộc vận động) or emulation movement (phong trào thi đua) run by a Front or socio-political organization. */
@Entity({ name: 'campaign' })
export class CampaignEntity {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: CampaignKind;

  @Column({ name: 'organizer_id', type: 'text' })
  organizerId: string;

  @Column({ name: 'unit_code', type: 'text' })
  unitCode: string;

  @Column({ name: 'unit_path', type: 'text' })
  unitPath: string;

  /** A party subgraph `CoordinationProgram` id. */
  @Column({ name: 'coordination_program_id', type: 'text', nullable: true })
  coordinationProgramId: string | null;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  /** Null for an open-ended campaign. */
  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}
