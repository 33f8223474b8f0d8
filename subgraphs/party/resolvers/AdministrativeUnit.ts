import { checkRange, knownUnitReference, versionOf, viewKey } from '../../../lib';
import type { AdministrativeUnitResolvers } from '../generated/resolvers';
import { unitCompliance } from '../reporting/compliance';
import { guidanceFor } from '../reporting/guidance';

export const AdministrativeUnit: AdministrativeUnitResolvers = {
  // The official unit list is public reference data: an unknown code is null without asking the database.
  // The representation is kept whole: it carries the fields `reportingCompliance` @requires.
  __resolveReference: (ref) => knownUnitReference(ref),
  partyCommittee: async (unit, _, ctx) => (await ctx.loaders.committeeByUnit.load(viewKey(unit)))[0] ?? null,
  massMobilizationCommission: async (unit, _, ctx) => (await ctx.loaders.commissionByUnit.load(viewKey(unit)))[0] ?? null,
  mobilizationModels: (unit, { includeDescendants, year }, ctx) =>
    (includeDescendants ? ctx.loaders.modelsInSubtree : ctx.loaders.modelsInUnit).load({
      parent: viewKey(unit),
      args: { year: year ?? null },
    }),
  workingSessions: (unit, { includeDescendants, from, to }, ctx) => {
    checkRange('from', from, 'to', to);
    const loader = includeDescendants ? ctx.loaders.sessionsUnderUnit : ctx.loaders.sessionsInUnit;
    return loader.load({ parent: viewKey(unit), args: { from: from ?? null, to: to ?? null } });
  },
  reportingCompliance: (unit, args, ctx) => unitCompliance(unit, args, ctx),
  reportingGuidance: async (unit, { startsOn }, ctx) => {
    // `__resolveReference` let through only units of the official lists, as they stood on `asOf`.
    const { path } = versionOf(unit)!;
    const day = startsOn ?? unit.asOf;
    return guidanceFor(await ctx.loaders.guidanceAtOrAbove.load(path), path, { startsOn: day, endsOn: day });
  },
};
