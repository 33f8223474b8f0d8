import { Column, Entity, OneToMany, PrimaryColumn, VersionColumn } from 'typeorm';
import type { Classification } from './Report';
import { PartyDocumentCaseEntity } from './PartyDocumentCase';

export const DOCUMENT_KINDS = ['RESOLUTION', 'DIRECTIVE', 'REGULATION', 'DECISION', 'CONCLUSION', 'INSTRUCTION', 'PLAN'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * A party document (resolution, directive, decision, ...) issued in a committee's
 * name. Read only through `visibleDocuments` (queries.ts): it may be classified.
 */
@Entity({ name: 'party_document' })
export class PartyDocumentEntity {
  /** A UUID. */
  @PrimaryColumn({ type: 'text' })
  id: string;

  /** Number and symbol, e.g. `23-QĐ/TW`. */
  @Column({ type: 'text' })
  number: string;

  @Column({ type: 'text' })
  kind: DocumentKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn: string;

  @Column({ name: 'issuer_id', type: 'text' })
  issuerId: string;

  /** The issuer's unit: a document applies to that unit and everything below it. */
  @Column({ name: 'unit_code', type: 'text' })
  unitCode: string;

  @Column({ name: 'unit_path', type: 'text' })
  unitPath: string;

  @Column({ type: 'text' })
  classification: Classification;

  @VersionColumn()
  version: number;

  /** Loaded only by the `Case.directives` loader, which joins the links of the cases asked for. */
  @OneToMany(() => PartyDocumentCaseEntity, (link) => link.document)
  caseLinks?: PartyDocumentCaseEntity[];
}
