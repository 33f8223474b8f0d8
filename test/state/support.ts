import { GraphQLResponse, Services } from '../support/services';

export interface StateHarness {
  services: Services;
  /** Runs an operation against the state subgraph directly, with a reader's token unless another is given. */
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GraphQLResponse<T>>;
}

/** The state subgraph alone, over real HTTP on its seeded database. */
export async function startState(): Promise<StateHarness> {
  const services = await Services.start(['state']);
  return {
    services,
    query: (query, variables, token) =>
      token === undefined ? services.querySubgraph('state', query, variables) : services.querySubgraph('state', query, variables, token),
  };
}

/** Asserts a response failed with BAD_USER_INPUT, with a message naming `field`. */
export function expectBadInput(response: GraphQLResponse, field: string): void {
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(response.errors![0].message).toContain(field);
}
