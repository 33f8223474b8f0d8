import type { RecommendationStatus } from '../../subgraphs/front/entities/Recommendation';
import { FrontOrganizationEntity, RecommendationEntity, SupervisionEntity } from '../../subgraphs/front/entities';
import { addDays, inName, orgId } from '../demo';
import { demoOrganizations } from '../front/organizations';
import { DISTRICT_TOPICS, RESPONSES, TWO_LEVEL_COMMUNE_TOPICS, type Topic } from '../front/supervisions';
import { countFor, dayIn, daysOf, table, type Context, type FamilyLoad } from './context';
import { random } from './random';
import { casesByUnit } from './state';

/**
 * The Front's part of the national data: the Fatherland Front committee and the
 * socio-political organizations of every unit (the demo's row function over the
 * national world), and their supervisions of the People's Committees with the
 * recommendations each made, in proportion to the tier.
 */

/** Supervisions a year of a unit's People's Committee by its Front organizations, by tier. */
const SUPERVISIONS_A_YEAR = { PROVINCIAL: 2, DISTRICT: 1, COMMUNE: 0.3 } as const;

/** The Front committee conducts most; the other organizations each their share. */
const PREFIXES = ['VFF', 'VFF', 'TU', 'FU', 'WU', 'YU', 'VA'] as const;

/** How an addressee has answered by the run's last day: the longer ago, the further along. */
function answer(draw: ReturnType<typeof random>, endedOn: string, last: string): { status: RecommendationStatus; on: string } {
  const age = (Date.parse(last) - Date.parse(endedOn)) / 86_400_000;
  const options: RecommendationStatus[] =
    age > 365
      ? ['IMPLEMENTED', 'IMPLEMENTED', 'IN_PROGRESS', 'REJECTED']
      : age > 120
        ? ['IMPLEMENTED', 'IN_PROGRESS', 'ACCEPTED', 'PENDING']
        : ['PENDING', 'PENDING', 'ACCEPTED', 'IN_PROGRESS'];
  const status = draw.pick(options);
  const on = status === 'PENDING' ? endedOn : [addDays(endedOn, 20 + draw.int(40)), last].sort()[0];
  return { status, on };
}

function supervisions(context: Context): { supervisions: SupervisionEntity[]; recommendations: RecommendationEntity[] } {
  const draw = random(context.seed, 'supervision');
  const cases = casesByUnit(context);
  const out = { supervisions: [] as SupervisionEntity[], recommendations: [] as RecommendationEntity[] };
  for (const unit of context.world.units()) {
    if (unit.level === 'CENTRAL') continue;
    const window = daysOf(context, unit);
    if (!window) continue;
    const count = countFor(draw, window, SUPERVISIONS_A_YEAR[unit.level as keyof typeof SUPERVISIONS_A_YEAR]);
    const open = (cases.get(unit.path) ?? []).filter((c) => c.classification === 'PUBLIC');
    for (let n = 0; n < count; n += 1) {
      // The Trade Union has no commune level: the Front committee supervises there instead.
      let prefix = draw.pick(PREFIXES);
      if (prefix === 'TU' && unit.level === 'COMMUNE') prefix = 'VFF';
      const topics: Topic[] = unit.level === 'COMMUNE' && unit.validFrom ? TWO_LEVEL_COMMUNE_TOPICS : DISTRICT_TOPICS[prefix];
      const topic = draw.pick(topics);
      const startedOn = dayIn(draw, window);
      const planned = addDays(startedOn, 12 + draw.int(25));
      // Under way on the run's last day, or finished within the unit's life.
      const endedOn = planned > window.last ? null : planned;
      const about = open.length && draw.next() < 0.2 ? draw.pick(open) : undefined;
      const id = draw.uuid();
      out.supervisions.push({
        id,
        title: `${topic.title} trên địa bàn ${inName(unit)}`,
        form: draw.next() < 0.15 ? 'SOCIAL_CRITICISM' : 'SUPERVISION',
        conductedById: orgId.front(prefix, unit),
        targetType: 'StateAgency',
        targetId: orgId.peoplesCommittee(unit),
        unitCode: unit.code,
        unitPath: unit.path,
        caseId: about?.id ?? null,
        coordinationProgramId: null,
        startedOn,
        endedOn,
        findings: endedOn ? topic.findings : null,
        classification: 'PUBLIC',
      });
      if (!endedOn) continue;
      topic.recommendations.forEach((content, position) => {
        const { status, on } = answer(draw, endedOn, window.last);
        out.recommendations.push({
          id: draw.uuid(),
          supervisionId: id,
          position: position + 1,
          content,
          addressedToType: 'StateAgency',
          addressedToId: orgId.peoplesCommittee(unit),
          status,
          response: RESPONSES[status] ?? null,
          statusChangedOn: on,
          version: 1,
        });
      });
    }
  }
  return out;
}

export function frontLoad(context: Context): FamilyLoad {
  let made: ReturnType<typeof supervisions> | undefined;
  const once = () => (made ??= supervisions(context));
  return {
    tables: [
      table(FrontOrganizationEntity, () => demoOrganizations(context.world)),
      table(SupervisionEntity, () => once().supervisions),
      table(RecommendationEntity, () => once().recommendations),
    ],
  };
}
