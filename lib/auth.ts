import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLocalJWKSet, createRemoteJWKSet, exportJWK, generateKeyPair, importJWK, JWK, JWTPayload, jwtVerify, SignJWT } from 'jose';
import { ConfigurationError, type Env, environment, isProduction, setting } from './config';
import { ERRORS } from './errors';
import { projectRoot } from './paths';
import type { Level } from './units';

/** The members of the `Organization` union: what a token's `org.type` may name. */
export const ORGANIZATION_TYPES = [
  'PartyCommittee',
  'MassMobilizationCommission',
  'StateAgency',
  'FrontOrganization',
  'ArmedUnit',
] as const;
export type OrganizationTypeName = (typeof ORGANIZATION_TYPES)[number];

export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is asking: the token's subject, organization and roles (design section 6),
 * and, once the subgraph has looked it up, where the organization stands in its
 * owner's records. Nothing else in a token is trusted: the organization's unit and
 * level come from its owner (`placed`, see `organizations.ts`), never from a claim.
 */
export interface Viewer {
  sub: string;
  org: { type: OrganizationTypeName; id: string };
  roles: Role[];
  /**
   * The organization as its owner records it; null when it does not exist, undefined
   * when it could not be looked up (its owner cannot be asked right now, or the
   * process has not placed it): either way such a viewer reads nothing RESTRICTED and
   * writes nothing.
   */
  placed?: PlacedOrganization | null;
  /** When `placed` is null because the organization is not in force today: why, in one line (design section 10). */
  notInForce?: string;
}

/** An organization as its owning subgraph records it. */
export interface PlacedOrganization {
  type: OrganizationTypeName;
  id: string;
  /** The owner's kind of organization (`PEOPLES_COMMITTEE`, `WOMENS_UNION`, `MILITARY_COMMAND`, ...); null for party bodies. */
  kind: string | null;
  level: Level;
  unitCode: string;
  /** `/VN/60/596/`: the unit's materialized path today, from the official lists. */
  unitPath: string;
  /** Its path and the paths of the units its unit was formed from (design section 10): what a party body stands over. */
  unitPaths: string[];
  /** When it was in force (design section 10); an organization not in force today reads nothing restricted and writes nothing. */
  validFrom: string | null;
  validTo: string | null;
  /** The organizations that carried it on, once it ended. */
  successorIds: string[];
}

/**
 * Roles are ranked: an editor may also read, an admin may also edit (and reads
 * the audit log of their organization).
 */
export function hasRole(viewer: Viewer, role: Role): boolean {
  const rank = ROLES.indexOf(role);
  return viewer.roles.some((r) => ROLES.indexOf(r) >= rank);
}

const ALGORITHM = 'ES256';
export const TOKEN_ISSUER = 'dan-van-graph';
export const TOKEN_AUDIENCE = 'dan-van-graph';

/**
 * Where the development key pair lives: generated on first use, kept under `.data/`
 * (ignored by git) so every local process signs and verifies with the same key.
 */
function keyDir(env: Env = environment()): string {
  return env.JWT_KEY_DIR ?? join(projectRoot, '.data', 'jwt');
}

interface KeyFiles {
  privateJwk: JWK;
  publicJwk: JWK;
}

async function developmentKeys(): Promise<KeyFiles> {
  const dir = keyDir();
  const file = join(dir, 'development-key.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as KeyFiles;
  } catch {
    const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { extractable: true });
    const keys: KeyFiles = {
      privateJwk: { ...(await exportJWK(privateKey)), alg: ALGORITHM, kid: 'development' },
      publicJwk: { ...(await exportJWK(publicKey)), alg: ALGORITHM, kid: 'development', use: 'sig' },
    };
    mkdirSync(dir, { recursive: true });
    try {
      // 'wx': when several processes start at once, the first writer wins and the rest read its key.
      writeFileSync(file, JSON.stringify(keys), { flag: 'wx', mode: 0o600 });
      return keys;
    } catch {
      return JSON.parse(readFileSync(file, 'utf8')) as KeyFiles;
    }
  }
}

/** How tokens are verified in this process, read once from the environment. */
interface TokenSettings {
  /** The identity provider's published keys; the development key when absent (never in production). */
  jwksUrl: string | undefined;
  issuer: string;
  audience: string;
  production: boolean;
}

let tokenSettings: TokenSettings | undefined;

function settings(env: Env = environment()): TokenSettings {
  tokenSettings ??= {
    jwksUrl: setting<string | undefined>('JWT_JWKS_URL', undefined, env),
    issuer: setting('JWT_ISSUER', TOKEN_ISSUER, env),
    audience: setting('JWT_AUDIENCE', TOKEN_AUDIENCE, env),
    production: isProduction(env),
  };
  return tokenSettings;
}

/**
 * Makes the process ready to verify tokens, before it serves anything (design
 * section 6): in production (`NODE_ENV=production`) the identity provider's JWKS is
 * required and the development key is never created nor trusted; elsewhere the
 * development key is created if it does not exist (so parallel starters share one).
 */
export async function prepareTokenVerification(): Promise<void> {
  requireProductionKeys();
  if (!settings().jwksUrl) await developmentKeys();
}

