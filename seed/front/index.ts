import type { DataSource } from 'typeorm';
import { insertInChunks } from '../../lib';
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
}
