import { randomUUID } from 'node:crypto';
import {
  badInput,
  ERRORS,
  MAX_LONG_TEXT,
  optionalText,
  organizationRef,
  referenceUnit,
  requireEditor,
  requireOrganizations,
  requireText,
  requireUnitPath,
  requireWriter,
  runMutation,
  vietnamDate,
  type OrganizationRef,
} from '../../../lib';
import type { Context } from '../context';
import { MobilizationModelEntity, PartyCommitteeEntity } from '../entities';
import type { RegisterMobilizationModelInput } from '../generated/resolvers';
import { aboveUnitCommittee } from '../hierarchy';
import { MIN_YEAR } from '../reporting/periods';

export const MAX_NAME_LENGTH = 300;

/** What the audit row keeps of a model: every field a reader sees, and its version (the unit path is derived). */
function snapshot(model: MobilizationModelEntity): object {
  const { unitPath: _path, ...fields } = model;
  return fields;
}

/**
 * `registerMobilizationModel`: a "Skilled Mass Mobilization" (Dân vận khéo) model
 * recognized in a unit. The party committee of the unit recognizes and keeps the
 * record of its models (the emulation movement is led by the committees and run by
 * their Mass Mobilization Commissions, Decision 23-QĐ/TW), so it owns the record
 * whoever built the model; an editor of that committee or its commission, or of a
 * commission or committee above them, may register it.
 *
 * First who may register it (from the unit's committee), then the input, then the
 * organization that built the model, of any family, by its owner's records.
 */
export async function registerMobilizationModel(
  input: RegisterMobilizationModelInput,
  ctx: Context,
  now: Date = new Date(),
): Promise<MobilizationModelEntity> {
  const operation = 'registerMobilizationModel';
  requireEditor(ctx.viewer, operation);
  // The unit decides who owns the record: its committee in force today. Its code is checked
  // against the official lists (public), and the unit must be in force today.
  const today = vietnamDate(now);
  const unitPath = requireUnitPath('input.unitCode', input.unitCode, today);
  // Committees change by no mutation: read outside the transaction.
  const committee = await ctx.db.manager
    .createQueryBuilder(PartyCommitteeEntity, 'pc')
    .where('pc.unit_code = :code AND :today BETWEEN pc.valid_from AND pc.valid_to', { code: input.unitCode, today })
    .getOne();
  if (!committee) {
    throw ERRORS.NOT_FOUND.err(`input.unitCode: no party committee is recorded for unit ${input.unitCode}`, { field: 'input.unitCode' });
  }
  const owner: OrganizationRef = { type: 'PartyCommittee', id: committee.id };
  requireWriter(ctx.viewer, operation, 'input.unitCode', owner, await aboveUnitCommittee(ctx.db.manager, committee.id));

  const name = requireText('input.name', input.name, MAX_NAME_LENGTH);
  const thisYear = Number(today.slice(0, 4));
  if (!Number.isInteger(input.year) || input.year < MIN_YEAR || input.year > thisYear) {
    throw badInput(
      'input.year',
      input.year,
      `a year from ${MIN_YEAR} to ${thisYear}: a model is registered once recognized, not in the future`,
    );
  }
  if (referenceUnit(input.unitCode, today)!.level === 'CENTRAL') {
    throw badInput('input.unitCode', input.unitCode, 'a province, district or commune: models are built in a unit below the nation');
  }
  const builtBy = organizationRef('input.owner', input.owner);
  const description = optionalText('input.description', input.description, MAX_LONG_TEXT);
  await requireOrganizations(ctx, [builtBy]);
  const fields = {
    name,
    kind: input.kind,
    field: input.field,
    year: input.year,
    unitCode: input.unitCode,
    owner: { type: builtBy.type, id: builtBy.id },
    description,
    idempotencyKey: input.idempotencyKey ?? null,
  };

  return runMutation(
    ctx.db,
    ctx.viewer,
    { operation, recordType: 'MobilizationModel', input: fields },
    async (manager) => {
      const model = manager.create(MobilizationModelEntity, {
        id: randomUUID(),
        name: fields.name,
        kind: fields.kind,
        field: fields.field,
        year: fields.year,
        unitCode: fields.unitCode,
        unitPath,
        ownerType: fields.owner.type,
        ownerId: fields.owner.id,
        description: fields.description,
        version: 1,
      });
      await manager.insert(MobilizationModelEntity, model);
      return { record: model, recordId: model.id, owner, before: null, after: snapshot(model) };
    },
    async (manager, id) => manager.findOneByOrFail(MobilizationModelEntity, { id }),
  );
}
