import { DataSource } from 'typeorm';
import { filteredListLoader, listLoader, recordLoader, unitsOnPath, whereInSubtrees, type Viewer, isUuid } from '../../lib';
import { AdministrativeUnit } from './entities/AdministrativeUnit';
import { Case, CaseCategory, FINISHED_STATUSES, OPEN_STATUSES } from './entities/Case';
import { Dialogue } from './entities/Dialogue';
import { StateAgency } from './entities/StateAgency';
import { agencyQuery, unitQuery, visibleCases, visibleDialogues } from './queries';
import { casesByCategory, CaseCategoryRow, DialogueLevelRow, dialoguesByLevel, agenciesInSubtrees, StatisticsRange } from './statistics';

/** Arguments of `AdministrativeUnit.cases`, normalized so equal arguments batch together. */
export interface UnitCaseArgs {
  open: boolean | null;
  category: CaseCategory | null;
}

/** Arguments of `AdministrativeUnit.dialogues`. */
export interface UnitDialogueArgs {
  from: string | null;
  to: string | null;
}

/** Arguments of `StateAgency.casesResponsible`. */
export interface AgencyCaseArgs {
  open: boolean | null;
}

/** Kinds ranked first in a unit's list of agencies: its executive, then its elected council. */
const AGENCY_RANK: Record<string, number> = { PEOPLES_COMMITTEE: 0, PEOPLES_COUNCIL: 1 };

