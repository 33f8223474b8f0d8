import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PartyDocumentEntity } from './PartyDocument';

/** A case (state subgraph) that a party document directs the handling of. */
@Entity({ name: 'party_document_case' })
export class PartyDocumentCaseEntity {
  @PrimaryColumn({ name: 'document_id', type: 'text' })
  documentId: string;

  /** A state subgraph `Case` id: another database, so no foreign key. */
  @PrimaryColumn({ name: 'case_id', type: 'text' })
  caseId: string;

  @ManyToOne(() => PartyDocumentEntity, (document) => document.caseLinks)
  @JoinColumn({ name: 'document_id' })
  document?: PartyDocumentEntity;
}
