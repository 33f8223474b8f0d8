import { DataSource } from 'typeorm';
import {
  codesOf,
  filteredListLoader,
  isUuid,
  listLoader,
  parseViewKey,
  recordLoader,
  successorsLoader,
  type Viewer,
  viewsHolding,
  viewsOfCode,
  viewsOfRow,
  whereInLineages,
} from '../../lib';
import { AdministrativeUnit, UnitSuccessionRecord } from './entities/AdministrativeUnit';
import { Case, CaseCategory, FINISHED_STATUSES, OPEN_STATUSES } from './entities/Case';
import { CaseTransfer } from './entities/CaseTransfer';
import { Dialogue } from './entities/Dialogue';
import { StateAgency } from './entities/StateAgency';
import { agencyQuery, unitQuery, visibleCases, visibleDialogues } from './queries';
import { casesByCategory, CaseCategoryRow, DialogueLevelRow, dialoguesByLevel, agenciesInLineages, StatisticsRange } from './statistics';

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
    /** Every version of the unit of each view (`code@asOf`), oldest first: the resolver picks the one the view shows. */
    unitVersions: listLoader<AdministrativeUnit>(
      (keys) =>
        unitQuery(db)
          .where('u.code IN (:...codes)', { codes: codesOf(keys) })
          .orderBy('u.valid_from', 'ASC')
          .getMany(),
      (u, keys) => viewsOfCode(keys, u.code),
    ),
    /** The successions each code took part in, on either side (one statement for the batch). */
    unitSuccessions: listLoader<UnitSuccessionRecord>(
      (codes) =>
        db
          .getRepository(UnitSuccessionRecord)
          .createQueryBuilder('s')
          .where('s.predecessor_code IN (:...codes) OR s.successor_code IN (:...codes)', { codes })
          .orderBy('s.successor_code')
          .addOrderBy('s.predecessor_code')
          .getMany(),
      // A code carried on under itself (23005 → 23005) is one key, not two.
      (s) => [...new Set([s.predecessorCode, s.successorCode])],
    ),
    agency: recordLoader<StateAgency>(
      (ids) => agencyQuery(db).where('a.id IN (:...ids)', { ids }).getMany(),
      (a) => a.id,
    ),
    agencySuccessors: successorsLoader(() => agencyQuery(db), 'a'),
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

    /** `AdministrativeUnit.children`, by view: the units below it in force on the view's day, ordered by code. */
    unitChildren: listLoader<AdministrativeUnit>(
      (keys) =>
        unitQuery(db)
          .where('u.parent_code IN (:...codes)', { codes: codesOf(keys) })
          .orderBy('u.code', 'ASC')
          .getMany(),
      (u, keys) => viewsHolding(keys, u.parentCode!, u),
    ),
    /** `AdministrativeUnit.stateAgencies`, by view: People's Committee, People's Council, then the rest by id, in force on the view's day. */
    unitAgencies: listLoader<StateAgency>(
      async (keys) =>
        (
          await agencyQuery(db)
            .where('a.unit_code IN (:...codes)', { codes: codesOf(keys) })
            .getMany()
        ).sort(byAgencyRank),
      (a, keys) => viewsHolding(keys, a.unitCode, a),
    ),
    /** `AdministrativeUnit.peoplesCommittee`, by view: the one in force on the view's day (a list of at most one). */
    peoplesCommittee: listLoader<StateAgency>(
      (keys) =>
        agencyQuery(db)
          .where('a.unit_code IN (:...codes)', { codes: codesOf(keys) })
          .andWhere(`a.kind = 'PEOPLES_COMMITTEE'`)
          .getMany(),
      (a, keys) => viewsHolding(keys, a.unitCode, a),
    ),
    /** `AdministrativeUnit.cases` located in the unit itself (its version: the old Chợ Lầu's are not Xã Bắc Bình's). */
    casesInUnit: filteredListLoader<UnitCaseArgs, Case>(
      (keys, { open, category }) =>
        caseFilters(cases().andWhere('c.unit_code IN (:...codes)', { codes: codesOf(keys) }), open, category).getMany(),
      (c, keys) => viewsOfRow(keys)(c.unitPath).filter((key) => parseViewKey(key).code === c.unitCode),
    ),
    /** `AdministrativeUnit.cases(includeDescendants: true)`: the unit's lineage, one statement for the batch. */
    casesUnderUnit: filteredListLoader<UnitCaseArgs, Case>(
      (keys, { open, category }) => caseFilters(whereInLineages(cases(), 'c', keys), open, category).getMany(),
      (c, keys) => viewsOfRow(keys)(c.unitPath),
    ),
    /** `AdministrativeUnit.dialogues` held in the unit itself. */
    dialoguesInUnit: filteredListLoader<UnitDialogueArgs, Dialogue>(
      (keys, args) =>
        dialogueDates(dialoguesMostRecentFirst().andWhere('d.unit_code IN (:...codes)', { codes: codesOf(keys) }), args).getMany(),
      (d, keys) => viewsOfRow(keys)(d.unitPath).filter((key) => parseViewKey(key).code === d.unitCode),
    ),
    /** `AdministrativeUnit.dialogues(includeDescendants: true)`: the lineage over the range asked for. */
    dialoguesUnderUnit: filteredListLoader<UnitDialogueArgs, Dialogue>(
      (keys, args) =>
        dialogueDates(whereInLineages(dialoguesMostRecentFirst(), 'd', keys, { dateColumn: 'held_on', range: args }), args).getMany(),
      (d, keys, args) => viewsOfRow(keys, args)(d.unitPath, d.heldOn),
    ),
    /** `Case.transfers` and `Case.responsibleAgency(asOf)`, by case id, oldest first. */
    caseTransfers: listLoader<CaseTransfer>(
      (ids) =>
        db
          .getRepository(CaseTransfer)
          .createQueryBuilder('t')
          .where('t.case_id IN (:...ids)', { ids })
          .orderBy('t.transferred_on', 'ASC')
          .getMany(),
      (t) => t.caseId,
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
      (keys, range) => dialoguesByLevel(db, keys, range),
      (row) => row.unitCode,
    ),
    /** `UnitStatistics.casesByCategory`, batched as `dialoguesByLevel`. */
    casesByCategory: filteredListLoader<StatisticsRange, CaseCategoryRow>(
      (keys, range) => casesByCategory(db, keys, range),
      (row) => row.unitCode,
    ),
    /** `UnitStatistics.stateAgencies`, by view and range: each agency belongs to every view whose lineage holds it then. */
    agenciesInLineage: filteredListLoader<StatisticsRange, StateAgency>(
      (keys, range) => agenciesInLineages(db, keys, range),
      (a, keys, range) => viewsOfRow(keys, range)(a.unitPath, null, a),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