/** In production, nothing starts without `JWT_JWKS_URL`: a ConfigurationError saying so, in one line. */
export function requireProductionKeys(): void {
  const { production, jwksUrl } = settings();
  if (production && !jwksUrl) {
    throw new ConfigurationError(
      "JWT_JWKS_URL is not set: with NODE_ENV=production tokens are checked against the identity provider's keys only, never the development key; set JWT_JWKS_URL (and JWT_ISSUER, JWT_AUDIENCE)",
    );
  }
}

/** Signs a development token. Production tokens come from the identity provider behind `JWT_JWKS_URL`. */
export async function signDevelopmentToken(viewer: Viewer, expiresIn = '12h'): Promise<string> {
  const { privateJwk } = await developmentKeys();
  const key = await importJWK(privateJwk, ALGORITHM);
  return new SignJWT({ org: viewer.org, roles: viewer.roles })
    .setProtectedHeader({ alg: ALGORITHM, kid: privateJwk.kid })
    .setSubject(viewer.sub)
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key);
}

type KeySet = Parameters<typeof jwtVerify>[1];
let keySet: Promise<KeySet> | undefined;

/**
 * The keys tokens are checked against: the identity provider's JWKS when
 * `JWT_JWKS_URL` is set (production), else the local development key.
 */
function verificationKeys(): Promise<KeySet> {
  keySet ??= (async () => {
    requireProductionKeys();
    const { jwksUrl } = settings();
    if (jwksUrl) return createRemoteJWKSet(new URL(jwksUrl));
    const { publicJwk } = await developmentKeys();
    return createLocalJWKSet({ keys: [publicJwk] });
  })();
  return keySet;
}

/** An identifier a claim may carry: 1 to 200 printable characters (claims reach SQL: audit rows, lookups). */
function isIdentifier(value: unknown): value is string {
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  return typeof value === 'string' && value.length > 0 && value.length <= 200 && !/[\u0000-\u001f\u007f\ud800-\udfff]/.test(value);
}

function viewerFrom(payload: JWTPayload): Viewer {
  const org = payload.org as { type?: unknown; id?: unknown } | undefined;
  const roles = payload.roles;
  if (
    !isIdentifier(payload.sub) ||
    !org ||
    !ORGANIZATION_TYPES.includes(org.type as OrganizationTypeName) ||
    !isIdentifier(org.id) ||
    !Array.isArray(roles) ||
    !roles.every((r) => ROLES.includes(r as Role))
  ) {
    throw ERRORS.UNAUTHENTICATED.err('token claims must include sub, org { type, id } and roles');
  }
  if (roles.length === 0) {
    // A valid token that grants nothing: refused at the door, before anything is read.
    throw ERRORS.FORBIDDEN.err('Authorization: the token has no role (reader, editor or admin): it may read nothing', {
      http: { status: 403 },
    });
  }
  return { sub: payload.sub, org: { type: org.type as OrganizationTypeName, id: org.id }, roles: roles as Role[] };
}

/** How many verified tokens a process remembers: beyond that the memory is emptied and starts again. */
const MAX_VERIFIED_TOKENS = 10_000;

/** Tokens verified, with the viewer they name and when they expire (milliseconds): a token is verified once, not once per request and subgraph. */
const verified = new Map<string, { viewer: Viewer; expiresAt: number }>();

/** How many tokens this process verified with their signature (the cache's misses); the tests read it. */
export const tokenVerifications = { count: 0 };

/** A fresh copy: each request may set `placed` and `notInForce` on its own viewer. */
function copyOf({ sub, org, roles }: Viewer): Viewer {
  return { sub, org: { ...org }, roles: [...roles] };
}

/**
 * Verifies the `Authorization: Bearer` header: signature, issuer, audience,
 * expiry and claims. Every subgraph calls this itself and never trusts a header
 * the gateway might have added. A token verified once is remembered until it expires
 * (its `exp`, which every token has): the same header is not verified again for each
 * request and each subgraph of it. A token is thus trusted until its expiry even if
 * its key leaves the JWKS sooner: tokens are short-lived for that reason.
 */
export async function verifyAuthorization(header: string | undefined): Promise<Viewer> {
  const token = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
  if (!token) throw ERRORS.UNAUTHENTICATED.err('Authorization: a Bearer token is required');
  const remembered = verified.get(token);
  if (remembered && Date.now() < remembered.expiresAt) return copyOf(remembered.viewer);
  verified.delete(token);
  try {
    tokenVerifications.count += 1;
    const { payload } = await jwtVerify(token, await verificationKeys(), {
      issuer: settings().issuer,
      audience: settings().audience,
      algorithms: [ALGORITHM, 'RS256'],
      // A token that never expires could never be taken back.
      requiredClaims: ['exp'],
    });
    const viewer = viewerFrom(payload);
    if (verified.size >= MAX_VERIFIED_TOKENS) verified.clear();
    verified.set(token, { viewer: copyOf(viewer), expiresAt: payload.exp! * 1000 });
    return viewer;
  } catch (error) {
    if (error instanceof Error && 'extensions' in error) throw error;
    const code = (error as { code?: string; claim?: string }).code;
    const reason =
      code === 'ERR_JWT_EXPIRED'
        ? 'the token has expired'
        : code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' && (error as { claim?: string }).claim === 'exp'
          ? 'the token has no expiry (exp)'
          : 'the token is not valid';
    throw ERRORS.UNAUTHENTICATED.err(`Authorization: ${reason}`);
  }
}
