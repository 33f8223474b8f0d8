import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  getNamedType,
  getNullableType,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLOutputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isRequiredArgument,
  Kind,
  parse,
} from 'graphql';
import { GraphQLResponse, Services, tokenFor } from '../support/services';
import {
  argumentsFor,
  inBatches,
  introspect,
  LeafValue,
  Operation,
  operationFor,
  Override,
  RootField,
  rootFields,
  Step,
} from '../support/schemaOperations';

/**
 * A deterministic fuzz of every root Query and Mutation field through the real
 * gateway (issue 7: "the fuzz figures (requests, 4xx, 5xx)"). Each request starts
 * from plausible arguments and makes one place hostile: NUL and lone surrogates,
 * text over the documented limits, empty text, negative, huge and fractional
 * numbers, period indexes and years out of range, unknown enum values, unknown ids
 * and ids of every other kind, malformed dates, date-times and cursors, wrong shapes,
 * and deep and wide inputs; as literals and as variables, with a reader's and an
 * editor's token. Whatever it sends, the graph answers without a 5xx, without an
 * INTERNAL_SERVER_ERROR, without SERVICE_UNAVAILABLE (every subgraph is up) and with
 * a code on every error.
 *
 * Deterministic: one seeded PRNG, a fixed order, queries in parallel and mutations
 * one at a time (what a mutation writes can change what the next one gets), no
 * date relative to today. The summary line is printed for the closing note.
 *
 * The plausible arguments are of the graph as it stands today (design section 10):
 * organizations in force (Lâm Đồng's, formed on 2025-07-01), its unit (68) and days
 * since 2025-07-01, so that a plausible write can succeed; an organization that ended
 * writes nothing. The ids of the ended organizations stay among the hostile ids.
 */

const SEED = 0x7_2025;

/** Hostile values sent at each leaf place, from its type's list and from its name's. */
const PER_PLACE = 2;

/** mulberry32: small, fast and good enough to pick cases reproducibly. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Family = 'PARTY' | 'STATE' | 'FRONT' | 'ARMED_FORCES';

/** The organization whose editor writes each family's records, and which readers and editors act for. */
const ORGANIZATIONS = {
  PARTY: { type: 'MassMobilizationCommission', id: 'MMC-68-2025' },
  STATE: { type: 'StateAgency', id: 'PCOM-68-2025' },
  FRONT: { type: 'FrontOrganization', id: 'VFF-68-2025' },
  ARMED_FORCES: { type: 'ArmedUnit', id: 'MC-68-2025' },
} as const satisfies Record<Family, { type: string; id: string }>;

/** Which subgraph resolves each root field, from the composed supergraph's `@join__field`. */
function owners(): Map<string, Family> {
  const sdl = readFileSync(join(__dirname, '../../schema/supergraph.graphql'), 'utf8');
  const owner = new Map<string, Family>();
  for (const definition of parse(sdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || !['Query', 'Mutation'].includes(definition.name.value)) continue;
    for (const field of definition.fields ?? []) {
      const join = field.directives?.find((d) => d.name.value === 'join__field');
      const graph = join?.arguments?.find((a) => a.name.value === 'graph')?.value;
      if (graph?.kind === Kind.ENUM) owner.set(`${definition.name.value}.${field.name.value}`, graph.value as Family);
    }
  }
  return owner;
}

/** Ids of every kind in the demo data, read through the gateway at the start. */
interface Pool {
  case: string;
  dialogue: string;
  supervision: string;
  recommendation: string;
  campaign: string;
  partyDocument: string;
  coordinationProgram: string;
  report: string;
  mobilizationModel: string;
  mobilizationActivity: string;
  casesCursor: string;
}

/** Organizations in force today, and some that ended on 2025-06-30. */
const ORGANIZATION_IDS = [
  'PC-68-2025',
  'MMC-68-2025',
  'PCOM-68-2025',
  'VFF-68-2025',
  'MC-68-2025',
  'PC-23005-2025',
  'RDC-68-2025-2',
  'MMC-52-2025',
  'PC-60',
  'MMC-60',
  'PCOM-60',
  'VFF-60',
  'MC-60',
  'PC-23035',
  'PCOM-596',
  'MMC-64',
];

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

