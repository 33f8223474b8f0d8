import type { GraphQLSchema } from 'graphql';
import { GraphQLResponse, postGraphQL, Services, tokenFor } from '../support/services';
import {
  argumentPlaces,
  argumentsFor,
  inBatches,
  introspect,
  isTextType,
  operationFor,
  placeName,
  RootField,
  rootFields,
  Step,
} from '../support/schemaOperations';

/**
 * Issue 7, item 3: a NUL or an unpaired surrogate in any string argument or input
 * is BAD_USER_INPUT naming the field (HTTP 400, nothing executed), never an
 * internal error from PostgreSQL, at the gateway and at a subgraph called directly.
 * The fields come from the live schema: a new field is covered without a change here.
 */
let services: Services;
let reader: string;
let editor: string;
let gatewaySchema: GraphQLSchema;
let stateSchema: GraphQLSchema;

beforeAll(async () => {
  // Databases of its own: were a refusal to fail, a mutation could write.
  services = await Services.start(undefined, { databaseSuffix: 'text' });
  reader = await tokenFor();
  editor = await tokenFor({ org: { type: 'StateAgency', id: 'PCOM-60' }, roles: ['editor'] });
  gatewaySchema = await introspect(services.gateway!.url, reader);
  stateSchema = await introspect(services.subgraphs.state!.server.url, reader);
});

afterAll(async () => {
  await services?.stop();
});

const BAD = { NUL: 'a\u0000b', 'lone surrogate': 'a\ud800b' } as const;
type Bad = keyof typeof BAD;
type Mode = 'literal' | 'variables';

interface Case {
  root: RootField;
  path: Step[];
  bad: Bad;
  mode: Mode;
}

/** One case per string place of every root field, bad character and way of passing it. */
function casesOf(schema: GraphQLSchema): Case[] {
  const cases: Case[] = [];
  for (const root of rootFields(schema)) {
    for (const path of argumentPlaces(root.field, isTextType)) {
      for (const bad of Object.keys(BAD) as Bad[]) {
        for (const mode of ['literal', 'variables'] as Mode[]) cases.push({ root, path, bad, mode });
      }
    }
  }
  return cases;
}

interface Outcome {
  place: string;
  bad: Bad;
  mode: Mode;
  status: number;
  hasData: boolean;
  codes: string[];
  field?: string;
  message?: string;
}

async function run(url: string, cases: Case[]): Promise<Outcome[]> {
  return inBatches(cases, 6, async ({ root, path, bad, mode }) => {
    const op = operationFor(root, argumentsFor(root.field, [{ path, value: BAD[bad] }]), mode);
    const response: GraphQLResponse = await postGraphQL(url, op.query, op.variables, root.operation === 'mutation' ? editor : reader);
    const [first] = response.errors ?? [];
    return {
      place: `${root.field.name} ${placeName(root.field.name, path)}`,
      bad,
      mode,
      status: response.status,
      hasData: 'data' in response,
      codes: (response.errors ?? []).map((error) => error.extensions?.code),
      field: first?.extensions?.field,
      message: first?.message,
    };
  });
}

/** What each case must answer: BAD_USER_INPUT naming the place, but a lone surrogate in a literal, which the GraphQL parser refuses first. */
function expected({ root, path, bad, mode }: Case): Partial<Outcome> {
  const place = `${root.field.name} ${placeName(root.field.name, path)}`;
  if (bad === 'lone surrogate' && mode === 'literal')
    return { place, bad, mode, status: 400, hasData: false, codes: ['GRAPHQL_PARSE_FAILED'] };
  return { place, bad, mode, status: 400, hasData: false, codes: ['BAD_USER_INPUT'], field: placeName(root.field.name, path) };
}

function summarize(outcomes: Outcome[]): Partial<Outcome>[] {
  return outcomes
    .map(({ message: _message, ...outcome }) => (outcome.codes[0] === 'GRAPHQL_PARSE_FAILED' ? { ...outcome, field: undefined } : outcome))
    .map((outcome) => Object.fromEntries(Object.entries(outcome).filter(([, v]) => v !== undefined)));
}

