import { badInput } from '../../lib';

/**
 * What the state subgraph holds of entities other families own: their key and the
 * fields it `@requires`, nothing else; the gateway fetches the rest from their owners.
 * The state extends one such entity, the party's `PartyDocument` (with its `cases`).
 * It names no other family's organization: its records are owned by its own agencies.
 */

/** A `PartyDocument` (owned by the party subgraph) as the gateway hands it over for `cases`: its key and the case ids it names. */
export interface PartyDocumentReference {
  id: string;
  /** From the party subgraph (`@requires(fields: "caseIds")`). */
  caseIds: string[];
}

/**
 * A `PartyDocument` representation, checked: `_entities` takes any JSON from anyone,
 * so the ids must be a list of strings (BAD_USER_INPUT naming `caseIds` otherwise).
 */
export function partyDocumentReference(ref: { id: string; caseIds?: unknown }): PartyDocumentReference {
  if (!Array.isArray(ref.caseIds) || !ref.caseIds.every((id: unknown) => typeof id === 'string')) {
    throw badInput('caseIds', ref.caseIds, 'a list of case ids');
  }
  return ref as PartyDocumentReference;
}