const DIRTY_TEXT = [
  '',
  '   ',
  'a\u0000b',
  '\ud800',
  'x\udfff',
  "' OR '1'='1' --",
  '%',
  '_',
  '\\',
  '%_\\%',
  '😀'.repeat(50),
  '\u202eRTL',
  'null',
  '-1',
  'VN',
  '/VN/60/',
  '60/../..',
  '<script>alert(1)</script>',
  ' PC-60 ',
  'PC-60\n',
];

/** Text over each documented limit (50 for a reference, 200 for a key, 300 for a title, 1,000, 5,000 and 20,000), and far over all of them. */
const LONG_TEXT = [51, 201, 301, 1_001, 5_001, 20_001].map((n) => 'ệ'.repeat(n)).concat(['x'.repeat(200_000)]);

const INTS = [-1, 0, -2147483648, 2147483647, 2147483648, 1.5, 1e300, -0.5];
const INTS_BY_NAME: Record<string, number[]> = {
  first: [201, 200, 1],
  index: [5, 13, 99, -3],
  year: [1899, 1900, 2101, 9999],
  yearFrom: [9999],
  yearTo: [1],
  version: [2, 999_999],
};
const DATES = [
  '2024-02-30',
  '2023-02-29',
  '2024-13-01',
  '0000-01-01',
  '0001-01-01',
  '9999-12-31',
  '1900-01-01',
  '24-1-1',
  '2024-01-01T00:00:00Z',
  '',
  ' 2024-01-01',
  '+002024-01-01',
  20240101,
];
const DATE_TIMES = [
  '2024-01-01',
  'not a date',
  '2024-01-01T25:61:00Z',
  '2024-01-01T00:00:00+99:00',
  '+275760-09-13T00:00:00Z',
  '-271821-04-20T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '1900-01-01T00:00:00Z',
  0,
];
const CURSORS = (pool: Pool) => [
  'abc',
  '!!!',
  base64url('[]'),
  base64url('[1]'),
  base64url('[1, 2, 3]'),
  base64url('["2024-01-01","not-a-uuid"]'),
  base64url('[{"a":1},[2]]'),
  base64url('["\\u0000","x"]'),
  base64url('["\\ud800","x"]'),
  base64url('[1e400,1]'),
  base64url('[null,null]'),
  base64url('[99999999999999999999,"x"]'),
  base64url('"x"'),
  base64url(`${'['.repeat(2000)}${']'.repeat(2000)}`),
  pool.casesCursor,
  'x'.repeat(10_000),
];

/**
 * Hostile values for one leaf place: those of its type, and those of its name (a
 * cursor, a page size, a period index, a year, a version).
 */
function hostileLeaves(type: GraphQLNamedType, name: string, pool: Pool, random: () => number): { byType: unknown[]; byName: unknown[] } {
  const byName = name === 'after' ? CURSORS(pool) : (INTS_BY_NAME[name] ?? []);
  if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.name);
    return { byType: ['NOT_A_VALUE', values[0].toLowerCase(), '', 'PUBLIC_X', 1, values[values.length - 1]], byName };
  }
  switch (type.name) {
    case 'Int':
    case 'Float':
      return { byType: [...INTS, '1'], byName };
    case 'Boolean':
      return { byType: ['true', 1], byName };
    case 'Date':
      return { byType: DATES, byName };
    case 'DateTime':
      return { byType: DATE_TIMES, byName };
    case 'ID': {
      const uuid = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16))
        .join('')
        .replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
      const known = [
        ...ORGANIZATION_IDS,
        ...Object.entries(pool)
          .filter(([k]) => k !== 'casesCursor')
          .map(([, v]) => v),
      ];
      return {
        byType: [
          uuid,
          '00000000-0000-0000-0000-000000000000',
          'NOPE-404',
          'PC-99999',
          12345,
          ...known,
          ...DIRTY_TEXT,
          'x'.repeat(201),
          'x'.repeat(200_000),
        ],
        byName,
      };
    }
    default:
      return { byType: [...DIRTY_TEXT, ...LONG_TEXT, 12345], byName };
  }
}

