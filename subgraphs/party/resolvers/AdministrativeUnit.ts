import { referenceUnit } from '../../../lib';
import type { AdministrativeUnitResolvers } from '../generated/resolvers';
import { unitCompliance } from '../reporting/compliance';

export const AdministrativeUnit: AdministrativeUnitResolvers = {
  // The official unit list is public reference data: an unknown code is null without asking the database.
  // The representation is kept whole: it carries the fields `reportingCompliance` @requires.
  __resolveReference: (ref) => (referenceUnit(ref.code) ? ref : null),
  partyCommittee: (unit, _, ctx) => ctx.loaders.committeeByUnit.load(unit.code),
  massMobilizationCommission: (unit, _, ctx) => ctx.loaders.commissionByUnit.load(unit.code),
  mobilizationModels: (unit, { includeDescendants, year }, ctx) =>
    (includeDescendants ? ctx.loaders.modelsInSubtree : ctx.loaders.modelsInUnit).load({
      parent: unit.code,
      args: { year: year ?? null },
    }),
  reportingCompliance: (unit, args, ctx) => unitCompliance(unit, args, ctx),
};
