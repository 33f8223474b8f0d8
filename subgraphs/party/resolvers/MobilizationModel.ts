import type { MobilizationModelResolvers } from '../generated/resolvers';
import { resolveOrganization } from '../organizations';

export const MobilizationModel: MobilizationModelResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.mobilizationModel.load(ref.id),
  unit: (model) => ({ code: model.unitCode }),
  owner: (model, _, ctx) => resolveOrganization(model.ownerType, model.ownerId, ctx),
};
