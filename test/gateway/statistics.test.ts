import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EnumTypeDefinitionNode, Kind, parse } from 'graphql';
import { schemaDir } from '../../lib';
import { Services } from '../support/services';

/**
 * Scenario 5 of the design (statistics over a unit and its descendants and a time
 * range) through the gateway: the state answers `statistics` and its own figures,
 * the armed forces theirs, from the key the state hands over. Every value is
 * compared with SQL run here against the owner's database. (The party's figures
 * are tested with the party subgraph.)
 */
let services: Services;

beforeAll(async () => {
  services = await Services.start();
});

afterAll(async () => {
  await services?.stop();
});

const sql = (name: 'state' | 'armed-forces', text: string, params: unknown[]): Promise<any[]> =>
  services.subgraphs[name]!.db.query(text, params);

/** The values of an enum in the order a subgraph's SDL declares them. */
function sdlOrder(subgraph: string, name: string): string[] {
  const document = parse(readFileSync(join(schemaDir, `${subgraph}.graphql`), 'utf8'));
  const definition = document.definitions.find(
    (d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === name,
  )!;
  return definition.values!.map((value) => value.name.value);
}
const sortedBy = <T>(rows: T[], order: string[], key: (row: T) => string) =>
  rows.sort((a, b) => order.indexOf(key(a)) - order.indexOf(key(b)));

const STATISTICS = /* GraphQL */ `
  query Statistics($code: ID!, $from: Date!, $to: Date!) {
    administrativeUnit(code: $code) {
      statistics(from: $from, to: $to) {
        unitCode
        from
        to
        dialoguesByLevel {
          level
          dialogues
        }
        casesByCategory {
          category
          cases
          byStatus {
            status
            cases
          }
          medianDaysToResolve
        }
        activitiesByKind {
          kind
          activities
          personnel
          manDays
          householdsReached
        }
      }
    }
  }
`;

/** Records of the unit and every unit below it: the code appears somewhere on the record's path. */
const IN_SUBTREE = `unit_path LIKE '%/' || $1 || '/%'`;

async function expected(code: string, from: string, to: string) {
  const dialogues = await sql(
    'state',
    `SELECT level, count(*) AS n FROM dialogue WHERE ${IN_SUBTREE} AND held_on BETWEEN $2 AND $3 GROUP BY level`,
    [code, from, to],
  );
  const statuses = sdlOrder('state', 'CaseStatus');
  const cases = await sql(
    'state',
    `SELECT category, count(*) AS n,
            ${statuses.map((s) => `count(*) FILTER (WHERE status = '${s}') AS "${s}"`).join(', ')},
            percentile_cont(0.5) WITHIN GROUP (ORDER BY resolved_on - opened_on) FILTER (WHERE status = 'RESOLVED') AS median
       FROM citizen_case WHERE ${IN_SUBTREE} AND opened_on BETWEEN $2 AND $3 GROUP BY category`,
    [code, from, to],
  );
  const activities = await sql(
    'armed-forces',
    `SELECT kind, count(*) AS n, sum(personnel) AS personnel, sum(man_days) AS man_days, sum(households_reached) AS households
       FROM mobilization_activity WHERE ${IN_SUBTREE} AND started_on BETWEEN $2 AND $3 GROUP BY kind`,
    [code, from, to],
  );
  return {
    unitCode: code,
    from,
    to,
    dialoguesByLevel: sortedBy(
      dialogues.map((r) => ({ level: r.level, dialogues: Number(r.n) })),
      sdlOrder('state', 'AdministrativeLevel'),
      (r) => r.level,
    ),
    casesByCategory: sortedBy(
      cases.map((r) => ({
        category: r.category,
        cases: Number(r.n),
        byStatus: statuses.filter((s) => Number(r[s]) > 0).map((s) => ({ status: s, cases: Number(r[s]) })),
        medianDaysToResolve: r.median === null ? null : Number(r.median),
      })),
      sdlOrder('state', 'CaseCategory'),
      (r) => r.category,
    ),
    activitiesByKind: sortedBy(
      activities.map((r) => ({
        kind: r.kind,
        activities: Number(r.n),
        personnel: Number(r.personnel),
        manDays: Number(r.man_days),
        householdsReached: Number(r.households),
      })),
      sdlOrder('armed-forces', 'ActivityKind'),
      (r) => r.kind,
    ),
  };
}

it('answers the statistics of Bình Thuận for 2024 from the state and the armed forces, as SQL computes them', async () => {
  const { data, errors } = await services.queryGateway(STATISTICS, { code: '60', from: '2024-01-01', to: '2024-12-31' });
  expect(errors).toBeUndefined();
  const statistics = data!.administrativeUnit.statistics;
  expect(statistics).toEqual(await expected('60', '2024-01-01', '2024-12-31'));
  // Figures from both families, at every tier of the province.
  expect(statistics.dialoguesByLevel.map((r: any) => r.level)).toEqual(['PROVINCIAL', 'DISTRICT', 'COMMUNE']);
  expect(statistics.casesByCategory.length).toBeGreaterThan(0);
  expect(statistics.activitiesByKind.length).toBeGreaterThan(0);
});

it('refuses a range that ends before it starts, naming `to`', async () => {
  const response = await services.queryGateway(STATISTICS, { code: '60', from: '2024-12-31', to: '2024-01-01' });
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(response.errors![0].message).toMatch(/^to: /);
  expect(response.data).toEqual({ administrativeUnit: null });
});

it('costs the same statements for the statistics of the 10 districts of Bình Thuận and the 17 of Gia Lai', async () => {
  const DISTRICTS = /* GraphQL */ `
    query Districts($code: ID!) {
      administrativeUnit(code: $code) {
        children {
          statistics(from: "2024-01-01", to: "2024-12-31") {
            dialoguesByLevel {
              level
              dialogues
              participants
            }
            casesByCategory {
              category
              cases
              byStatus {
                status
                cases
              }
              medianDaysToResolve
            }
            activitiesByKind {
              kind
              activities
              manDays
            }
            stateAgencies {
              id
              name
            }
            frontOrganizations {
              id
              name
            }
            armedUnits {
              id
              name
            }
          }
        }
      }
    }
  `;
  const counts: Record<string, Record<string, number>> = {};
  for (const [code, size] of [
    ['60', 10],
    ['64', 17],
  ] as const) {
    // A first run warms what is cached per process (prepared plans, metadata), not per request.
    await services.queryGateway(DISTRICTS, { code });
    counts[code] = await services.countStatements(async () => {
      const { data, errors } = await services.queryGateway(DISTRICTS, { code });
      expect(errors).toBeUndefined();
      expect(data!.administrativeUnit.children).toHaveLength(size);
      for (const { statistics } of data!.administrativeUnit.children) {
        expect(statistics.stateAgencies.length).toBeGreaterThan(0);
        expect(statistics.frontOrganizations.length).toBeGreaterThan(0);
        expect(statistics.armedUnits.length).toBeGreaterThan(0);
      }
    });
  }
  expect(counts['64']).toEqual(counts['60']);
  // The state: the province, its districts, then one statement each for the dialogues, cases and
  // committees of all districts; the front: its organizations; the armed forces: activities and units.
  expect(counts['60']).toEqual({ party: 0, state: 5, front: 1, 'armed-forces': 2 });
});
