import type { Viewer } from '../../lib';
import { GraphQLResponse, Services, tokenFor } from '../support/services';

export interface StateHarness {
  services: Services;
  /** Runs an operation against the state subgraph directly, with the harness's default token unless another is given. */
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GraphQLResponse<T>>;
}

export interface StateHarnessOptions {
  /** Databases of this file's own (for tests that write), e.g. `writes`. */
  databaseSuffix?: string;
  /**
   * Who asks when a test gives no token; a reader of Bình Thuận's Mass Mobilization
   * Commission by default (another family: RESTRICTED cases and dialogues are hidden from it).
   */
  viewer?: Partial<Viewer>;
}

/**
 * The state subgraph over real HTTP on its seeded database, queried directly, with
 * the party subgraph beside it: it places the party committees and commissions that
 * read RESTRICTED records (design section 6).
 */
export async function startState(options: StateHarnessOptions = {}): Promise<StateHarness> {
  const services = await Services.start(['state', 'party'], { databaseSuffix: options.databaseSuffix });
  const defaultToken = await tokenFor(options.viewer);
  return {
    services,
    query: (query, variables, token) => services.querySubgraph('state', query, variables, token === undefined ? defaultToken : token),
  };
}

/**
 * How long a file's `beforeAll` may wait for its servers: the first file of a run to
 * ask for a subgraph's database seeds that subgraph's template (the party's demo has
 * hundreds of thousands of reports, test/support/databases.ts) while the other files
 * wait for it, which takes longer than jest's default of a minute on a busy machine.
 */
export const SEEDING_TIMEOUT_MS = 5 * 60_000;

/** Asserts a response failed with BAD_USER_INPUT, with a message naming `field`. */
export function expectBadInput(response: GraphQLResponse, field: string): void {
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(response.errors![0].message).toContain(field);
}
