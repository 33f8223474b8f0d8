import { ArmedUnitEntity } from '../../subgraphs/armed-forces/entities/ArmedUnit';
import { MobilizationActivityEntity } from '../../subgraphs/armed-forces/entities/MobilizationActivity';
import { FIGURES, FILLER_KINDS, REACHED, TITLES } from '../armed-forces/activities';
import { demoArmedUnits } from '../armed-forces/units';
import { addDays, inName, orgId } from '../demo';
import { countFor, dayIn, daysOf, table, type Context, type FamilyLoad } from './context';
import { random } from './random';
import { casesByUnit } from './state';

/**
 * The armed forces' part of the national data: every military command, police and
 * border guard command of every unit, the military regions and the regional defense
 * commands formed on 2025-07-01 (the demo's row function over the national world),
 * and the units' mass-mobilization activities in proportion to the tier.
 */

/** Activities a year at a unit by its own military command or police, by tier. */
const ACTIVITIES_A_YEAR = { PROVINCIAL: 4, DISTRICT: 3, COMMUNE: 0.25 } as const;

function* activities(context: Context, names: ReadonlyMap<string, string>): Generator<MobilizationActivityEntity> {
  const draw = random(context.seed, 'mobilization_activity');
  const cases = casesByUnit(context);
  for (const unit of context.world.units()) {
    if (unit.level === 'CENTRAL') continue;
    const window = daysOf(context, unit);
    if (!window) continue;
    const count = countFor(draw, window, ACTIVITIES_A_YEAR[unit.level as keyof typeof ACTIVITIES_A_YEAR]);
    const open = (cases.get(unit.path) ?? []).filter((c) => c.classification === 'PUBLIC');
    for (let n = 0; n < count; n += 1) {
      const kind = draw.pick(FILLER_KINDS);
      const byPolice = draw.next() < 0.4;
      const titles = TITLES[kind].filter(([branch]) => branch === 'ANY' || branch === (byPolice ? 'POLICE' : 'ARMY'));
      const [, template] = draw.pick(titles.length ? titles : TITLES[kind]);
      const by = byPolice && titles.length ? orgId.police(unit) : orgId.militaryCommand(unit);
      const figures = FIGURES[kind];
      const personnel = draw.between(...figures.personnel);
      const days = draw.between(...figures.days);
      const households = draw.between(...figures.households);
      const startedOn = dayIn(draw, window);
      const endedOn = [addDays(startedOn, days - 1), window.last].sort()[0];
      yield {
        id: draw.uuid(),
        title: template.replace('$', inName(unit)),
        kind,
        conductedById: by,
        unitCode: unit.code,
        unitPath: unit.path,
        startedOn,
        endedOn,
        personnel,
        manDays: personnel * days,
        householdsReached: households,
        description: `${names.get(by)} huy động ${personnel} cán bộ, chiến sĩ trong ${days} ngày (${personnel * days} ngày công); ${households} hộ dân ${REACHED[kind]}.`,
        caseId: open.length && draw.next() < 0.1 ? draw.pick(open).id : null,
        coordinationProgramId: null,
        classification: 'PUBLIC',
        version: 1,
        // Recorded when it began and last changed when it ended: instants of the data, not of the run.
        createdAt: new Date(`${startedOn}T08:00:00+07:00`),
        updatedAt: new Date(`${endedOn}T17:00:00+07:00`),
      };
    }
  }
}

export function armedForcesLoad(context: Context): FamilyLoad {
  let units: ReturnType<typeof demoArmedUnits> | undefined;
  const once = () => (units ??= demoArmedUnits(context.world));
  return {
    tables: [
      // Recorded as of its formation, or of the run's first day for one older than the run: an instant of the data, not of the load.
      table(ArmedUnitEntity, () =>
        once().map((unit) => {
          const recorded = new Date(`${unit.validFrom ?? context.from}T08:00:00+07:00`);
          return { ...unit, version: 1, createdAt: recorded, updatedAt: recorded };
        }),
      ),
      table(
        MobilizationActivityEntity,
        () => activities(context, new Map(once().map((u) => [u.id, u.name]))) as Iterable<MobilizationActivityEntity>,
      ),
    ],
  };
}
