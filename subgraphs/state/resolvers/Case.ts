import { required, todayInVietnam } from '../../../lib';
import { CaseResolvers } from '../generated/resolvers';
import { viewUnit } from './AdministrativeUnit';

export const Case: CaseResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.case.load(ref.id),

  // The unit as it stood when the case was opened: every record keeps the unit it was recorded in.
  unit: (row, _, ctx) => required(viewUnit(ctx, row.unitCode, row.openedOn), `unit ${row.unitCode} of case ${row.id}`),
  // The agency of `asOf`: the one a transfer handed the case to by then, else the first one.
  responsibleAgency: async (row, { asOf }, ctx) => {
    const transfers = await ctx.loaders.caseTransfers.load(row.id);
    const day = asOf ?? todayInVietnam();
    const last = transfers.filter((t) => t.transferredOn <= day).at(-1);
    const id = last ? last.toAgencyId : (transfers[0]?.fromAgencyId ?? row.responsibleAgencyId);
    return required(ctx.loaders.agency.load(id), `agency ${id} of case ${row.id}`);
  },
  transfers: async (row, _, ctx) =>
    Promise.all(
      (await ctx.loaders.caseTransfers.load(row.id)).map(async (t) => ({
        from: await required(ctx.loaders.agency.load(t.fromAgencyId), `agency ${t.fromAgencyId} of a transfer of case ${row.id}`),
        to: await required(ctx.loaders.agency.load(t.toAgencyId), `agency ${t.toAgencyId} of a transfer of case ${row.id}`),
        on: t.transferredOn,
        reason: t.reason,
      })),
    ),
  dialogues: (row, _, ctx) => ctx.loaders.caseDialogues.load(row.id),
};
