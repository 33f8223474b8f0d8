import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Services, tokenFor } from '../support/services';

/**
 * Production verification: with `JWT_JWKS_URL` set, the gateway and every
 * subgraph check tokens against the identity provider's published keys (here a
 * JWKS served on loopback), with its issuer and audience, and the development key
 * is no longer accepted.
 */
let jwks: Server;
let services: Services;
let signWithProvider: (claims: { org: object; roles: string[] }, issuer?: string) => Promise<string>;

beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const publicJwk = { ...(await exportJWK(publicKey)), kid: 'provider-2026', alg: 'RS256', use: 'sig' };
  jwks = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [publicJwk] }));
  });
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  process.env.JWT_JWKS_URL = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/.well-known/jwks.json`;
  process.env.JWT_ISSUER = 'https://sso.example.gov.vn';
  process.env.JWT_AUDIENCE = 'dan-van';
  signWithProvider = (claims, issuer = 'https://sso.example.gov.vn') =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'provider-2026' })
      .setSubject('nguyen.van.a')
      .setIssuer(issuer)
      .setAudience('dan-van')
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(privateKey);
  services = await Services.start();
});

afterAll(async () => {
  await services?.stop();
  await new Promise((resolve) => jwks?.close(resolve));
  delete process.env.JWT_JWKS_URL;
  delete process.env.JWT_ISSUER;
  delete process.env.JWT_AUDIENCE;
});

const QUERY = '{ administrativeUnit(code: "60") { name partyCommittee { id } frontOrganizations { id } } }';

it("accepts the identity provider's token at the gateway and in every subgraph behind it", async () => {
  const token = await signWithProvider({ org: { type: 'StateAgency', id: 'PCOM-60', unit: '60' }, roles: ['reader'] });
  const { errors, data } = await services.queryGateway(QUERY, {}, token);
  expect(errors).toBeUndefined();
  expect(data!.administrativeUnit).toMatchObject({ name: 'Tỉnh Bình Thuận', partyCommittee: { id: 'PC-60' } });
});

it('refuses the development key, and a token of the right key from another issuer', async () => {
  const development = await services.queryGateway(QUERY, {}, await tokenFor());
  expect(development.status).toBe(401);
  const otherIssuer = await services.queryGateway(
    QUERY,
    {},
    await signWithProvider({ org: { type: 'StateAgency', id: 'PCOM-60' }, roles: ['reader'] }, 'https://elsewhere.example'),
  );
  expect(otherIssuer.status).toBe(401);
  expect(otherIssuer.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});
