import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLOutputType,
  GraphQLSchema,
  IntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  isRequiredArgument,
  isRequiredInputField,
  isUnionType,
} from 'graphql';
import { postGraphQL } from './services';

/**
 * Operations generated from a live schema (introspection through the gateway or a
 * subgraph), so that tests over "every field" cover a field added tomorrow too.
 */

export type Step = string | number;
export type OperationKind = 'query' | 'mutation';

export interface RootField {
  operation: OperationKind;
  field: GraphQLField<unknown, unknown>;
}

/** The schema a server serves, from its introspection (development mode). */
export async function introspect(url: string, token: string): Promise<GraphQLSchema> {
  const response = await postGraphQL<IntrospectionQuery>(url, getIntrospectionQuery(), {}, token);
  if (!response.data) throw new Error(`introspection of ${url} failed: ${JSON.stringify(response.errors)}`);
  return buildClientSchema(response.data);
}

/** Every root Query and Mutation field, in schema order. */
export function rootFields(schema: GraphQLSchema): RootField[] {
  const of = (operation: OperationKind, type: ReturnType<GraphQLSchema['getQueryType']>) =>
    Object.values(type?.getFields() ?? {}).map((field) => ({ operation, field }));
  return [...of('query', schema.getQueryType()), ...of('mutation', schema.getMutationType())];
}

/** Whether a named type holds text: String and ID (the scalars that reach SQL as text). */
export function isTextType(type: GraphQLNamedType): boolean {
  return type.name === 'String' || type.name === 'ID';
}

/**
 * Every place in a field's arguments whose type satisfies `wanted`, as a path
 * `[argument, inputField | 0, ...]` (a list is entered at its first item); input
 * types that contain themselves are entered once per path.
 */
export function argumentPlaces(field: GraphQLField<unknown, unknown>, wanted: (type: GraphQLNamedType) => boolean): Step[][] {
  const places: Step[][] = [];
  const walk = (type: GraphQLInputType, path: Step[], seen: Set<string>) => {
    const nullable = getNullableType(type);
    if (isListType(nullable)) return walk(nullable.ofType, [...path, 0], seen);
    if (isInputObjectType(nullable)) {
      if (seen.has(nullable.name)) return;
      for (const inner of Object.values(nullable.getFields())) {
        walk(inner.type, [...path, inner.name], new Set([...seen, nullable.name]));
      }
      return;
    }
    if (wanted(nullable)) places.push(path);
  };
  for (const argument of field.args) walk(argument.type, [argument.name], new Set());
  return places;
}

/** How a test names a place, as the library's text check does: `field(arg:)` for the argument itself, `arg.a[0].b` inside it. */
export function placeName(fieldName: string, path: Step[]): string {
  const [argument, ...steps] = path;
  if (steps.length === 0) return `${fieldName}(${argument}:)`;
  return `${argument}${steps.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('')}`;
}

/** A leaf value for a place, given its name (the input field or argument), type and path. */
export type LeafValue = (name: string, type: GraphQLNamedType, path: Step[]) => unknown;

/** A plain, well-typed value: the first enum value, `x` for text, 1 for numbers. */
export const plainLeaf: LeafValue = (_name, type) => {
  if (isEnumType(type)) return type.getValues()[0].name;
  switch (type.name) {
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'Date':
      return '2024-06-01';
    case 'DateTime':
      return '2024-06-01T00:00:00+07:00';
    default:
      return 'x';
  }
};

export interface Override {
  path: Step[];
  value: unknown;
}

const startsWith = (path: Step[], prefix: Step[]) => prefix.every((step, i) => path[i] === step);

/**
 * Arguments for a field: every required argument and input field (every one with
 * `everyField`) filled by `leaf`, and each override's value at its path (with the
 * optional objects and lists on the way to it).
 */
