import type { ApiAnswer } from './api-client';
import { everyItem } from './every-item';

/** An API client for the funding tests: extra headers (Idempotency-Key, Content-Type) and raw text bodies. */
export interface FundingApi {
  /** Sends JSON for objects, the text as it is for strings; `headers` add to or replace the defaults. */
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiAnswer>;
}

/** Signs in through the local dev sign-in as a seeded person; without an email the client sends no token. */
export async function fundingApiAs(baseUrl: string, email?: string): Promise<FundingApi> {
  let token: string | undefined;
  if (email) {
    const response = await fetch(`${baseUrl}/api/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
    });
    if (!response.ok) throw new Error(`Dev sign-in as ${email} failed: ${response.status}`);
    token = ((await response.json()) as { token: string }).token;
  }
  return {
    async call(method, path, body, headers = {}) {
      const raw = typeof body === 'string';
      const res = await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body === undefined ? {} : { 'content-type': raw ? 'text/plain' : 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : raw ? body : JSON.stringify(body),
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

/** Every funding request a caller may see for a query, following `nextCursor` a page of 100 at a time. */
export function everyRequest<T = { id: string }>(
  api: { call(method: string, path: string): Promise<{ status: number; body: unknown }> },
  query = '',
): Promise<T[]> {
  return everyItem<T>(api, `/api/funding-requests?${query}`);
}
