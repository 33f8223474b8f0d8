/**
 * `npm run token -- --org <Type>:<id> --role <reader|editor|admin> [--unit CODE] [--sub NAME] [--expires 12h]`
 * prints a development JWT signed with the local key, and nothing else on stdout.
 * The organization's unit (`org.unit`) is `--unit`, or else read from a demo id,
 * whose last part is its unit's code (`PC-60` → `60`).
 */
import { parseArgs } from 'node:util';
import { ORGANIZATION_TYPES, OrganizationTypeName, Role, ROLES, signDevelopmentToken } from '../subgraphs/kit/auth';
import { unitOfDemoId } from '../seed/demo';
import { referenceUnit } from '../subgraphs/kit/units';

function fail(message: string): never {
  process.stderr.write(
    `${message}\nusage: npm run token -- --org <${ORGANIZATION_TYPES.join('|')}>:<id> --role <${ROLES.join('|')}> [--role ...] [--unit CODE] [--sub NAME] [--expires 12h]\n`,
  );
  process.exit(2);
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        org: { type: 'string' },
        role: { type: 'string', multiple: true },
        sub: { type: 'string' },
        unit: { type: 'string' },
        expires: { type: 'string', default: '12h' },
      },
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  const [type, id] = (values.org ?? '').split(/:(.*)/s);
  if (!ORGANIZATION_TYPES.includes(type as OrganizationTypeName) || !id) {
    fail(`--org: "${values.org ?? ''}" must be <Type>:<id> with Type one of ${ORGANIZATION_TYPES.join(', ')}`);
  }
  const roles = values.role ?? [];
  if (roles.length === 0 || !roles.every((r) => ROLES.includes(r as Role))) {
    fail(`--role: "${roles.join(',')}" must be one or more of ${ROLES.join(', ')}`);
  }
  if (values.unit !== undefined && !referenceUnit(values.unit)) fail(`--unit: "${values.unit}" is not an administrative unit code`);
  const unit = values.unit ?? unitOfDemoId(id);
  const org = { type: type as OrganizationTypeName, id, ...(unit ? { unit } : {}) };
  const token = await signDevelopmentToken(
    { sub: values.sub ?? `dev:${id}`, org, roles: roles as Role[] },
    values.expires,
  );
  process.stdout.write(`${token}\n`);
}

void main();
