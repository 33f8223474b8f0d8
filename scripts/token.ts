/**
 * `npm run token -- --org <Type>:<id> --role <reader|editor|admin> [--sub NAME] [--expires 12h]`
 * prints a development JWT signed with the local key, and nothing else on stdout.
 * The organization must be one of the demo data's: the subgraphs place it from
 * their own records, so a token for an organization nobody has is useless.
 * Exit code 0 with the token, 2 with one line on stderr for a bad argument.
 */
import { parseArgs } from 'node:util';
import { keyDirFromDataDir, ORGANIZATION_TYPES, OrganizationTypeName, Role, ROLES, signDevelopmentToken } from '../lib';

const USAGE = `usage: npm run -s token -- --org <Type>:<id> --role <role> [--role <role> ...] [--sub NAME] [--expires DURATION]

Prints a development token (a JWT signed with the key in JWT_KEY_DIR, else DATA_DIR/jwt, else .data/jwt) on stdout.

  --org <Type>:<id>    an organization of the demo data; Type is one of
                       ${ORGANIZATION_TYPES.join(', ')}
                       e.g. MassMobilizationCommission:MMC-68-2025, StateAgency:PCOM-23005-2025, FrontOrganization:VFF-68-2025
                       (organizations in force today; those that ended on 2025-06-30, such as MMC-60, read nothing restricted)
  --role <role>        ${ROLES.join(', ')} (repeat for several)
  --sub NAME           the token's subject (default dev:<id>)
  --expires DURATION   how long the token is valid: a whole number and s, m, h or d (default 12h)
  -h, --help           this text
`;

/** A bad argument: one line on stderr, exit code 2. */
class UsageError extends Error {}

/** `30m`, `12h`, `7d`: the durations `--expires` takes (jose reads the same text). */
const DURATION = /^[1-9]\d*[smhd]$/;

interface TokenRequest {
  org: { type: OrganizationTypeName; id: string };
  roles: Role[];
  sub: string;
  expires: string;
}

function parse(argv: string[]): TokenRequest | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        org: { type: 'string' },
        role: { type: 'string', multiple: true },
        sub: { type: 'string' },
        expires: { type: 'string', default: '12h' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    // parseArgs' messages are one line already ("Unknown option '--unit'...").
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  if (values.help) return 'help';

  const [type, id] = (values.org ?? '').split(/:(.*)/s);
  if (!ORGANIZATION_TYPES.includes(type as OrganizationTypeName) || !id) {
    throw new UsageError(`--org: "${values.org ?? ''}" must be <Type>:<id> with Type one of ${ORGANIZATION_TYPES.join(', ')}`);
  }
  const roles = values.role ?? [];
  if (roles.length === 0 || !roles.every((r) => ROLES.includes(r as Role))) {
    throw new UsageError(`--role: "${roles.join(',')}" must be one or more of ${ROLES.join(', ')}`);
  }
  if (!DURATION.test(values.expires)) {
    throw new UsageError(`--expires: "${values.expires}" is not a duration; use a whole number and s, m, h or d, e.g. 30m, 12h, 7d`);
  }
  // Last, and loaded only now: the demo organizations come from the four seeders' code.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the seeders load only for a good request
  const { demoOrganizationIds, demoTypesOf } = require('../seed/organizations') as typeof import('../seed/organizations');
  if (!demoOrganizationIds()[type as OrganizationTypeName].has(id)) {
    const types = demoTypesOf(id);
    const hint = types.length ? `; ${id} is a ${types.join(' and a ')}` : '; e.g. MassMobilizationCommission:MMC-68-2025';
    throw new UsageError(`--org: ${type}:${id} is not an organization of the demo data${hint}`);
  }
  return {
    org: { type: type as OrganizationTypeName, id },
    roles: roles as Role[],
    sub: values.sub ?? `dev:${id}`,
    expires: values.expires,
  };
}

async function main(argv: string[]): Promise<number> {
  keyDirFromDataDir();
  let request: TokenRequest | 'help';
  try {
    request = parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`token: ${error.message} (--help for usage)\n`);
    return 2;
  }
  if (request === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  const token = await signDevelopmentToken({ sub: request.sub, org: request.org, roles: request.roles }, request.expires);
  process.stdout.write(`${token}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    // exitCode, not exit(): stdout is flushed before the process ends.
    process.exitCode = code;
  },
  (error: unknown) => {
    // The key cannot be read or written, say: one line, no stack.
    const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
    process.stderr.write(`token: cannot sign: ${message}\n`);
    process.exitCode = 1;
  },
);
