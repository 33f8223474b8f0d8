import { knownUnitReference, viewKey } from '../../../lib';
import type { AdministrativeUnitResolvers } from '../generated/resolvers';

export const AdministrativeUnit: AdministrativeUnitResolvers = {
  // The official unit list is public reference data: an unknown code is null without asking any database.
  __resolveReference: (ref) => knownUnitReference(ref),
  frontOrganizations: (unit, _, ctx) => ctx.loaders.frontOrganizationsByUnit.load(viewKey(unit)),
};
