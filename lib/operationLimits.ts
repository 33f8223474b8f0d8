import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerOptions, BaseContext } from '@apollo/server';

/**
 * Limits on what one operation may ask for, the same at the gateway and at every
 * subgraph: a subgraph is reachable directly too (with any valid token), and
 * without them one request of 10,000 aliased lists made a subgraph take gigabytes.
 * Sized so that the heaviest published queries (the district-by-district overview,
 * a coordination program with every participant's activities) and the query
 * planner's subgraph fetches for them pass.
 */
export const OPERATION_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 5000,
  maxCost: 50_000,
};

/**
 * The limits as `ApolloServer` options. The token limit is graphql-js's own parser
 * option rather than graphql-armor's parser hook: the hook re-parses the document and
 * turned every syntax error into an HTTP 500, while the parser's limit is an ordinary
 * syntax error (`GRAPHQL_PARSE_FAILED`, 400). "Did you mean ...?" suggestions are
 * hidden in every mode: with introspection off they would map the schema.
 */
export function operationLimits<C extends BaseContext>(): Pick<ApolloServerOptions<C>, 'plugins' | 'validationRules' | 'parseOptions'> {
  const armor = new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.maxDepth },
    maxAliases: { n: OPERATION_LIMITS.maxAliases },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives },
    maxTokens: { enabled: false },
    // Fragments add no depth to an answer, so they add none to the cost either: the
    // query planner's subgraph fetches spread fragments inside the inline fragments of
    // unions, which otherwise multiplied a fetch's cost many times over its client's.
    costLimit: { maxCost: OPERATION_LIMITS.maxCost, flattenFragments: true },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return {
    plugins: armor.plugins as ApolloServerOptions<C>['plugins'],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: OPERATION_LIMITS.maxTokens },
  };
}
