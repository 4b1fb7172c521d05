/** @jest-environment jsdom */
import { callApi } from './api-client';
import { renewTokensWith } from './token-renewal';

/** A JWT-shaped token (unsigned: the tab only reads its expiry) that expires `inMs` from now. */
const token = (name: string, inMs: number) =>
  `h.${btoa(JSON.stringify({ sub: name, exp: Math.floor((Date.now() + inMs) / 1000) })).replace(/=+$/, '')}.s`;

/** The service as the test's stand-in: records the bearer of each call and answers from `statuses` in turn. */
function service(statuses: number[]) {
  const bearers: string[] = [];
  globalThis.fetch = (async (_path: string, init?: RequestInit) => {
    bearers.push(((init?.headers ?? {}) as Record<string, string>).authorization ?? '');
    const status = statuses.shift() ?? 200;
    return { ok: status < 300, status, json: async () => ({ status }) };
  }) as unknown as typeof fetch;
  return bearers;
}

/** The host's SSO, as the test's double: each call hands out the next token and counts itself. */
function sso(...tokens: string[]) {
  const calls = { count: 0 };
  renewTokensWith(async () => {
    calls.count++;
    return tokens.shift() ?? 'no-more-tokens';
  });
  return calls;
}

describe('a tab left open keeps its sign-in', () => {
  afterEach(() => renewTokensWith(undefined));

  it('renews a token about to expire before sending, once for calls made together, then keeps the new one', async () => {
    const old = token('old', 2 * 60_000);
    const fresh = token('fresh', 60 * 60_000);
    const calls = sso(fresh);
    const bearers = service([]);
    await Promise.all([callApi('/api/me', { token: old }), callApi('/api/faq', { token: old })]);
    await callApi('/api/faq', { token: old });
    expect(calls.count).toBe(1);
    expect(bearers).toEqual([`Bearer ${fresh}`, `Bearer ${fresh}`, `Bearer ${fresh}`]);
  });

  it('tries once more with a renewed token when the API says 401, and no more than once', async () => {
    const current = token('current', 30 * 60_000);
    const calls = sso(token('renewed', 60 * 60_000), token('again', 60 * 60_000));
    const bearers = service([401, 200]);
    await expect(callApi('/api/me', { token: current })).resolves.toEqual({ status: 200 });
    expect(bearers).toHaveLength(2);
    expect(bearers[1]).not.toBe(bearers[0]);

    service([401, 401]);
    await expect(callApi('/api/me', { token: current })).rejects.toMatchObject({ status: 401 });
    expect(calls.count).toBe(2);
  });

  it('uses the dev sign-in token as it is: nothing to renew it with', async () => {
    const bearers = service([401]);
    await expect(callApi('/api/me', { token: 'dev-token' })).rejects.toMatchObject({ status: 401 });
    expect(bearers).toEqual(['Bearer dev-token']);
  });
});
