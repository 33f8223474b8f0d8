import type { DataSource } from 'typeorm';
import { insertColumns, insertInChunks, withIndexesBuiltAfter } from '../../lib';
import { commissionRows, committeeRows } from './organizations';
import { documentCaseRows, documentRows } from './documents';
import { modelRows } from './models';
import { participantRows, programRows, reviewRows } from './programs';
import { storeDemoGuidance } from './guidance';
import { insertPatternReports, reportRows } from './reports';
import { workingSessionRows } from './workingSessions';
import {
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
} from '../../subgraphs/party/entities';

/**
 * The party's part of the demo world (design section 8): a committee for every demo
 * unit and a commission at central, provincial and district level; the documents,
 * the two coordination programs and Skilled Mass Mobilization models; the committees'
 * quarterly working sessions (seed/party/workingSessions.ts); and periodic
 * reports of every frequency from January 2024 to the seed date from every obligation
 * under the structure of each period's last day (about 350,000, made by PostgreSQL),
 * with hand-crafted Q3 2024 stories.
 * Deterministic ids and ON CONFLICT DO NOTHING make a second run change nothing.
 *
 * Expected Q3 2024 compliance (due 2024-10-10), asserted in test/party:
 * - Province 60 (Bình Thuận), as of 2024-10-20: 20 obligations (10 rule 1, 10 rule 2);
 *   onTime 15, late 3 (FU-60 at 00:30 on the 11th, YU-60, PC-602), overdue 2 (VA-60,
 *   PC-599), notYetDue 0, rate 0.75. PCOM-60 at 23:30 on the due date is on time; WU-60
 *   is on time and shows its correction of the 15th; POL-60's urgent report of
 *   2024-08-20 counts for nothing.
 * - District 596 (Bắc Bình), as of 2024-10-20: 27 obligations (9 rule 1, 18 communes);
 *   onTime 22, late 2 (TU-596, PC-23035), overdue 3 (YU-596, PC-23047, PC-23056),
 *   rate 22/27. As of 2024-10-25, PC-23056 (submitted the 22nd) is late: 22, 3, 2.
 *   FU-596 is on time and shows its correction of the 18th.
 * - Commune 23035 (Phan Hòa), as of 2024-10-20: 8 obligations, no copy (no commission);
 *   onTime 6, late 1 (FU-23035), overdue 1 (VA-23035, submitted the 21st), rate 0.75.
 *   As of 2024-10-21: 6, 2, 0.
 * - As of 2024-10-10 (the due date) nothing missing is overdue yet: NOT_YET_DUE.
 */
export async function seedDemo(db: DataSource): Promise<void> {
  await db.transaction(async (manager) => {
    await insertInChunks(manager, PartyCommitteeEntity, committeeRows());
    await insertInChunks(manager, MassMobilizationCommissionEntity, commissionRows());
    await insertInChunks(manager, PartyDocumentEntity, documentRows());
    await insertInChunks(manager, PartyDocumentCaseEntity, documentCaseRows());
    await insertInChunks(manager, CoordinationProgramEntity, programRows());
    await insertInChunks(manager, ProgramParticipantEntity, participantRows());
    await insertInChunks(manager, ProgramReviewEntity, reviewRows());
    await insertInChunks(manager, MobilizationModelEntity, modelRows());
    const sessions = workingSessionRows();
    await insertInChunks(manager, WorkingSessionEntity, sessions.sessions);
    await insertInChunks(manager, WorkingSessionParticipantEntity, sessions.participants);
    await insertInChunks(manager, WorkingSessionCaseEntity, sessions.cases);
    await withIndexesBuiltAfter(manager, 'report', async () => {
      await insertColumns(manager, ReportEntity, reportRows());
      await insertPatternReports(manager);
    });
  });
  await storeDemoGuidance(db);
}
