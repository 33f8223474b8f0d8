import { CoordinationProgramEntity } from './CoordinationProgram';
import { MassMobilizationCommissionEntity } from './MassMobilizationCommission';
import { MobilizationModelEntity } from './MobilizationModel';
import { PartyCommitteeEntity } from './PartyCommittee';
import { PartyDocumentEntity } from './PartyDocument';
import { PartyDocumentCaseEntity } from './PartyDocumentCase';
import { ProgramParticipantEntity } from './ProgramParticipant';
import { ProgramReviewEntity } from './ProgramReview';
import { ReportEntity } from './Report';

export {
  CoordinationProgramEntity,
  MassMobilizationCommissionEntity,
  MobilizationModelEntity,
  PartyCommitteeEntity,
  PartyDocumentCaseEntity,
  PartyDocumentEntity,
  ProgramParticipantEntity,
  ProgramReviewEntity,
  ReportEntity,
};

/** Every entity of the party database, for the data source. */
export const entities = [
  PartyCommitteeEntity,
  MassMobilizationCommissionEntity,
  PartyDocumentEntity,
  PartyDocumentCaseEntity,
  CoordinationProgramEntity,
  ProgramParticipantEntity,
  ProgramReviewEntity,
  ReportEntity,
  MobilizationModelEntity,
];
