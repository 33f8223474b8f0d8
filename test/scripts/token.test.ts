import { CommandResult, runCommand } from '../support/commands';
import { decodeJwt } from 'jose';
import { demoOrganizationIds } from '../../seed/organizations';
import { ORGANIZATION_TYPES, OrganizationTypeName, SubgraphName, verifyAuthorization } from '../../lib';
import { seededDatabase } from '../support/databases';

/**
 * `npm run token` as a user runs it (a child process, signing with the test run's
 * key in JWT_KEY_DIR): through npm (`npm run -s token -- ...`) where what npm adds
 * matters, the script itself (what the npm script runs) for the refusals; and the
 * list of demo organizations it accepts against what the seeders really insert.
 */
function runToken(args: string[], { throughNpm = false } = {}): Promise<CommandResult> {
  return runCommand(throughNpm ? 'npm:token' : 'scripts/token.ts', args);
}

describe('npm run token', () => {
  it('prints its usage on stdout with --help and exits 0', async () => {
    const { code, stdout, stderr } = await runToken(['--help'], { throughNpm: true });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^usage: npm run -s token -- --org <Type>:<id> --role <role>/);
    for (const option of ['--org', '--role', '--sub', '--expires', '--help']) expect(stdout).toContain(option);
    expect(stdout).not.toContain('--unit');
  }, 60_000);

  it('prints only the token on stdout, with the organization, roles, subject and expiry asked for and no unit', async () => {
    const { code, stdout, stderr } = await runToken(
      ['--org', 'StateAgency:PCOM-596', '--role', 'editor', '--role', 'reader', '--sub', 'alice', '--expires', '30m'],
      {
        throughNpm: true,
      },
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const token = stdout.trim();
    const claims = decodeJwt(token);
    expect(claims.org).toEqual({ type: 'StateAgency', id: 'PCOM-596' });
    expect(claims.roles).toEqual(['editor', 'reader']);
    expect(claims.sub).toBe('alice');
    expect(claims.exp! - claims.iat!).toBe(30 * 60);
    // Signed with the key the subgraphs and the gateway verify with.
    await expect(verifyAuthorization(`Bearer ${token}`)).resolves.toMatchObject({
      sub: 'alice',
      org: { type: 'StateAgency', id: 'PCOM-596' },
    });
  }, 60_000);

  it.each([
    [
      ['--org', 'MassMobilizationCommission:MMC-60', '--role', 'reader', '--expires', 'banana'],
      'token: --expires: "banana" is not a duration; use a whole number and s, m, h or d, e.g. 30m, 12h, 7d (--help for usage)',
    ],
    [
      ['--org', 'MassMobilizationCommission:MMC-99999', '--role', 'reader'],
      'token: --org: MassMobilizationCommission:MMC-99999 is not an organization of the demo data; e.g. MassMobilizationCommission:MMC-68-2025 (--help for usage)',
    ],
    [
      ['--org', 'PartyCommittee:PCOM-60', '--role', 'reader'],
      'token: --org: PartyCommittee:PCOM-60 is not an organization of the demo data; PCOM-60 is a StateAgency (--help for usage)',
    ],
    // The org.unit claim is gone: an organization is placed from its owner's records.
    [['--org', 'PartyCommittee:PC-60', '--role', 'reader', '--unit', '60'], /^token: Unknown option '--unit'/],
  ])(
    'refuses %j with exit code 2, one line on stderr and nothing on stdout',
    async (args, message) => {
      const { code, stdout, stderr } = await runToken(args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.endsWith('\n')).toBe(true);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr.trimEnd()).toMatch(
        typeof message === 'string' ? new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : message,
      );
    },
    60_000,
  );
});

describe('the demo organizations the token command accepts', () => {
  const tables: Record<OrganizationTypeName, [SubgraphName, string]> = {
    PartyCommittee: ['party', 'party_committee'],
    MassMobilizationCommission: ['party', 'mass_mobilization_commission'],
    StateAgency: ['state', 'state_agency'],
    FrontOrganization: ['front', 'front_organization'],
    ArmedUnit: ['armed-forces', 'armed_unit'],
  };

  it.each(ORGANIZATION_TYPES)(
    'are, for %s, exactly the rows the seeder inserts',
    async (type) => {
      const [subgraph, table] = tables[type];
      const db = await seededDatabase(subgraph);
      try {
        const rows: { id: string }[] = await db.query(`SELECT id FROM ${table}`);
        expect([...demoOrganizationIds()[type]].sort()).toEqual(rows.map((row) => row.id).sort());
      } finally {
        await db.destroy();
      }
    },
    120_000,
  );
});
