import type { MutationResolvers } from '../generated/resolvers';
import { addProgramParticipants, addProgramReview, createCoordinationProgram } from '../mutations/coordinationPrograms';
import { recordWorkingSession } from '../mutations/recordWorkingSession';
import { registerMobilizationModel } from '../mutations/registerMobilizationModel';
import { setReportingGuidance } from '../mutations/setReportingGuidance';
import { submitReport } from '../mutations/submitReport';

/** Each change runs through the library's `runMutation`: one transaction, audited, idempotent by key. */
export const Mutation: MutationResolvers = {
  submitReport: (_, { input }, ctx) => submitReport(input, ctx),
  createCoordinationProgram: (_, { input }, ctx) => createCoordinationProgram(input, ctx),
  addProgramParticipants: (_, { input }, ctx) => addProgramParticipants(input, ctx),
  addProgramReview: (_, { input }, ctx) => addProgramReview(input, ctx),
  registerMobilizationModel: (_, { input }, ctx) => registerMobilizationModel(input, ctx),
  recordWorkingSession: (_, { input }, ctx) => recordWorkingSession(input, ctx),
  setReportingGuidance: (_, { input }, ctx) => setReportingGuidance(input, ctx),
};
