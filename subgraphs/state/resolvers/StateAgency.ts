import { official, required, successionResolvers, unitOfOrganization } from '../../../lib';
import type { Context } from '../context';
import { StateAgencyResolvers } from '../generated/resolvers';
import { viewUnit } from './AdministrativeUnit';

export const StateAgency: StateAgencyResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.agency.load(ref.id),

  // Its unit today, or on its last day if it has ended.
  unit: (agency, _, ctx) => {
    const { code, asOf } = unitOfOrganization(agency);
    return required(viewUnit(ctx, code, asOf), `unit ${code} of agency ${agency.id}`);
  },
  head: (agency) => official(agency.headName, agency.headTitle),
  ...successionResolvers((ctx: Context) => ({ record: ctx.loaders.agency, successors: ctx.loaders.agencySuccessors })),
  parentAgency: (agency, _, ctx) => (agency.parentAgencyId ? ctx.loaders.agency.load(agency.parentAgencyId) : null),
  casesResponsible: (agency, { open }, ctx) => ctx.loaders.agencyCases.load({ parent: agency.id, args: { open: open ?? null } }),
  dialoguesHosted: (agency, _, ctx) => ctx.loaders.agencyDialogues.load(agency.id),
};
