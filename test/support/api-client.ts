/** A small JSON client for the service's API, signed in through the local dev sign-in. */
export interface TestApi {
  call(method: string, path: string, body?: unknown): Promise<ApiAnswer>;
}

/** An API answer; the body is whatever JSON the route sent, read loosely by tests. */
export interface ApiAnswer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON the route answers.
  body: any;
  text: string;
  headers: Headers;
}

/** A bearer token for the seeded person with this email, from the local dev sign-in. */
export async function devTokenFor(baseUrl: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  if (!response.ok) throw new Error(`Dev sign-in as ${email} failed: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** Signs in as the seeded person with this email and returns a client that sends their token. */
export async function signInAs(baseUrl: string, email: string): Promise<TestApi> {
  return apiWithToken(baseUrl, await devTokenFor(baseUrl, email));
}

/** A client that sends this bearer token (or none), for tests that hold a token already. */
export function apiWithToken(baseUrl: string, token?: string): TestApi {
  return {
    async call(method, path, body) {
      const res = await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      let parsed: unknown;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        parsed = undefined;
      }
      return { status: res.status, body: parsed, text, headers: res.headers };
    },
  };
}
