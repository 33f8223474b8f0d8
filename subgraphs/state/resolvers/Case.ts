import { required } from '../../../lib';
import { CaseResolvers } from '../generated/resolvers';

export const Case: CaseResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.case.load(ref.id),

  unit: (row, _, ctx) => required(ctx.loaders.unit.load(row.unitCode), `unit ${row.unitCode} of case ${row.id}`),
  responsibleAgency: (row, _, ctx) =>
    required(ctx.loaders.agency.load(row.responsibleAgencyId), `agency ${row.responsibleAgencyId} of case ${row.id}`),
  dialogues: (row, _, ctx) => ctx.loaders.caseDialogues.load(row.id),
};
