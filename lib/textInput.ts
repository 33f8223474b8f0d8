import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  ASTNode,
  DirectiveNode,
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
} from 'graphql';
import { badInput } from './errors';

/**
 * Text that no database of this graph can keep, refused once for every string an
 * operation carries, at the gateway and at every subgraph, before anything runs.
 *
 * Two kinds of character, and only these two:
 * - U+0000 (NUL): PostgreSQL's `text` cannot store it at all; a query that binds it
 *   fails with "invalid byte sequence for encoding UTF8: 0x00", an internal error.
 * - An unpaired UTF-16 surrogate (U+D800 to U+DFFF without its partner): JSON and
 *   JavaScript strings can carry one, UTF-8 cannot encode it. Node's encoder
 *   silently turns it into U+FFFD, so a record would keep other text than was sent,
 *   and a value that differs once encoded (a key, a cursor, an idempotency key)
 *   stops matching itself.
 * Every other character (other control characters, U+FFFE/U+FFFF, private use) is
 * valid UTF-8 that PostgreSQL stores and gives back unchanged; whether a title may
 * hold a tab is a question for that field's own validation, not for storage, so
 * they pass here.
 *
 * A GraphQL string literal cannot even carry a lone surrogate: graphql-js's parser
 * refuses it (`GRAPHQL_PARSE_FAILED`). Literals can carry `\u0000`, and variable
 * values (JSON) both; `_entities` representations, which the gateway sends and
 * anyone with a token may send to a subgraph directly, are variables or literals of
 * the `_Any` scalar, which no input coercion checks, so the raw values are walked.
 */
// eslint-disable-next-line no-control-regex -- NUL is the character this looks for
const NUL_OR_LONE_SURROGATE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const EXPECTED = 'text without NUL (U+0000) or unpaired surrogate (U+D800 to U+DFFF) characters';

/** Where a string sits: the field (or `@directive`) whose argument holds it, the argument, and the steps inside the argument (`.summary`, `[0]`). */
interface Place {
  owner: string;
  argument: string;
  steps: string;
  /** The variable the string came from, when it did. */
  variable?: string;
}

/**
 * A place as the caller wrote it: `input.summary`, `filter.nameContains`,
 * `representations[0].id` inside an argument, as the resolvers' own messages name
 * fields; `administrativeUnit(code:)` for an argument that is the string itself,
 * because a bare `code` would not say which field. A variable never used names
 * itself: `$input.summary`.
 */
export function placeName(place: Place): string {
  if (!place.owner) return `${place.argument}${place.steps}`;
  return place.steps ? `${place.argument}${place.steps}` : `${place.owner}(${place.argument}:)`;
}

export interface UnstorableText {
  /** The place, named as `placeName` does. */
  field: string;
  /** The whole string. */
  value: string;
  /** Where in it the first bad character is (UTF-16 code units). */
  index: number;
  /** The bad character, e.g. `U+0000`. */
  character: string;
  /** The variable it came in, e.g. `input` for `$input`. */
  variable?: string;
  /** Whether it is the key of an object (a representation's, say) rather than a value. */
  key?: boolean;
  /** The literal or the variable usage, for the error's location. */
  node?: ASTNode;
}

/** The first NUL or unpaired surrogate in `text`, if any. */
export function unstorableCharacter(text: string): { index: number; character: string } | undefined {
  const match = NUL_OR_LONE_SURROGATE.exec(text);
  if (!match) return undefined;
  return { index: match.index, character: `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` };
}

/**
 * Every NUL and unpaired surrogate in the strings an operation carries: its argument
 * literals (in its fields, the fragments it spreads and directives, nested list and
 * object literals included), its variables' default values and the request's
 * variable values, walked as raw JSON (object keys too), in that order.
 */
