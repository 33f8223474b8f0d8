import { CampaignEntity } from './Campaign';
import { FrontOrganizationEntity } from './FrontOrganization';
import { RecommendationEntity } from './Recommendation';
import { SupervisionEntity } from './Supervision';

export { CampaignEntity, FrontOrganizationEntity, RecommendationEntity, SupervisionEntity };

/** Every entity of the front database, for the data source. */
export const entities = [FrontOrganizationEntity, SupervisionEntity, RecommendationEntity, CampaignEntity];
