import type { Case } from '../entities/Case';
import type { Dialogue } from '../entities/Dialogue';

/**
 * A record as the audit log keeps it (`before`/`after`): the fields the graph
 * publishes, under their GraphQL names, with related records by id. Internal
 * columns (`unit_path`, timestamps) are left out: they follow from these.
 */

export function caseSnapshot(c: Case): object {
  return {
    id: c.id,
    reference: c.reference,
    title: c.title,
    description: c.description,
    category: c.category,
    status: c.status,
    classification: c.classification,
    unitCode: c.unitCode,
    responsibleAgencyId: c.responsibleAgencyId,
    householdsAffected: c.householdsAffected,
    openedOn: c.openedOn,
    resolvedOn: c.resolvedOn,
    version: c.version,
  };
}

export function dialogueSnapshot(d: Dialogue): object {
  return {
    id: d.id,
    title: d.title,
    heldOn: d.heldOn,
    unitCode: d.unitCode,
    level: d.level,
    hostAgencyId: d.hostAgencyId,
    chairedBy: d.chairedByName && d.chairedByTitle ? { name: d.chairedByName, title: d.chairedByTitle } : null,
    participants: d.participants,
    issuesRaised: d.issuesRaised,
    issuesResolved: d.issuesResolved,
    summary: d.summary,
    caseId: d.caseId,
    classification: d.classification,
  };
}
