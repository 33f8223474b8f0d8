import { getOperationAST, parse } from 'graphql';
import { findUnstorableText, unstorableCharacter, unstorableTextError } from '../../lib';

/** The findings for a document's (only or named) operation, without their AST nodes. */
function found(query: string, variables?: Record<string, unknown>, operationName?: string) {
  const document = parse(query);
  const operation = getOperationAST(document, operationName)!;
  return findUnstorableText(document, operation, variables).map(({ node: _node, ...rest }) => rest);
}

const NUL = '\u0000';

describe('unstorableCharacter', () => {
  it.each([
    ['a NUL', `ab${NUL}c`, { index: 2, character: 'U+0000' }],
    ['a lone high surrogate', 'ab\ud800c', { index: 2, character: 'U+D800' }],
    ['a high surrogate at the end', 'abc\udbff', { index: 3, character: 'U+DBFF' }],
    ['a lone low surrogate', '\udc00abc', { index: 0, character: 'U+DC00' }],
    ['a low surrogate before its high one', 'a\udc00\ud800b', { index: 1, character: 'U+DC00' }],
  ])('finds %s', (_what, text, expected) => {
    expect(unstorableCharacter(text)).toEqual(expected);
  });

  it.each([
    ['plain Vietnamese', 'Tỉnh Bình Thuận'],
    ['a surrogate pair (an emoji, a rare Han character)', 'ok 😀 𠀀'],
    ['other control characters and noncharacters, which PostgreSQL stores', '\u0001\t\n\u001f\u007f\ufffe\uffff'],
    ['the empty string', ''],
  ])('lets %s through', (_what, text) => {
    expect(unstorableCharacter(text)).toBeUndefined();
  });
});