/** Every place in a field's arguments: leaves, input objects and lists, with their types. */
function inputPlaces(root: RootField): { path: Step[]; type: GraphQLInputType }[] {
  const places: { path: Step[]; type: GraphQLInputType }[] = [];
  const walk = (type: GraphQLInputType, path: Step[], seen: Set<string>) => {
    places.push({ path, type });
    const nullable = getNullableType(type);
    if (isListType(nullable)) return walk(nullable.ofType, [...path, 0], seen);
    if (isInputObjectType(nullable) && !seen.has(nullable.name)) {
      for (const inner of Object.values(nullable.getFields())) walk(inner.type, [...path, inner.name], new Set([...seen, nullable.name]));
    }
  };
  for (const argument of root.field.args) walk(argument.type, [argument.name], new Set());
  return places;
}

/** Plausible values, so that a request fails, if it fails, at the one hostile place. */
function plausible(root: RootField, family: Family, pool: Pool, serial: () => number): LeafValue {
  const ownId = ORGANIZATIONS[family].id;
  const rootIds: Record<string, string> = {
    armedUnit: 'MC-68-2025',
    frontOrganization: 'VFF-68-2025',
    partyCommittee: 'PC-68-2025',
    massMobilizationCommission: 'MMC-68-2025',
    stateAgency: 'PCOM-68-2025',
    administrativeUnit: '68',
  };
  return (name, type, path) => {
    if (isEnumType(type)) {
      if (type.name === 'OrganizationType') return 'STATE_AGENCY';
      if (type.name === 'ReportKind') return 'URGENT';
      return type.getValues()[0].name;
    }
    switch (type.name) {
      case 'Int':
      case 'Float':
        return { year: 2026, index: 3, version: 1, first: 5, yearFrom: 2020, yearTo: 2026 }[name] ?? 10;
      case 'Boolean':
        return true;
      case 'Date':
        // Days of the two-level era, none in the future.
        return /^(to|endsOn|endedOn|openedTo|issuedTo)$/.test(name) ? '2026-06-30' : name === 'from' ? '2026-01-01' : '2026-03-15';
      case 'DateTime':
        return /^(to|submittedBefore)$/.test(name) ? '2026-07-01T00:00:00+07:00' : '2026-01-01T00:00:00+07:00';
    }
    if (path.length === 1 && name === 'id') {
      const kind = root.field.name as keyof Pool;
      return rootIds[root.field.name] ?? pool[kind] ?? 'x';
    }
    switch (name) {
      case 'code':
        return rootIds[root.field.name] ?? '68';
      case 'unitCode':
      case 'parentCode':
        return '68';
      case 'id':
        return 'PCOM-68-2025';
      case 'leadCommissionId':
        return 'MMC-68-2025';
      case 'responsibleAgencyId':
      case 'hostAgencyId':
      case 'submitterId':
      case 'targetId':
        return 'PCOM-68-2025';
      case 'conductedById':
        return family === 'ARMED_FORCES' ? 'MC-68-2025' : 'VFF-68-2025';
      case 'organizerId':
        return 'VFF-68-2025';
      case 'issuerId':
      case 'recipientId':
        return 'PC-68-2025';
      case 'participantId':
        return 'MC-68-2025';
      case 'organizationId':
        return ownId;
      case 'caseId':
      case 'recordId':
        return pool.case;
      case 'programId':
      case 'coordinationProgramId':
        return pool.coordinationProgram;
      case 'recommendationId':
        return pool.recommendation;
      case 'basedOnDocumentId':
        return pool.partyDocument;
      case 'corrects':
        return pool.report;
      case 'reference':
        return `68-FZ-${serial()}`;
      case 'idempotencyKey':
        return `fuzz-${serial()}`;
      case 'after':
        return null;
      case 'nameContains':
        return 'Bình';
      case 'numberContains':
        return 'TW';
      case 'recordType':
        return 'Case';
      case 'name':
      case 'title':
        return `Fuzz ${serial()}`;
      default:
        return 'Nội dung';
    }
  };
}

/**
 * What each request selects: the field's own leaves and, below it, the `id` of a
 * connection's nodes: cheap to plan and run, so the time goes to the arguments. A
 * mutation also selects the id and first other leaf of each object it refers to,
 * which makes the gateway fetch those entities from their owners (where a dangling
 * reference shows).
 */
