import { unitOn } from '../../../lib';
import type { MobilizationModelResolvers } from '../generated/resolvers';

export const MobilizationModel: MobilizationModelResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.mobilizationModel.load(ref.id),
  unit: (model) => unitOn(model.unitCode, `${model.year}-12-31`),
  owner: (model, _, ctx) => ctx.loaders.organization(model.ownerType, model.ownerId),
};
