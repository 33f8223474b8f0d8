import { unitOn } from '../../../lib';
import type { SupervisionResolvers } from '../generated/resolvers';
import { requiredFrontOrganization, resolveOrganization } from './Organization';

export const Supervision: SupervisionResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.supervision.load(ref.id),
  conductedBy: (supervision, _, ctx) => requiredFrontOrganization(supervision.conductedById, ctx),
  target: (supervision, _, ctx) => resolveOrganization(supervision.targetType, supervision.targetId, ctx),
  unit: (supervision) => unitOn(supervision.unitCode, supervision.startedOn),
  case: (supervision) => (supervision.caseId ? { id: supervision.caseId } : null),
  coordinationProgram: (supervision) => (supervision.coordinationProgramId ? { id: supervision.coordinationProgramId } : null),
  recommendations: (supervision, _, ctx) => ctx.loaders.recommendationsBySupervision.load(supervision.id),
};