function byAgencyRank(a: StateAgency, b: StateAgency): number {
  return (AGENCY_RANK[a.kind] ?? 2) - (AGENCY_RANK[b.kind] ?? 2) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The request's loaders: one per entity type by key, one per batched list field by
 * parent key. Every resolver reads through these, so a list of N parents costs the
 * same number of statements as a list of one.
 */
export function createLoaders(db: DataSource, viewer: Viewer) {
  const cases = () => visibleCases(db, viewer);
  const dialogues = () => visibleDialogues(db, viewer);
  /** Dialogues in the order of every list of them: most recent first, the id breaking ties. */
  const dialoguesMostRecentFirst = () => dialogues().orderBy('d.held_on', 'DESC').addOrderBy('d.id', 'DESC');

  function caseFilters(query: ReturnType<typeof cases>, open: boolean | null, category?: CaseCategory | null) {
    if (open !== null) {
      query.andWhere('c.status IN (:...statuses)', { statuses: open ? OPEN_STATUSES : FINISHED_STATUSES });
    }
    if (category) query.andWhere('c.category = :category', { category });
    return query.orderBy('c.opened_on', 'DESC').addOrderBy('c.id', 'DESC');
  }

  function dialogueDates(query: ReturnType<typeof dialogues>, { from, to }: UnitDialogueArgs) {
    if (from) query.andWhere('d.held_on >= :from', { from });
    if (to) query.andWhere('d.held_on <= :to', { to });
    return query;
  }

  return {
    unit: recordLoader<AdministrativeUnit>(
      (codes) => unitQuery(db).where('u.code IN (:...codes)', { codes }).getMany(),
      (u) => u.code,
    ),
    agency: recordLoader<StateAgency>(
      (ids) => agencyQuery(db).where('a.id IN (:...ids)', { ids }).getMany(),
      (a) => a.id,
    ),
    case: recordLoader<Case>(
      async (ids) => {
        const valid = ids.filter(isUuid);
        return valid.length ? cases().andWhere('c.id IN (:...ids)', { ids: valid }).getMany() : [];
      },
      (c) => c.id,
    ),
    caseByReference: recordLoader<Case>(
      (references) => cases().andWhere('c.reference IN (:...references)', { references }).getMany(),
      (c) => c.reference,
    ),
    dialogue: recordLoader<Dialogue>(
      async (ids) => {
        const valid = ids.filter(isUuid);
        return valid.length ? dialogues().andWhere('d.id IN (:...ids)', { ids: valid }).getMany() : [];
      },
      (d) => d.id,
    ),

    /** `AdministrativeUnit.children`, by parent code, ordered by code. */
    unitChildren: listLoader<AdministrativeUnit>(
      (codes) => unitQuery(db).where('u.parent_code IN (:...codes)', { codes }).orderBy('u.code', 'ASC').getMany(),
      (u) => u.parentCode!,
    ),
    /** `AdministrativeUnit.stateAgencies`, by unit code: People's Committee, People's Council, then the rest by id. */
    unitAgencies: listLoader<StateAgency>(
      async (codes) => (await agencyQuery(db).where('a.unit_code IN (:...codes)', { codes }).getMany()).sort(byAgencyRank),
      (a) => a.unitCode,
    ),
    /** `AdministrativeUnit.peoplesCommittee`, by unit code. */
    peoplesCommittee: recordLoader<StateAgency>(
      (codes) => agencyQuery(db).where('a.unit_code IN (:...codes)', { codes }).andWhere(`a.kind = 'PEOPLES_COMMITTEE'`).getMany(),
      (a) => a.unitCode,
    ),
    /** `AdministrativeUnit.cases` located in the unit itself. */
    casesInUnit: filteredListLoader<UnitCaseArgs, Case>(
      (codes, { open, category }) => caseFilters(cases().andWhere('c.unit_code IN (:...codes)', { codes }), open, category).getMany(),
      (c) => c.unitCode,
    ),
    /**
     * `AdministrativeUnit.cases(includeDescendants: true)`: one prefix match for the
     * whole batch; each row belongs to every unit on its path that was asked for.
     */
    casesUnderUnit: filteredListLoader<UnitCaseArgs, Case>(
      (codes, { open, category }) => caseFilters(whereInSubtrees(cases(), 'c', codes), open, category).getMany(),
      (c) => unitsOnPath(c.unitPath),
    ),
    /** `AdministrativeUnit.dialogues` held in the unit itself. */
    dialoguesInUnit: filteredListLoader<UnitDialogueArgs, Dialogue>(
      (codes, args) => dialogueDates(dialoguesMostRecentFirst().andWhere('d.unit_code IN (:...codes)', { codes }), args).getMany(),
      (d) => d.unitCode,
    ),
    /** `AdministrativeUnit.dialogues(includeDescendants: true)`. */
    dialoguesUnderUnit: filteredListLoader<UnitDialogueArgs, Dialogue>(
      (codes, args) => dialogueDates(whereInSubtrees(dialoguesMostRecentFirst(), 'd', codes), args).getMany(),
      (d) => unitsOnPath(d.unitPath),
    ),
    /** `StateAgency.casesResponsible`, by agency id. */
    agencyCases: filteredListLoader<AgencyCaseArgs, Case>(
      (ids, { open }) => caseFilters(cases().andWhere('c.responsible_agency_id IN (:...ids)', { ids }), open).getMany(),
      (c) => c.responsibleAgencyId,
    ),
    /** `StateAgency.dialoguesHosted`, by agency id. */
    agencyDialogues: listLoader<Dialogue>(
      (ids) => dialoguesMostRecentFirst().andWhere('d.host_agency_id IN (:...ids)', { ids }).getMany(),
      (d) => d.hostAgencyId,
    ),
    /** `Case.dialogues`, by case id. */
    caseDialogues: listLoader<Dialogue>(
      (ids) => dialoguesMostRecentFirst().andWhere('d.case_id IN (:...ids)', { ids }).getMany(),
      (d) => d.caseId!,
    ),

    /**
     * `UnitStatistics.dialoguesByLevel`, keyed by the statistics' unit and range: the
     * batch is grouped by range, one aggregate statement for each (see `statistics.ts`).
     */
    dialoguesByLevel: filteredListLoader<StatisticsRange, DialogueLevelRow>(
      (codes, range) => dialoguesByLevel(db, codes, range),
      (row) => row.unitCode,
    ),
    /** `UnitStatistics.casesByCategory`, batched as `dialoguesByLevel`. */
    casesByCategory: filteredListLoader<StatisticsRange, CaseCategoryRow>(
      (codes, range) => casesByCategory(db, codes, range),
      (row) => row.unitCode,
    ),
    /** `UnitStatistics.stateAgencies`, by unit code: each agency belongs to every unit on its path that was asked for. */
    agenciesInSubtree: listLoader<StateAgency>(
      (codes) => agenciesInSubtrees(db, codes),
      (a) => unitsOnPath(a.unitPath),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