export function findUnstorableText(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): UnstorableText[] {
  const found: UnstorableText[] = [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const spread = new Set<string>();
  /** Each variable's first use: a string in it is named after that place. */
  const uses = new Map<string, { place: Place; node: ASTNode }>();

  const check = (text: string, place: Place, node?: ASTNode, key = false) => {
    const bad = unstorableCharacter(text);
    if (!bad) return;
    found.push({
      field: placeName(place),
      value: text,
      ...bad,
      ...(place.variable ? { variable: place.variable } : {}),
      ...(key ? { key } : {}),
      node,
    });
  };

  const literal = (node: ValueNode, place: Place): void => {
    switch (node.kind) {
      case Kind.STRING:
        return check(node.value, place, node);
      case Kind.LIST:
        return node.values.forEach((item, i) => literal(item, { ...place, steps: `${place.steps}[${i}]` }));
      case Kind.OBJECT:
        return node.fields.forEach((field) => literal(field.value, { ...place, steps: `${place.steps}.${field.name.value}` }));
      case Kind.VARIABLE:
        if (!uses.has(node.name.value)) uses.set(node.name.value, { place, node });
        return;
      default:
        return;
    }
  };

  const directives = (nodes: readonly DirectiveNode[] | undefined) => {
    for (const directive of nodes ?? []) {
      for (const argument of directive.arguments ?? []) {
        literal(argument.value, { owner: `@${directive.name.value}`, argument: argument.name.value, steps: '' });
      }
    }
  };

  const selections = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      directives(selection.directives);
      if (selection.kind === Kind.FIELD) {
        for (const argument of selection.arguments ?? []) {
          literal(argument.value, { owner: selection.name.value, argument: argument.name.value, steps: '' });
        }
        selections(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        selections(selection.selectionSet);
      } else if (!spread.has(selection.name.value)) {
        // Each fragment once: a fragment spread twice holds the same literals.
        spread.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        directives(fragment?.directives);
        selections(fragment?.selectionSet);
      }
    }
  };

  directives(operation.directives);
  selections(operation.selectionSet);

  const variablePlace = (name: string): { place: Place; node?: ASTNode } => {
    const use = uses.get(name);
    return use
      ? { place: { ...use.place, variable: name }, node: use.node }
      : { place: { owner: '', argument: `$${name}`, steps: '', variable: name } };
  };

  for (const definition of operation.variableDefinitions ?? []) {
    if (!definition.defaultValue) continue;
    literal(definition.defaultValue, variablePlace(definition.variable.name.value).place);
  }

  // Variables can be large (a subgraph's `_entities` representations carry whole lists):
  // the steps to a string are kept as a stack and spelled out only for a bad one.
  const steps: (string | number)[] = [];
  const at = (place: Place) => ({
    ...place,
    steps: place.steps + steps.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join(''),
  });
  const json = (value: unknown, place: Place, node?: ASTNode): void => {
    if (typeof value === 'string') {
      if (NUL_OR_LONE_SURROGATE.test(value)) check(value, at(place), node);
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        steps.push(i);
        json(value[i], place, node);
        steps.pop();
      }
    } else if (value && typeof value === 'object') {
      for (const key in value) {
        if (NUL_OR_LONE_SURROGATE.test(key)) check(key, at(place), node, true);
        steps.push(key);
        json((value as Record<string, unknown>)[key], place, node);
        steps.pop();
      }
    }
  };

  for (const [name, value] of Object.entries(variables ?? {})) {
    const { place, node } = variablePlace(name);
    json(value, place, node);
  }
  return found;
}

/** `value` shortened to the part around the bad character, which the caller needs to see. */
function around(value: string, index: number): string {
  if (value.length <= 60) return value;
  const start = Math.max(0, index - 30);
  const end = Math.min(value.length, index + 30);
  return `${start > 0 ? '…' : ''}${value.slice(start, end)}${end < value.length ? '…' : ''}`;
}

/** The `BAD_USER_INPUT` request error (HTTP 400, nothing executed) for unstorable text. */
export function unstorableTextError(found: UnstorableText): GraphQLError {
  const what = found.key ? 'a key' : 'text';
  const via = found.variable ? `, in variable $${found.variable}` : '';
  const error = badInput(
    found.field,
    around(found.value, found.index),
    `${EXPECTED.replace(/^text/, what)}; ${found.character} at position ${found.index}${via}`,
  );
  return new GraphQLError(error.message, {
    nodes: found.node,
    extensions: { ...error.extensions, http: { status: 400 } },
  });
}

/**
 * Refuses an operation that carries a NUL or an unpaired surrogate anywhere, once
 * the operation is resolved and before it runs: a request error, so nothing is read
 * or written and no resolver needs to check.
 */
export function textInputPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          // No operation: httpSemanticsPlugin answers OPERATION_RESOLUTION_FAILURE.
          if (!operation) return;
          const [first] = findUnstorableText(document, operation, request.variables);
          if (first) throw unstorableTextError(first);
        },
      };
    },
  };
}