function selection(type: GraphQLOutputType, mutation: boolean): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '{ __typename }';
  const parts = ['__typename'];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some(isRequiredArgument)) continue;
    const inner = getNamedType(field.type);
    if (isLeafType(inner)) parts.push(field.name);
    else if (isObjectType(inner) && (mutation || field.name === 'nodes')) {
      const leaves = Object.values(inner.getFields()).filter((f) => isLeafType(getNamedType(f.type)) && !f.args.some(isRequiredArgument));
      const picked = [leaves.find((f) => f.name === 'id'), mutation ? leaves.find((f) => f.name !== 'id') : undefined]
        .filter(Boolean)
        .map((f) => f!.name);
      parts.push(`${field.name} { __typename ${picked.join(' ')} }`);
    } else parts.push(`${field.name} { __typename }`);
  }
  return `{ ${parts.join(' ')} }`;
}

interface Sent {
  root: RootField;
  what: string;
  mode: 'literal' | 'variables';
  role: 'reader' | 'editor';
  operation: Operation;
}

let services: Services;
let schema: GraphQLSchema;
let pool: Pool;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  // Databases of its own: the mutations that succeed write.
  services = await Services.start(undefined, { databaseSuffix: 'fuzz' });
  tokens.reader = await tokenFor({ org: ORGANIZATIONS.PARTY, roles: ['reader'] });
  for (const [family, org] of Object.entries(ORGANIZATIONS)) {
    tokens[`reader ${family}`] = await tokenFor({ org, roles: ['reader'] });
    tokens[`editor ${family}`] = await tokenFor({ org, roles: ['editor'] });
  }
  schema = await introspect(services.gateway!.url, tokens.reader);
  const ids = await services.queryGateway(
    `{ cases(first: 1) { nodes { id } pageInfo { endCursor } } dialogues(first: 1) { nodes { id } }
       supervisions(first: 50) { nodes { id recommendations { id } } } campaigns(first: 1) { nodes { id } }
       partyDocuments(first: 1) { nodes { id } } coordinationPrograms(first: 1) { nodes { id } } reports(first: 1) { nodes { id } }
       mobilizationModels(first: 1) { nodes { id } } mobilizationActivities(first: 1) { nodes { id } } }`,
    {},
    tokens['reader PARTY'],
  );
  const d = ids.data!;
  pool = {
    case: d.cases.nodes[0].id,
    casesCursor: d.cases.pageInfo.endCursor,
    dialogue: d.dialogues.nodes[0].id,
    supervision: d.supervisions.nodes[0].id,
    recommendation: d.supervisions.nodes.find((n: { recommendations: unknown[] }) => n.recommendations.length).recommendations[0].id,
    campaign: d.campaigns.nodes[0].id,
    partyDocument: d.partyDocuments.nodes[0].id,
    coordinationProgram: d.coordinationPrograms.nodes[0].id,
    report: d.reports.nodes[0].id,
    mobilizationModel: d.mobilizationModels.nodes[0].id,
    mobilizationActivity: d.mobilizationActivities.nodes[0].id,
  };
  // Past the default: the first file of a run may wait for the demo to be seeded into the templates (test/support/databases.ts).
}, 300_000);

afterAll(async () => {
  await services?.stop();
});

/** For each list of hostile values (by its key), which of its values were sent. */
const coverage = new Map<string, { sent: Set<number>; of: number }>();

