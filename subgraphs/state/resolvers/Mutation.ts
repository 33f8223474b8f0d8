import { MutationResolvers } from '../generated/resolvers';
import { changeCaseStatus } from '../mutations/changeCaseStatus';
import { openCase } from '../mutations/openCase';
import { recordDialogue } from '../mutations/recordDialogue';
import { transferCase } from '../mutations/transferCase';

export const Mutation: MutationResolvers = {
  openCase: (_, { input }, ctx) => openCase(input, ctx),
  changeCaseStatus: (_, { input }, ctx) => changeCaseStatus(input, ctx),
  recordDialogue: (_, { input }, ctx) => recordDialogue(input, ctx),
  transferCase: (_, { input }, ctx) => transferCase(input, ctx),
};
