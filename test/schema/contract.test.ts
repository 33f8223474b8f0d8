import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ASTNode, EnumTypeDefinitionNode, InputValueDefinitionNode, Kind, ObjectTypeDefinitionNode, parse, print, visit } from 'graphql';
import { composeSupergraph, readSupergraph, subgraphSdl } from '../../gateway/supergraph';
import { projectRoot, SUBGRAPH_NAMES } from '../../lib';

const documents = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, parse(subgraphSdl(name))]));

describe('the published contract (schema/)', () => {
  const composition = composeSupergraph();

  it('composes without errors or hints', () => {
    expect(composition.errors).toEqual([]);
    expect(composition.hints).toEqual([]);
  });

  it('has a checked-in supergraph that is up to date (npm run compose)', () => {
    expect(readSupergraph()).toEqual(composition.supergraphSdl);
  });

  it('defines every shared enum, scalar and value type identically in each subgraph', () => {
    const shared = new Map<string, Map<string, string>>();
    for (const [name, document] of Object.entries(documents)) {
      for (const definition of document.definitions) {
        if (
          definition.kind === Kind.ENUM_TYPE_DEFINITION ||
          definition.kind === Kind.SCALAR_TYPE_DEFINITION ||
          (definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.directives?.some((d) => d.name.value === 'shareable'))
        ) {
          const byName = shared.get(definition.name.value) ?? new Map<string, string>();
          byName.set(name, print(definition));
          shared.set(definition.name.value, byName);
        }
      }
    }
    const differing = [...shared].filter(([, bySubgraph]) => new Set(bySubgraph.values()).size > 1).map(([type]) => type);
    expect(differing).toEqual([]);
    // The enums the design names as shared are in every subgraph that uses them.
    expect([...shared.get('AdministrativeLevel')!.keys()].sort()).toEqual([...SUBGRAPH_NAMES].sort());
    expect(shared.get('ReportFrequency')?.has('party')).toBe(true);
  });

  it('describes every type, field, argument, input field and enum value', () => {
    const undescribed: string[] = [];
    for (const [name, document] of Object.entries(documents)) {
      const check = (node: ASTNode & { description?: unknown; name?: { value: string } }, path: string) => {
        if (!node.description) undescribed.push(`${name}: ${path}`);
      };
      for (const definition of document.definitions) {
        if (!('name' in definition) || !definition.name) continue;
        const typeName = definition.name.value;
        check(definition, typeName);
        visit(definition, {
          FieldDefinition(field) {
            check(field, `${typeName}.${field.name.value}`);
            for (const arg of field.arguments ?? []) check(arg, `${typeName}.${field.name.value}(${arg.name.value})`);
          },
          InputValueDefinition(input: InputValueDefinitionNode) {
            if (definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) {
              check(input, `${typeName}.${input.name.value}`);
            }
          },
          EnumValueDefinition(value) {
            check(value, `${(definition as EnumTypeDefinitionNode).name.value}.${value.name.value}`);
          },
        });
      }
    }
    expect(undescribed).toEqual([]);
  });

  it('has the published names of the design (section 9)', () => {
    const supergraph = parse(readSupergraph());
    const type = (typeName: string) =>
      supergraph.definitions.find((d) => 'name' in d && d.name?.value === typeName) as ObjectTypeDefinitionNode;
    const fields = (typeName: string) => type(typeName).fields!.map((f) => f.name.value);
    expect(fields('Query')).toContain('administrativeUnit');
    expect(fields('Mutation')).toContain('submitReport');
    expect(fields('AdministrativeUnit')).toEqual(
      expect.arrayContaining([
        'code',
        'name',
        'level',
        'parent',
        'children',
        'stateAgencies',
        'partyCommittee',
        'massMobilizationCommission',
        'frontOrganizations',
        'armedUnits',
        'reportingCompliance',
      ]),
    );
    expect(fields('ReportingCompliance')).toEqual(
      expect.arrayContaining(['obligations', 'onTime', 'late', 'overdue', 'notYetDue', 'complianceRate']),
    );
    expect(fields('ReportingObligation')).toEqual(
      expect.arrayContaining(['submitter', 'recipient', 'copyTo', 'dueOn', 'status', 'report']),
    );
    for (const organization of ['PartyCommittee', 'MassMobilizationCommission', 'StateAgency', 'FrontOrganization', 'ArmedUnit']) {
      expect(fields(organization)).toEqual(expect.arrayContaining(['id', 'name', 'level', 'unit']));
    }
    const union = supergraph.definitions.find((d) => d.kind === Kind.UNION_TYPE_DEFINITION && d.name.value === 'Organization');
    expect(union && 'types' in union ? union.types!.map((t) => t.name.value).sort() : []).toEqual([
      'ArmedUnit',
      'FrontOrganization',
      'MassMobilizationCommission',
      'PartyCommittee',
      'StateAgency',
    ]);
  });

  it('requires an idempotency key on every mutation: a retry without one could do the change twice (issue 7, item 13)', () => {
    const supergraph = parse(readSupergraph());
    const definition = (name: string) => supergraph.definitions.find((d) => 'name' in d && d.name?.value === name);
    const mutation = definition('Mutation') as ObjectTypeDefinitionNode;
    const keys = mutation.fields!.map((field) => {
      const input = field.arguments?.find((arg) => arg.name.value === 'input');
      const inputType =
        input && input.type.kind === Kind.NON_NULL_TYPE && input.type.type.kind === Kind.NAMED_TYPE
          ? input.type.type.name.value
          : undefined;
      const inputDefinition = inputType ? definition(inputType) : undefined;
      const key =
        inputDefinition?.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION
          ? inputDefinition.fields?.find((f) => f.name.value === 'idempotencyKey')
          : undefined;
      return `${field.name.value}(input: ${input ? print(input.type) : 'none'}) idempotencyKey: ${key ? print(key.type) : 'none'}`;
    });
    expect(keys.length).toBeGreaterThanOrEqual(11);
    expect(keys.filter((k) => !/\(input: \w+Input!\) idempotencyKey: String!$/.test(k))).toEqual([]);
  });

  it('has generated resolver types and report operation types that match the SDL and the documents (npm run codegen)', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'codegen-'));
    try {
      execFileSync(
        process.execPath,
        [join(projectRoot, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'codegen.ts', '--silent'],
        { cwd: projectRoot, env: { ...process.env, CODEGEN_OUT_DIR: outDir } },
      );
      for (const file of [...SUBGRAPH_NAMES.map((name) => `subgraphs/${name}/generated/resolvers.ts`), 'report/generated/operations.ts']) {
        expect(`${file}: ${readFileSync(join(outDir, file), 'utf8')}`).toEqual(`${file}: ${readFileSync(join(projectRoot, file), 'utf8')}`);
      }
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
