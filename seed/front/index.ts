import type { DataSource } from 'typeorm';
import { insertInChunks, LAST_THREE_LEVEL_DAY, TWO_LEVEL_FIRST_DAY, type Viewer } from '../../lib';
import { OPEN_RECOMMENDATION_STATUSES, storeRecommendationTransfer } from '../../subgraphs/front/mutations/transferRecommendation';
import { demoCarrierOf } from '../organizations';
import { demoCampaigns } from './campaigns';
import { demoOrganizations } from './organizations';
import { demoSupervisions } from './supervisions';
import { CampaignEntity, FrontOrganizationEntity, RecommendationEntity, SupervisionEntity } from '../../subgraphs/front/entities';

/**
 * The front's part of the demo world (design section 8): the Front and
 * socio-political organizations of every demo unit, the supervisions and
 * campaigns of the stories and some ordinary ones. Ids are deterministic, so a
 * second run inserts nothing.
 */
export async function seedDemo(db: DataSource): Promise<void> {
  const { supervisions, recommendations } = demoSupervisions();
  await db.transaction(async (manager) => {
    // Parents before children: organizations before what they conduct and organize.
    await insertInChunks(manager, FrontOrganizationEntity, demoOrganizations());
    await insertInChunks(manager, SupervisionEntity, supervisions);
    await insertInChunks(manager, RecommendationEntity, recommendations);
    await insertInChunks(manager, CampaignEntity, demoCampaigns());
  });
  await carryOnOpenRecommendations(db, supervisions);
}

/**
 * The 2025 reorganization (design section 10): every demo recommendation still open
 * whose addressee ended on 2025-06-30 moves on, on 2025-07-01, to the organization of
 * the same kind that carried the addressee's unit on (a district People's Committee's
 * to the new province's, Phan Hòa's to Xã Bắc Bình's), through the product's own
 * transfer, in the name of the conductor or of its carrier when the conductor ended
 * too (audited, one idempotency key per recommendation: a second seeding changes nothing).
 */
async function carryOnOpenRecommendations(db: DataSource, supervisions: readonly SupervisionEntity[]): Promise<void> {
  const conductors = new Map(supervisions.map((s) => [s.id, s.conductedById]));
  const open = await db.manager.find(RecommendationEntity, { order: { id: 'ASC' } });
  for (const current of open) {
    if (!OPEN_RECOMMENDATION_STATUSES.includes(current.status)) continue;
    const { addressedToType: type, addressedToId: id } = current;
    // A department the new unit does not have (Bình Thuận's DONRE) is carried on by the unit's People's Committee.
    const to = demoCarrierOf(type, id) ?? (type === 'StateAgency' ? demoCarrierOf(type, id, 'PCOM') : undefined);
    if (!to) continue; // in force, or carried on by an earlier seeding
    const conductor = conductors.get(current.supervisionId)!;
    const actor = demoCarrierOf('FrontOrganization', conductor) ?? conductor;
    const viewer: Viewer = { sub: 'seed', org: { type: 'FrontOrganization', id: actor }, roles: ['editor'] };
    await storeRecommendationTransfer(db, viewer, {
      current,
      owner: { type: 'FrontOrganization', id: conductor },
      to: { type, id: to },
      transferredOn: TWO_LEVEL_FIRST_DAY,
      reason: `Sắp xếp đơn vị hành chính 2025: ${id} kết thúc hoạt động ngày ${LAST_THREE_LEVEL_DAY}; ${to} tiếp nhận, trả lời kiến nghị.`,
      version: current.version,
      idempotencyKey: `demo/carry-on/${current.id}`,
    });
  }
}
