import { official, required } from '../../../lib';
import { DialogueResolvers } from '../generated/resolvers';
import { viewUnit } from './AdministrativeUnit';

export const Dialogue: DialogueResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.dialogue.load(ref.id),

  unit: (row, _, ctx) => required(viewUnit(ctx, row.unitCode, row.heldOn), `unit ${row.unitCode} of dialogue ${row.id}`),
  hostAgency: (row, _, ctx) => required(ctx.loaders.agency.load(row.hostAgencyId), `agency ${row.hostAgencyId} of dialogue ${row.id}`),
  chairedBy: (row) => official(row.chairedByName, row.chairedByTitle),
  // Goes through the case loader, so a case the viewer may not see reads as null.
  case: (row, _, ctx) => (row.caseId ? ctx.loaders.case.load(row.caseId) : null),
};