describe('a NUL or a lone surrogate in a string argument, through the gateway', () => {
  it('covers every read and mutation field with a string argument or input field', () => {
    const cases = casesOf(gatewaySchema);
    const fields = new Set(cases.map((c) => `${c.root.operation} ${c.root.field.name}`));
    const queries = [...fields].filter((f) => f.startsWith('query ')).length;
    const mutations = [...fields].filter((f) => f.startsWith('mutation ')).length;
    // Today every root field takes an id, a code, a cursor or an input with text.
    expect(queries).toBeGreaterThanOrEqual(26);
    expect(mutations).toBeGreaterThanOrEqual(11);
  });

  it('is BAD_USER_INPUT naming the field, as a literal and as a variable, for every field', async () => {
    const cases = casesOf(gatewaySchema);
    const outcomes = await run(services.gateway!.url, cases);
    expect(summarize(outcomes)).toEqual(cases.map(expected));
  });

  it('names the place, the character and the variable in the message', async () => {
    const op = (query: string, variables: Record<string, unknown> = {}) => services.queryGateway(query, variables, reader);
    const literal = await op('{ administrativeUnit(code: "6\\u00000") { name } }');
    expect(literal.errors).toEqual([
      {
        message:
          'administrativeUnit(code:): "6\\u00000" is not valid: text without NUL (U+0000) or unpaired surrogate (U+D800 to U+DFFF) characters; U+0000 at position 1',
        locations: [{ line: 1, column: 28 }],
        extensions: { code: 'BAD_USER_INPUT', field: 'administrativeUnit(code:)' },
      },
    ]);
    const variable = await op('query ($f: AdministrativeUnitFilter) { administrativeUnits(filter: $f) { totalCount } }', {
      f: { nameContains: 'Bình\ud800' },
    });
    expect(variable.status).toBe(400);
    expect(variable.errors).toEqual([
      {
        message:
          'filter.nameContains: "Bình\\ud800" is not valid: text without NUL (U+0000) or unpaired surrogate (U+D800 to U+DFFF) characters; U+D800 at position 4, in variable $f',
        locations: [{ line: 1, column: 68 }],
        extensions: { code: 'BAD_USER_INPUT', field: 'filter.nameContains' },
      },
    ]);
  });

  it('is refused in a fragment, and in a variable nested in an object literal', async () => {
    const response = await services.queryGateway(
      'query ($c: ID) { ... on Query { ...F } } fragment F on Query { cases(filter: { unitCode: "60", responsibleAgencyId: $c }) { totalCount } }',
      { c: 'PCOM-60\u0000' },
      reader,
    );
    expect([response.status, 'data' in response, response.errors?.[0].extensions]).toEqual([
      400,
      false,
      { code: 'BAD_USER_INPUT', field: 'filter.responsibleAgencyId' },
    ]);
  });

  it('lets well-formed text through: pairs of surrogates (emoji) and other control characters', async () => {
    const response = await services.queryGateway(
      'query ($f: AdministrativeUnitFilter) { administrativeUnits(filter: $f) { totalCount } }',
      { f: { nameContains: 'Bình 😀\u0001\t' } },
      reader,
    );
    expect(response).toEqual({ status: 200, data: { administrativeUnits: { totalCount: 0 } } });
  });
});

describe('a NUL or a lone surrogate sent to a subgraph directly', () => {
  it("is BAD_USER_INPUT naming the field for every one of state's root fields", async () => {
    const cases = casesOf(stateSchema);
    expect(cases.length).toBeGreaterThan(0);
    const outcomes = await run(services.subgraphs.state!.server.url, cases);
    expect(summarize(outcomes)).toEqual(cases.map(expected));
  });

  const entities = '... on AdministrativeUnit { name }';
  it.each([
    ['a NUL', 'a\u0000b'],
    ['a lone surrogate', '\udc00'],
  ])('is BAD_USER_INPUT in _entities representations given as a variable: %s', async (_what, bad) => {
    const response = await services.querySubgraph('state', `query ($r: [_Any!]!) { _entities(representations: $r) { ${entities} } }`, {
      r: [
        { __typename: 'AdministrativeUnit', code: '60' },
        { __typename: 'AdministrativeUnit', code: bad },
      ],
    });
    expect([response.status, 'data' in response, response.errors?.[0].extensions]).toEqual([
      400,
      false,
      { code: 'BAD_USER_INPUT', field: 'representations[1].code' },
    ]);
  });

  it('is BAD_USER_INPUT in _entities representations written as a literal, and in their keys', async () => {
    const literal = await services.querySubgraph(
      'state',
      `{ _entities(representations: [{ __typename: "AdministrativeUnit", code: "\\u0000" }]) { ${entities} } }`,
    );
    expect([literal.status, literal.errors?.[0].extensions]).toEqual([400, { code: 'BAD_USER_INPUT', field: 'representations[0].code' }]);
    const key = await services.querySubgraph('state', `query ($r: [_Any!]!) { _entities(representations: $r) { ${entities} } }`, {
      r: [{ __typename: 'AdministrativeUnit', code: '60', 'co\u0000de': '60' }],
    });
    expect([key.status, key.errors?.[0].extensions]).toEqual([400, { code: 'BAD_USER_INPUT', field: 'representations[0]' }]);
    expect(key.errors?.[0].message).toMatch(/^representations\[0\]: "co\\u0000de" is not valid: a key without NUL/);
  });
});
