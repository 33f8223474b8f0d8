import { AUDIT_ENTITIES } from '../../../lib';
import { CampaignEntity } from './Campaign';
import { FrontOrganizationEntity } from './FrontOrganization';
import { RecommendationEntity } from './Recommendation';
import { RecommendationTransferEntity } from './RecommendationTransfer';
import { SupervisionEntity } from './Supervision';

export { CampaignEntity, FrontOrganizationEntity, RecommendationEntity, RecommendationTransferEntity, SupervisionEntity };

/** Every entity of the front database, for the data source: its own records, then the library's audit and idempotency tables. */
export const entities = [
  FrontOrganizationEntity,
  SupervisionEntity,
  RecommendationEntity,
  RecommendationTransferEntity,
  CampaignEntity,
  ...AUDIT_ENTITIES,
];
