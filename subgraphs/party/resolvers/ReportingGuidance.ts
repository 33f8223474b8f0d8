import type { ReportingGuidanceResolvers } from '../generated/resolvers';
import { guidanceBasis } from '../reporting/guidance';

export const ReportingGuidance: ReportingGuidanceResolvers = {
  commission: (guidance, _, ctx) =>
    guidance.commissionId === null ? null : ctx.loaders.massMobilizationCommission.load(guidance.commissionId),
  basis: (guidance) => guidanceBasis(guidance),
  dueDays: (guidance) => guidance.frequencies.map((frequency) => ({ frequency, days: guidance.dueDays[frequency]! })),
};