/** Every request, in a fixed order: for each root field, plausible ones, then one hostile place at a time. */
function requests(): Sent[] {
  const random = prng(SEED);
  let counter = 0;
  const serial = () => ++counter;
  const owner = owners();
  const sent: Sent[] = [];
  // Each list of hostile values (one per type, one per name) is taken PER_PLACE at a
  // time where the previous place left off: over the places of a type or a name, its
  // values are all sent, and the run stays within its time.
  const cursors = new Map<string, number>();
  const rotate = <T>(key: string, values: T[], n: number): T[] => {
    const start = cursors.get(key) ?? Math.floor(random() * values.length);
    cursors.set(key, start + n);
    const picked = Array.from({ length: Math.min(n, values.length) }, (_, i) => (start + i) % values.length);
    const seen = coverage.get(key) ?? { sent: new Set<number>(), of: values.length };
    picked.forEach((i) => seen.sent.add(i));
    coverage.set(key, seen);
    return picked.map((i) => values[i]);
  };
  for (const root of rootFields(schema)) {
    const family = owner.get(`${root.operation === 'query' ? 'Query' : 'Mutation'}.${root.field.name}`);
    if (!family) throw new Error(`no owner for ${root.field.name} in the supergraph`);
    const leaf = plausible(root, family, pool, serial);
    const selected = selection(root.field.type, root.operation === 'mutation');
    const add = (what: string, overrides: Override[], everyField = false, mode?: 'literal' | 'variables') => {
      for (const m of mode ? [mode] : (['literal', 'variables'] as const)) {
        const role = root.operation === 'mutation' ? (random() < 0.8 ? 'editor' : 'reader') : random() < 0.5 ? 'editor' : 'reader';
        const args = argumentsFor(root.field, overrides, leaf, everyField);
        sent.push({ root, what, mode: m, role, operation: operationFor(root, args, m, selected) });
      }
    };
    const once = () => (random() < 0.5 ? 'literal' : 'variables');
    add('plausible arguments', []);
    add('every argument and input field', [], true);
    for (const { path, type } of inputPlaces(root)) {
      const where = path.join('.');
      const nullable = getNullableType(type);
      if (isListType(nullable)) {
        const item = argumentsFor(root.field, [], leaf, true);
        const sample = path.reduce<unknown>((value, step) => (value as Record<string, unknown> | undefined)?.[step], item);
        add(`${where}: empty list`, [{ path, value: [] }], false, once());
        add(
          `${where}: 1,000 items`,
          [{ path, value: Array.from({ length: 1000 }, () => sample?.[0 as never] ?? null) }],
          true,
          'variables',
        );
        add(`${where}: a list in the list`, [{ path, value: [[sample?.[0 as never] ?? null]] }], false, once());
      } else if (isInputObjectType(nullable)) {
        const deep = Array.from({ length: 200 }).reduce<unknown>((inner) => ({ deep: inner }), { deep: 1 });
        add(`${where}: an unknown field`, [{ path: [...path, 'unknownField'], value: 1 }], false, once());
        add(`${where}: 200 levels deep`, [{ path: [...path, 'deep'], value: deep }], false, 'variables');
        add(
          `${where}: 40 levels deep`,
          [{ path: [...path, 'deep'], value: Array.from({ length: 40 }).reduce<unknown>((inner) => ({ deep: inner }), 1) }],
          false,
          'literal',
        );
        add(`${where}: text instead of an object`, [{ path, value: 'x' }], false, once());
        add(`${where}: a list instead of an object`, [{ path, value: [{}] }], false, once());
      } else {
        const named = getNamedType(type);
        const name = String(path[path.length - 1]);
        const { byType, byName } = hostileLeaves(named, name, pool, random);
        for (const value of [...rotate(isEnumType(named) ? 'enum' : named.name, byType, PER_PLACE), ...rotate(name, byName, PER_PLACE)]) {
          const shown =
            typeof value === 'string'
              ? JSON.stringify(value.length > 24 ? `${value.slice(0, 24)}…(${value.length})` : value)
              : String(value);
          // Both ways for text with escapes (which differ between a literal and JSON), one picked by the PRNG otherwise.
          // eslint-disable-next-line no-control-regex -- NUL is one of the hostile characters
          const both = typeof value === 'string' && /[\u0000\ud800-\udfff]/.test(value);
          add(`${where} (${named.name}) = ${shown}`, [{ path, value }], false, both ? undefined : once());
        }
      }
      if (isNonNullType(type)) add(`${where}: null`, [{ path, value: null }], false, once());
    }
  }
  return sent;
}

interface Received {
  sent: Sent;
  response: GraphQLResponse;
}

