import { CoordinationProgramEntity } from './CoordinationProgram';
import { MassMobilizationCommissionEntity } from './MassMobilizationCommission';
import { MobilizationModelEntity } from './MobilizationModel';
import { PartyCommitteeEntity } from './PartyCommittee';
import { PartyDocumentEntity } from './PartyDocument';
import { PartyDocumentCaseEntity } from './PartyDocumentCase';
import { ProgramParticipantEntity } from './ProgramParticipant';
import { ProgramReviewEntity } from './ProgramReview';
import { ReportEntity } from './Report';
import { WorkingSessionEntity } from './WorkingSession';
import { WorkingSessionCaseEntity } from './WorkingSessionCase';
import { WorkingSessionParticipantEntity } from './WorkingSessionParticipant';
import { ReportingGuidanceEntity } from './ReportingGuidance';

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
  WorkingSessionCaseEntity,
  WorkingSessionEntity,
  WorkingSessionParticipantEntity,
  ReportingGuidanceEntity,
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
  WorkingSessionEntity,
  WorkingSessionParticipantEntity,
  WorkingSessionCaseEntity,
  ReportingGuidanceEntity,
];
