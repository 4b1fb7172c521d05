/** Renew a token this long before it expires, so no request is sent with one about to lapse. */
const RENEW_BEFORE_MS = 5 * 60_000;

let source: (() => Promise<string>) | undefined;
let latest: { token: string; expiresAtMs: number | undefined } | undefined;
let renewing: Promise<string> | undefined;

/** Where fresh tokens come from (the host's SSO); without one (the dev sign-in) tokens are used as they are. */
export function renewTokensWith(renew: (() => Promise<string>) | undefined): void {
  source = renew;
  latest = undefined;
  renewing = undefined;
}

/** When a JWT expires (ms), from its `exp` claim; undefined when it is not a JWT. */
function expiryOf(token: string): number | undefined {
  try {
    const payload = token.split('.')[1];
    if (!payload) return undefined;
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/** A new token from the source; calls made meanwhile wait for the same one. */
function renewed(renew: () => Promise<string>): Promise<string> {
  renewing ??= renew()
    .then((token) => {
      latest = { token, expiresAtMs: expiryOf(token) };
      return token;
    })
    .finally(() => {
      renewing = undefined;
    });
  return renewing;
}

/** The token to send instead of `token`: the latest renewed one, renewed again first when it is about to expire. */
export async function usableToken(token: string | undefined): Promise<string | undefined> {
  if (!token || !source) return token;
  const current = latest ?? { token, expiresAtMs: expiryOf(token) };
  if (current.expiresAtMs !== undefined && current.expiresAtMs - Date.now() < RENEW_BEFORE_MS) return renewed(source);
  return current.token;
}

/** After the API refused a token (401): a renewed one to try once more, or undefined when tokens cannot be renewed. */
export function tokenAfterRefusal(): Promise<string> | undefined {
  return source ? renewed(source) : undefined;
}