describe('fuzzing every root field through the gateway', () => {
  it('sends every hostile value of every list somewhere', () => {
    coverage.clear();
    requests();
    const missed = [...coverage].filter(([, { sent, of }]) => sent.size < of).map(([key, { sent, of }]) => `${key}: ${sent.size} of ${of}`);
    expect(missed).toEqual([]);
  });

  it('never gets a 5xx, an INTERNAL_SERVER_ERROR, a SERVICE_UNAVAILABLE or an error without a code', async () => {
    const all = requests();
    const owner = owners();
    const familyOf = (s: Sent) => owner.get(`${s.root.operation === 'query' ? 'Query' : 'Mutation'}.${s.root.field.name}`)!;
    const post = async (s: Sent): Promise<Received> => {
      const token = tokens[`${s.role} ${familyOf(s)}`];
      const response = await fetch(services.gateway!.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: s.operation.query, variables: s.operation.variables }),
      });
      const text = await response.text();
      let body: Omit<GraphQLResponse, 'status'>;
      try {
        body = JSON.parse(text);
      } catch {
        body = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
      }
      return { sent: s, response: { ...body, status: response.status } };
    };
    const queries = all.filter((s) => s.root.operation === 'query');
    const mutations = all.filter((s) => s.root.operation === 'mutation');
    const received = [...(await inBatches(queries, 6, post)), ...(await inBatches(mutations, 1, post))];

    const byStatus: Record<string, number> = {};
    const byCode: Record<string, number> = {};
    /** Errors that are wrong whatever was sent: internal ones, and "unavailable" while every subgraph is up. */
    const wrong: { received: Received; code: string }[] = [];
    const uncoded: Received[] = [];
    for (const r of received) {
      const bucket = `${Math.floor(r.response.status / 100)}xx`;
      byStatus[bucket] = (byStatus[bucket] ?? 0) + 1;
      for (const error of r.response.errors ?? []) {
        const code = error.extensions?.code ?? '(none)';
        byCode[code] = (byCode[code] ?? 0) + 1;
        if (code === '(none)') uncoded.push(r);
        if (code === 'INTERNAL_SERVER_ERROR' || code === 'SERVICE_UNAVAILABLE') wrong.push({ received: r, code });
      }
    }
    const show = (r: Received) =>
      `${r.sent.root.field.name} [${r.sent.what}] as ${r.sent.mode}, ${r.sent.role}: ${r.response.status} ${JSON.stringify(r.response.errors?.[0])}`;
    const codes = Object.entries(byCode)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, n]) => `${code} ${n}`)
      .join(', ');
    // eslint-disable-next-line no-console -- the figures the issue's closing note quotes
    console.log(
      `fuzz (seed ${SEED.toString(16)}): ${received.length} requests (${queries.length} queries, ${mutations.length} mutations), ` +
        `2xx ${byStatus['2xx'] ?? 0}, 4xx ${byStatus['4xx'] ?? 0}, 5xx ${byStatus['5xx'] ?? 0}; errors by code: ${codes}`,
    );

    expect(received.filter((r) => r.response.status >= 500).map(show)).toEqual([]);
    expect(wrong.map((w) => show(w.received))).toEqual([]);
    expect(uncoded.map(show)).toEqual([]);
    // Every response is GraphQL: data or errors.
    expect(received.filter((r) => !('data' in r.response) && !r.response.errors?.length).map(show)).toEqual([]);
    // Item 3 within the fuzz: text with a NUL or a lone surrogate is refused before anything
    // runs, BAD_USER_INPUT naming the field (the parser's error for a lone surrogate in a literal).
    const unstorable = received.filter((r) => /\((String|ID)\) = ".*(\\u0000|\\ud[89a-f][0-9a-f]{2})/.test(r.sent.what));
    expect(unstorable.length).toBeGreaterThan(20);
    expect(
      unstorable
        .filter((r) => {
          const [error] = r.response.errors ?? [];
          const code = error?.extensions?.code;
          return !(
            r.response.status === 400 &&
            (code === 'GRAPHQL_PARSE_FAILED' || (code === 'BAD_USER_INPUT' && error.extensions?.field))
          );
        })
        .map(show),
    ).toEqual([]);
    // The plausible requests mostly succeed, so the hostile ones fail where they are hostile.
    const plausibleOk = received.filter((r) => r.sent.what === 'plausible arguments' && r.response.status === 200 && !r.response.errors);
    expect(plausibleOk.length).toBeGreaterThan(received.filter((r) => r.sent.what === 'plausible arguments').length / 2);
  }, 600_000);
});
