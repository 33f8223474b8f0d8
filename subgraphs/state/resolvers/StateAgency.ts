import { official, required } from '../../../lib';
import { StateAgencyResolvers } from '../generated/resolvers';

export const StateAgency: StateAgencyResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.agency.load(ref.id),

  unit: (agency, _, ctx) => required(ctx.loaders.unit.load(agency.unitCode), `unit ${agency.unitCode} of agency ${agency.id}`),
  head: (agency) => official(agency.headName, agency.headTitle),
  parentAgency: (agency, _, ctx) => (agency.parentAgencyId ? ctx.loaders.agency.load(agency.parentAgencyId) : null),
  casesResponsible: (agency, { open }, ctx) => ctx.loaders.agencyCases.load({ parent: agency.id, args: { open: open ?? null } }),
  dialoguesHosted: (agency, _, ctx) => ctx.loaders.agencyDialogues.load(agency.id),
};
