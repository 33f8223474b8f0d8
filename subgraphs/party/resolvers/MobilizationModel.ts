import type { MobilizationModelResolvers } from '../generated/resolvers';

export const MobilizationModel: MobilizationModelResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.mobilizationModel.load(ref.id),
  unit: (model) => ({ code: model.unitCode }),
  owner: (model, _, ctx) => ctx.loaders.organization(model.ownerType, model.ownerId),
};
