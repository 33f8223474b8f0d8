import { checkRange, dayBefore, nearestVersion, todayInVietnam, viewingDay, viewKey } from '../../../lib';
import type { Context } from '../context';
import type { ViewedUnit } from '../entities/AdministrativeUnit';
import { AdministrativeUnitResolvers } from '../generated/resolvers';

/**
 * A unit viewed at a day (design section 10): the version of `code` in force then,
 * or the nearest one, viewed at the nearest day of its validity. Null when the state
 * has no unit with that code.
 */
export async function viewUnit(ctx: Context, code: string, asOf: string | null | undefined): Promise<ViewedUnit | null> {
  const day = asOf ?? todayInVietnam();
  const version = nearestVersion(await ctx.loaders.unitVersions.load(viewKey({ code, asOf: day })), day);
  return version ? { ...version, asOf: viewingDay(version, day) } : null;
}

const present = <T>(items: (T | null)[]): T[] => items.filter((item): item is T => item !== null);

export const AdministrativeUnit: AdministrativeUnitResolvers = {
  // The planner always hands the state `{code, asOf}` (the plain `code` key is not
  // resolvable); a hand-made `{code}` is viewed as of today.
  __resolveReference: (ref: { code: string; asOf?: string | null }, ctx) => viewUnit(ctx, ref.code, ref.asOf),

  parent: (unit, _, ctx) => (unit.parentCode ? viewUnit(ctx, unit.parentCode, unit.asOf) : null),
  children: async (unit, _, ctx) => (await ctx.loaders.unitChildren.load(viewKey(unit))).map((child) => ({ ...child, asOf: unit.asOf })),
  stateAgencies: (unit, _, ctx) => ctx.loaders.unitAgencies.load(viewKey(unit)),
  peoplesCommittee: async (unit, _, ctx) => (await ctx.loaders.peoplesCommittee.load(viewKey(unit)))[0] ?? null,

  // A successor is viewed on its first day, a predecessor on its last.
  successors: async (unit, _, ctx) => {
    if (unit.validTo === null) return [];
    const links = (await ctx.loaders.unitSuccessions.load(unit.code)).filter(
      (s) => s.predecessorCode === unit.code && dayBefore(s.on) === unit.validTo,
    );
    const units = await Promise.all(links.map((s) => viewUnit(ctx, s.successorCode, s.on)));
    return present(links.map((s, i) => (units[i] ? { unit: units[i]!, on: s.on, partial: s.partial } : null)));
  },
  predecessors: async (unit, _, ctx) => {
    if (unit.validFrom === null) return [];
    const links = (await ctx.loaders.unitSuccessions.load(unit.code)).filter(
      (s) => s.successorCode === unit.code && s.on === unit.validFrom,
    );
    const units = await Promise.all(links.map((s) => viewUnit(ctx, s.predecessorCode, dayBefore(s.on))));
    return present(links.map((s, i) => (units[i] ? { unit: units[i]!, on: s.on, partial: s.partial } : null)));
  },

  cases: (unit, { includeDescendants, open, category }, ctx) => {
    const loader = includeDescendants ? ctx.loaders.casesUnderUnit : ctx.loaders.casesInUnit;
    return loader.load({ parent: viewKey(unit), args: { open: open ?? null, category: category ?? null } });
  },

  dialogues: (unit, { includeDescendants, from, to }, ctx) => {
    checkRange('from', from, 'to', to);
    const loader = includeDescendants ? ctx.loaders.dialoguesUnderUnit : ctx.loaders.dialoguesInUnit;
    return loader.load({ parent: viewKey(unit), args: { from: from ?? null, to: to ?? null } });
  },

  // The key of the figures; each family computes its own fields from it.
  statistics: (unit, { from, to }) => {
    checkRange('from', from, 'to', to);
    return { unitCode: unit.code, asOf: unit.asOf, from, to };
  },
};