export function argumentsFor(
  field: GraphQLField<unknown, unknown>,
  overrides: Override[] = [],
  leaf: LeafValue = plainLeaf,
  everyField = false,
): Record<string, unknown> {
  const value = (type: GraphQLInputType, path: Step[], name: string): unknown => {
    const exact = overrides.find((override) => override.path.length === path.length && startsWith(override.path, path));
    if (exact) return exact.value;
    const nullable = getNullableType(type);
    if (isListType(nullable)) return [value(nullable.ofType, [...path, 0], name)];
    if (isInputObjectType(nullable)) {
      // An input type that contains itself is filled only so deep.
      if (path.length > 12) return null;
      const object: Record<string, unknown> = {};
      for (const inner of Object.values(nullable.getFields())) {
        const innerPath = [...path, inner.name];
        if (everyField || isRequiredInputField(inner) || overrides.some((override) => startsWith(override.path, innerPath))) {
          object[inner.name] = value(inner.type, innerPath, inner.name);
        }
      }
      return object;
    }
    return leaf(name, nullable, path);
  };
  const args: Record<string, unknown> = {};
  for (const argument of field.args) {
    if (everyField || isRequiredArgument(argument) || overrides.some((override) => startsWith(override.path, [argument.name]))) {
      args[argument.name] = value(argument.type, [argument.name], argument.name);
    }
  }
  return args;
}

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/**
 * A value written as a GraphQL literal, guided by its type where it has one: a
 * name-like string in an enum place is written bare (an unknown one too, which the
 * server must refuse), other strings as JSON strings (whose escapes GraphQL shares).
 */
export function literal(value: unknown, type?: GraphQLInputType): string {
  const nullable = type && getNullableType(type);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    const item = nullable && isListType(nullable) ? nullable.ofType : undefined;
    return `[${value.map((v) => literal(v, item)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = nullable && isInputObjectType(nullable) ? nullable.getFields() : {};
    return `{${Object.entries(value)
      .map(([key, v]) => `${key}: ${literal(v, fields[key]?.type)}`)
      .join(', ')}}`;
  }
  if (typeof value === 'string') return nullable && isEnumType(nullable) && NAME.test(value) ? value : JSON.stringify(value);
  return String(value);
}

/**
 * A selection for an output type: its leaf fields that need no arguments, and one
 * level of the same below (`depth` levels in all); `__typename` for abstract types
 * and wherever nothing else fits.
 */
export function selectionFor(type: GraphQLOutputType, depth = 2): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isUnionType(named) || isInterfaceType(named) || depth <= 0 || !isObjectType(named)) return '{ __typename }';
  const parts: string[] = [];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some(isRequiredArgument)) continue;
    const inner = getNamedType(field.type);
    if (isLeafType(inner)) parts.push(field.name);
    else if (depth > 1) parts.push(`${field.name} ${selectionFor(field.type, depth - 1)}`);
  }
  return `{ __typename ${parts.join(' ')} }`;
}

export interface Operation {
  query: string;
  variables: Record<string, unknown>;
}

/**
 * One operation calling a root field with `args`, written as literals or passed as
 * variables (one per argument, of the argument's own type).
 */
export function operationFor(
  root: RootField,
  args: Record<string, unknown>,
  mode: 'literal' | 'variables',
  selection = '{ __typename }',
): Operation {
  const { field } = root;
  const types = Object.fromEntries(field.args.map((argument) => [argument.name, argument.type]));
  const picked = isLeafType(getNamedType(field.type)) ? '' : selection;
  const names = Object.keys(args);
  if (mode === 'literal') {
    const written = names.map((name) => `${name}: ${literal(args[name], types[name])}`).join(', ');
    return { query: `${root.operation} { ${field.name}${written ? `(${written})` : ''} ${picked} }`, variables: {} };
  }
  const declared = names.map((name) => `$${name}: ${String(types[name])}`).join(', ');
  const passed = names.map((name) => `${name}: $${name}`).join(', ');
  return {
    query: `${root.operation}${declared ? ` (${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${picked} }`,
    variables: args,
  };
}

/** Runs `work` over `items`, at most `limit` at a time, keeping the order of the results. */
export async function inBatches<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