describe('findUnstorableText names the place as the caller wrote it', () => {
  it('an argument that is the string itself: field(argument:)', () => {
    expect(found(`{ administrativeUnit(code: "6\\u00000") { name } }`)).toEqual([
      { field: 'administrativeUnit(code:)', value: `6${NUL}0`, index: 1, character: 'U+0000' },
    ]);
  });

  it('a string inside an argument: argument.path, lists by index', () => {
    const query = `mutation {
      recordSupervision(input: { title: "t", recommendations: [{ content: "ok" }, { content: "\\u0000" }], target: { id: "x\\u0000" } }) { id }
      f: administrativeUnits(filter: { nameContains: "a\\u0000" }, after: "\\u0000") { totalCount }
      g: reports(ids: ["a", "\\u0000"]) { id }
    }`;
    expect(found(query).map((f) => f.field)).toEqual([
      'input.recommendations[1].content',
      'input.target.id',
      'filter.nameContains',
      'administrativeUnits(after:)',
      'ids[1]',
    ]);
  });

  it('the field, not its alias, and directive arguments as @directive(argument:)', () => {
    expect(found(`{ unit: administrativeUnit(code: "\\u0000") @tag(name: "\\u0000") { name } }`).map((f) => f.field)).toEqual([
      '@tag(name:)',
      'administrativeUnit(code:)',
    ]);
  });

  it('a variable by where it is used, and which variable it came in', () => {
    const query = `mutation ($input: SubmitReportInput!, $s: String, $code: ID!) {
      submitReport(input: $input) { id }
      addProgramReview(input: { programId: "p", summary: $s }) { id }
      administrativeUnit(code: $code) { name }
    }`;
    expect(found(query, { input: { title: 't', summary: `x${NUL}`, submitter: { id: 'PC\ud800' } }, s: NUL, code: '\udc00' })).toEqual([
      { field: 'input.summary', value: `x${NUL}`, index: 1, character: 'U+0000', variable: 'input' },
      { field: 'input.submitter.id', value: 'PC\ud800', index: 2, character: 'U+D800', variable: 'input' },
      { field: 'input.summary', value: NUL, index: 0, character: 'U+0000', variable: 's' },
      { field: 'administrativeUnit(code:)', value: '\udc00', index: 0, character: 'U+DC00', variable: 'code' },
    ]);
  });

  it('a variable used twice by its first use, one never used as $name.path', () => {
    const query = `query ($id: ID!, $unused: CaseFilter) { a: case(id: $id) { id } b: dialogue(id: $id) { id } }`;
    expect(found(query, { id: NUL, unused: { unitCode: NUL } }).map((f) => f.field)).toEqual(['case(id:)', '$unused.unitCode']);
  });

  it("a variable's default value, by where the variable is used", () => {
    const query = `query ($filter: CaseFilter = { unitCode: "\\u0000" }) { cases(filter: $filter) { totalCount } }`;
    expect(found(query)).toEqual([{ field: 'filter.unitCode', value: NUL, index: 0, character: 'U+0000', variable: 'filter' }]);
  });

  it('_entities representations, their values and their keys', () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }`;
    expect(
      found(query, {
        representations: [
          { __typename: 'Case', id: 'fine' },
          { __typename: 'Case', id: `x${NUL}` },
          { __typename: 'Case', [`i${NUL}d`]: 'x' },
        ],
      }),
    ).toEqual([
      { field: 'representations[1].id', value: `x${NUL}`, index: 1, character: 'U+0000', variable: 'representations' },
      { field: 'representations[2]', value: `i${NUL}d`, index: 1, character: 'U+0000', variable: 'representations', key: true },
    ]);
    expect(found(`{ _entities(representations: [{ __typename: "Case", id: "\\u0000" }]) { __typename } }`).map((f) => f.field)).toEqual([
      'representations[0].id',
    ]);
  });

  it('literals in the fragments the operation spreads, each fragment once; not in other operations', () => {
    const query = `
      query A { ...F ...F ... on Query { ...F } }
      query B { administrativeUnit(code: "\\u0000") { name } }
      fragment F on Query { cases(filter: { unitCode: "\\u0000" }) { totalCount } }
      fragment G on Query { dialogues(filter: { unitCode: "\\u0000" }) { totalCount } }`;
    expect(found(query, undefined, 'A').map((f) => f.field)).toEqual(['filter.unitCode']);
    expect(found(query, undefined, 'B').map((f) => f.field)).toEqual(['administrativeUnit(code:)']);
  });

  it('nothing in well-formed text, numbers, booleans, enums and nulls', () => {
    const query = `query ($f: CaseFilter) { cases(filter: $f, first: 5) { totalCount } a: administrativeUnit(code: "60") { name } }`;
    expect(
      found(query, {
        f: { unitCode: '60', includeDescendants: true, category: 'LAND', statuses: ['RECEIVED'], openedFrom: null, n: 1.5, e: '😀' },
      }),
    ).toEqual([]);
  });
});

describe('unstorableTextError', () => {
  it('is BAD_USER_INPUT with HTTP 400, naming the field, the value, the character and the variable', () => {
    const document = parse(`query ($s: String) { addProgramReview(input: { summary: $s }) { id } }`);
    const [finding] = findUnstorableText(document, getOperationAST(document)!, { s: `bad${NUL}` });
    const error = unstorableTextError(finding);
    expect(error.message).toBe(
      'input.summary: "bad\\u0000" is not valid: text without NUL (U+0000) or unpaired surrogate (U+D800 to U+DFFF) characters; U+0000 at position 3, in variable $s',
    );
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.summary', http: { status: 400 } });
    expect(error.locations).toEqual([{ line: 1, column: 57 }]);
  });

  it('shows the part of a long value around the bad character', () => {
    const value = `${'a'.repeat(100)}\ud800${'b'.repeat(100)}`;
    const error = unstorableTextError({ field: 'input.description', value, index: 100, character: 'U+D800' });
    expect(error.message).toBe(
      `input.description: "…${'a'.repeat(30)}\\ud800${'b'.repeat(29)}…" is not valid: text without NUL (U+0000) or unpaired surrogate (U+D800 to U+DFFF) characters; U+D800 at position 100`,
    );
  });

  it('says "a key" for a key', () => {
    const error = unstorableTextError({ field: 'representations[0]', value: `i${NUL}d`, index: 1, character: 'U+0000', key: true });
    expect(error.message).toMatch(/^representations\[0\]: "i\\u0000d" is not valid: a key without NUL/);
  });
});
