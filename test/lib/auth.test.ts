import { signDevelopmentToken, tokenVerifications, verifyAuthorization } from '../../lib';

/**
 * Token verification is done once per token, not once per request and subgraph
 * (issue 11): a verified token is remembered until it expires, and each request gets
 * its own copy of the viewer.
 */
const viewer = { sub: 'cache-test', org: { type: 'MassMobilizationCommission' as const, id: 'MMC-68-2025' }, roles: ['reader' as const] };

it('verifies a token once, and gives each request its own viewer', async () => {
  const header = `Bearer ${await signDevelopmentToken(viewer, '1h')}`;
  const before = tokenVerifications.count;
  const first = await verifyAuthorization(header);
  first.notInForce = 'set by one request';
  const second = await verifyAuthorization(header);
  expect(tokenVerifications.count - before).toBe(1);
  expect(second).toEqual(viewer);
  expect(second).not.toBe(first);
});

it('does not remember a token past its expiry, nor a token that failed', async () => {
  const header = `Bearer ${await signDevelopmentToken(viewer, '2s')}`;
  await verifyAuthorization(header);
  await new Promise((resolve) => setTimeout(resolve, 2_100));
  await expect(verifyAuthorization(header)).rejects.toThrow('Authorization: the token has expired');
  const forged = `${header.slice(0, -4)}AAAA`;
  const before = tokenVerifications.count;
  await expect(verifyAuthorization(forged)).rejects.toThrow('the token is not valid');
  await expect(verifyAuthorization(forged)).rejects.toThrow('the token is not valid');
  expect(tokenVerifications.count - before).toBe(2);
});
