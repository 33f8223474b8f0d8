import { FAMILY_OF, type Level, type OrganizationTypeName, underPattern } from '../../../lib';
import type { ForeignOrganizationType } from '../references';

/**
 * The reporting regime of the Regulation on the mass-mobilization work of the
 * political system (Politburo Decision 23-QĐ/TW, 2021, chapter 3, item 8; design
 * section 4), stated once, as data: who reports to whom, with which copy, at which
 * levels. Every part of the party's reporting reads it from here: one unit's
 * obligations (`obligations.ts`), the figures over a subtree (`byFamily.ts`), where a
 * submitted report goes (`mutations/submitReport.ts`). The other families publish
 * their plain organization lists (kind, level, unit); this module decides.
 */

/**
 * Rule 1: "the People's Committee, the Fatherland Front committee and the
 * socio-political organizations, and the armed forces of each level report the
 * results of mass-mobilization work to the party committee of the same level, with a
 * copy to its Mass Mobilization Commission". Of each family, which organizations.
 */
export const UNIT_REPORTERS: Readonly<Record<ForeignOrganizationType, { kinds?: readonly string[]; atTheUnitsTier?: boolean }>> = {
  // The People's Committee, the unit's executive: not the People's Council, a department or a ministry.
  StateAgency: { kinds: ['PEOPLES_COMMITTEE'] },
  // The Fatherland Front committee and every socio-political organization of the unit.
  FrontOrganization: {},
  // The armed units of the unit's own level (military command, police, border guard), not a
  // military region or another central unit stationed there, nor a provincial command's
  // regional defense command (since 2025-07-01), which reports through its command.
  ArmedUnit: { kinds: ['MILITARY_COMMAND', 'POLICE', 'BORDER_GUARD'], atTheUnitsTier: true },
};

/** The levels rule 1 binds: the nation has no rule 1 (its committee receives rule 2 reports only). */
export const RULE_1_LEVELS: readonly Level[] = ['PROVINCIAL', 'DISTRICT', 'COMMUNE'];

/** An organization of another family as its owner publishes it (`@requires`). */
export interface PublishedOrganization {
  type: ForeignOrganizationType;
  id: string;
  /** Needed where the rule names kinds (the state's). */
  kind?: string | null;
  level: Level;
}

/** Rule 1 for one organization of a unit at `unitLevel`: whether it reports to that unit's party committee. */
export function owesUnitReport(organization: PublishedOrganization, unitLevel: Level): boolean {
  if (!RULE_1_LEVELS.includes(unitLevel)) return false;
  const rule = UNIT_REPORTERS[organization.type];
  if (rule.kinds && !rule.kinds.includes(organization.kind ?? '')) return false;
  return !rule.atTheUnitsTier || organization.level === unitLevel;
}

/**
 * Where a periodic report goes, by the submitter's type:
 * - `UNIT_COMMITTEE`: the party committee of the submitter's own unit, with a copy to
 *   that unit's commission (none at commune level, which has none) — rule 1;
 * - `PARENT_COMMITTEE`: the committee of the parent unit, with a copy to the parent's
 *   commission; a provincial committee reports to the Central Committee — rule 2;
 * - `PARENT_COMMISSION`: the commission of the parent unit, on the commission's own
 *   work "according to the directives and guidance of the superior commission" — rule 4.
 */
export type Route = 'UNIT_COMMITTEE' | 'PARENT_COMMITTEE' | 'PARENT_COMMISSION' | 'OWN_COMMITTEE';
export const RECIPIENT: Readonly<Record<OrganizationTypeName, Route>> = {
  PartyCommittee: 'PARENT_COMMITTEE',
  MassMobilizationCommission: 'PARENT_COMMISSION',
  StateAgency: 'UNIT_COMMITTEE',
  FrontOrganization: 'UNIT_COMMITTEE',
  ArmedUnit: 'UNIT_COMMITTEE',
};

/**
 * Where a report of a kind goes. Rule 3: an URGENT report goes "straight to the
 * standing committee of the party committee of its own unit", with that unit's
 * commission informed; a party committee's own goes to the committee above (the same
 * route as its periodic reports), and a commission's, which is of its own unit, to its
 * own committee (`OWN_COMMITTEE`, no copy: the commission is the one informed).
 */
export function routeOf(type: OrganizationTypeName, kind: 'PERIODIC' | 'URGENT'): Route {
  return kind === 'URGENT' && type === 'MassMobilizationCommission' ? 'OWN_COMMITTEE' : RECIPIENT[type];
}

/**
 * Rule 2, in the two forms the party applies it, side by side: "the party committee
 * of each level reports on the people's situation and the mass-mobilization work to
 * the party committee of the level above". Both take the committees in force on the
 * period's last day (design section 10: the structure then decides; after 2025-07-01
 * a commune committee's parent is the provincial committee). For one recipient
 * (`reportingCompliance`), the committees whose parent it is; for a unit's lineage
 * (`reportingByFamily`, in SQL), every committee below the unit of the segment that
 * covers the period's last day, each to its parent. The statistics tests check on
 * every unit of the demo that the two agree.
 */
export const RULE_2 = {
  /** The committees reporting to the committees `:ids` (a query on `party_committee pc`; the caller keeps those in force on the last day). */
  committeesReportingTo: 'pc.parent_id = ANY(:ids)',
  /**
   * The committees reporting within the lineage segments `<segments>` (columns key,
   * pattern, first_day, last_day) for the periods `<periods>` (key, period_no, ends_on),
   * with their recipients: a segment's own unit's committee reports outside it.
   * `underPattern` lets the unit_path index find them.
   */
  committeesBelow: (segments: string, periods: string) =>
    `SELECT g.key, p.period_no, pc.id AS submitter_id, pc.parent_id AS recipient_id
       FROM ${segments} g
       JOIN ${periods} p ON p.key = g.key AND p.ends_on BETWEEN g.first_day AND g.last_day
       JOIN party_committee pc ON ${underPattern('pc.unit_path', 'g.pattern')} AND pc.unit_path || '%' <> g.pattern
                              AND p.ends_on BETWEEN pc.valid_from AND pc.valid_to
      WHERE pc.parent_id IS NOT NULL`,
} as const;

/** The `OrganizationFamily` enum's values, in its order: the family figures follow it. */
export const FAMILIES = ['PARTY', 'STATE', 'FRONT', 'ARMED_FORCES'] as const;
export type OrganizationFamily = (typeof FAMILIES)[number];

/** The family of an organization type, as the `OrganizationFamily` enum names it (the library's one map). */
export function familyOf(type: OrganizationTypeName): OrganizationFamily {
  return FAMILY_OF[type].toUpperCase().replace('-', '_') as OrganizationFamily;
}
