import { LAST_THREE_LEVEL_DAY, type ReferenceUnit } from '../../lib';
import { AdministrativeUnit, UnitSuccessionRecord } from '../../subgraphs/state/entities/AdministrativeUnit';
import { Case, type CaseStatus } from '../../subgraphs/state/entities/Case';
import { Dialogue } from '../../subgraphs/state/entities/Dialogue';
import { StateAgency } from '../../subgraphs/state/entities/StateAgency';
import { addDays, inName, officialName, orgId } from '../demo';
import { agencyRows } from '../state/agencies';
import { MORE_CASES } from '../state/cases';
import { COMMUNE_TOPICS, DISTRICT_TOPICS, TWO_LEVEL_TOPICS } from '../state/dialogues';
import { place, successionRows, unitRows } from '../state/units';
import { countFor, dayIn, daysOf, table, type Context, type FamilyLoad } from './context';
import { random } from './random';

/**
 * The state's part of the national data: every unit version and succession, the
 * People's Committees and Councils of every unit (the demo's own row functions over
 * the national world), and citizens' cases and dialogues at every unit in proportion
 * to its tier, drawn from the seed.
 */

/** Cases a year a unit opens, by tier: most matters are raised in the communes, the big ones higher up. */
const CASES_A_YEAR = { PROVINCIAL: 3, DISTRICT: 2, COMMUNE: 0.5 } as const;
/** Dialogues a year a unit's People's Committee holds with the people, by tier. */
const DIALOGUES_A_YEAR = { PROVINCIAL: 2, DISTRICT: 1.5, COMMUNE: 0.35 } as const;

const localUnits = (context: Context) => context.world.units().filter((u) => u.level !== 'CENTRAL');

const cached = new WeakMap<Context, Case[]>();

/**
 * The citizens' cases of the run, shared by the families that refer to them (a
 * supervision, an activity, a working session names a case of its unit), made once.
 * A case of a unit that ended on 2025-06-30 is settled by then (the carry-on of open
 * cases to the successor is the demo's, through the product's transfer); the others
 * are open or settled by the run's last day.
 */
export function nationalCases(context: Context): Case[] {
  const known = cached.get(context);
  if (known) return known;
  const draw = random(context.seed, 'citizen_case');
  const rows: Case[] = [];
  for (const unit of localUnits(context)) {
    const window = daysOf(context, unit);
    if (!window) continue;
    const count = countFor(draw, window, CASES_A_YEAR[unit.level as keyof typeof CASES_A_YEAR]);
    for (let n = 1; n <= count; n += 1) {
      const template = draw.pick(MORE_CASES);
      const openedOn = dayIn(draw, window);
      const ends = unit.validTo === LAST_THREE_LEVEL_DAY;
      const settledOn = addDays(openedOn, draw.between(20, 330));
      const settled = ends || (draw.next() < 0.6 && settledOn <= context.to);
      const resolvedOn = settled ? [settledOn, window.last].sort()[0] : null;
      const status: CaseStatus = settled ? (draw.next() < 0.8 ? 'RESOLVED' : 'CLOSED') : draw.next() < 0.3 ? 'RECEIVED' : 'IN_PROGRESS';
      rows.push({
        id: draw.uuid(),
        // Unique: the unit version's line, the year, the number within the unit.
        reference: `${unit.code}${unit.validFrom ? '-2025' : ''}-${openedOn.slice(0, 4)}-${n}`,
        title: `${template.title} ${place(unit)}`,
        description: template.description,
        category: template.category,
        status,
        classification: template.category === 'ETHNIC_RELIGIOUS_AFFAIRS' && draw.next() < 0.5 ? 'RESTRICTED' : 'PUBLIC',
        unitCode: unit.code,
        unitPath: unit.path,
        responsibleAgencyId: orgId.peoplesCommittee(unit),
        householdsAffected: unit.level === 'COMMUNE' ? draw.between(5, 200) : draw.between(20, 1500),
        openedOn,
        resolvedOn,
        version: 1,
        createdAt: new Date(`${openedOn}T08:00:00+07:00`),
        updatedAt: new Date(`${resolvedOn ?? openedOn}T16:30:00+07:00`),
      });
    }
  }
  cached.set(context, rows);
  return rows;
}

/** The cases of each unit version, by its path (a version's path is its own). */
export function casesByUnit(context: Context): Map<string, Case[]> {
  const byUnit = new Map<string, Case[]>();
  for (const c of nationalCases(context)) {
    const list = byUnit.get(c.unitPath);
    if (list) list.push(c);
    else byUnit.set(c.unitPath, [c]);
  }
  return byUnit;
}

function* dialogues(context: Context): Generator<Dialogue> {
  const draw = random(context.seed, 'dialogue');
  const cases = casesByUnit(context);
  const dialogue = (unit: ReferenceUnit, heldOn: string, topic: string, caseId: string | null): Dialogue => {
    const raised = draw.between(3, 17);
    const resolved = Math.floor((raised * draw.between(50, 100)) / 100);
    const host = orgId.peoplesCommittee(unit);
    return {
      id: draw.uuid(),
      title: `Đối thoại giữa Chủ tịch Ủy ban nhân dân ${inName(unit)} với Nhân dân về ${topic}`,
      heldOn,
      unitCode: unit.code,
      unitPath: unit.path,
      level: unit.level,
      hostAgencyId: host,
      chairedByName: officialName(host),
      chairedByTitle: `Chủ tịch Ủy ban nhân dân ${inName(unit)}`,
      participants: unit.level === 'COMMUNE' ? draw.between(40, 150) : draw.between(80, 250),
      issuesRaised: raised,
      issuesResolved: resolved,
      summary:
        `Lãnh đạo Ủy ban nhân dân ${inName(unit)} lắng nghe ${raised} ý kiến, kiến nghị của Nhân dân về ${topic}; ` +
        `${resolved} nội dung được giải đáp, giải quyết, các nội dung còn lại được giao cơ quan chuyên môn trả lời theo thẩm quyền.`,
      caseId,
      classification: 'PUBLIC',
    };
  };
  for (const unit of localUnits(context)) {
    const window = daysOf(context, unit);
    if (!window) continue;
    const topics = [...(unit.level === 'COMMUNE' ? COMMUNE_TOPICS : DISTRICT_TOPICS), ...(unit.validFrom ? TWO_LEVEL_TOPICS : [])];
    const count = countFor(draw, window, DIALOGUES_A_YEAR[unit.level as keyof typeof DIALOGUES_A_YEAR]);
    for (let n = 0; n < count; n += 1) yield dialogue(unit, dayIn(draw, window), draw.pick(topics), null);
    // About a third of the cases above the communes get a dialogue within a month of being opened.
    for (const c of unit.level === 'COMMUNE' ? [] : (cases.get(unit.path) ?? [])) {
      const heldOn = addDays(c.openedOn, draw.between(10, 30));
      if (draw.next() < 0.35 && heldOn <= window.last && c.classification === 'PUBLIC') {
        yield dialogue(unit, heldOn, c.title.charAt(0).toLowerCase() + c.title.slice(1), c.id);
      }
    }
  }
}

/** The agencies of the world's units: the demo's department of a province outside a small run's world is left out. */
export function stateAgencies(context: Context): StateAgency[] {
  const codes = new Set(context.world.units().map((u) => u.code));
  return agencyRows(context.world).filter((agency) => codes.has(agency.unitCode));
}

export function stateLoad(context: Context): FamilyLoad {
  return {
    tables: [
      table(AdministrativeUnit, () => unitRows(context.world)),
      table(UnitSuccessionRecord, () => successionRows(context.world)),
      table(StateAgency, () => stateAgencies(context)),
      table(Case, () => nationalCases(context)),
      table(Dialogue, () => dialogues(context)),
    ],
  };
}
