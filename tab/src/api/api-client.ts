import { tokenAfterRefusal, usableToken } from './token-renewal';

/** A role as the API describes it. */
export interface ApiRole {
  role: 'representative' | 'chair' | 'officer' | 'practitioner' | 'senInclusionAdviser';
  communityId?: string;
  communityName?: string;
  schoolId?: string;
  schoolName?: string;
  label?: string;
}

/** The signed-in person (GET /api/me). */
export interface Me {
  id: string;
  email: string;
  displayName: string;
  jobTitle: string | null;
  roles: (ApiRole & { label: string })[];
}

/** A seeded person offered by the local dev sign-in (GET /api/dev/people). */
export interface DevPerson {
  email: string;
  displayName: string;
  jobTitle: string | null;
  roles: ApiRole[];
}

/** An API answer that was not a success, with the server's own explanation and, for bad input, one per field. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldErrors: Record<string, string> = {},
    /** The whole answer, for refusals that say more (e.g. the place a full event's waiting list gave). */
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/**
 * What to tell someone whose change was refused: with field problems, to look at the fields (each problem shows by its
 * own); otherwise the service's own explanation.
 */
export function refusalOf(error: unknown, nothingDone: string): string {
  const fields = error instanceof ApiError ? Object.keys(error.fieldErrors).length : 0;
  if (fields > 0) return `${nothingDone}: check the ${fields === 1 ? 'field' : `${fields} fields`} marked below.`;
  return `${nothingDone}. ${(error as Error).message}`;
}

/**
 * Calls the service's JSON API with the bearer token when there is one: a token about to expire is renewed first, and
 * a request the API refuses with 401 is sent once more with a renewed token (Teams SSO), so a tab left open keeps working.
 */
export async function callApi<T>(
  path: string,
  init: {
    token?: string;
    method?: string;
    body?: unknown;
    /** A document sent as it is (e.g. Markdown), instead of a JSON body. */
    document?: { text: string; type: string };
    idempotencyKey?: string;
  } = {},
): Promise<T> {
  const contentType = init.document?.type ?? (init.body === undefined ? undefined : 'application/json');
  const send = async (token: string | undefined): Promise<Response> => {
    try {
      return await fetch(path, {
        method: init.method ?? 'GET',
        headers: {
          accept: 'application/json',
          ...(contentType ? { 'content-type': contentType } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(init.idempotencyKey ? { 'idempotency-key': init.idempotencyKey } : {}),
        },
        body: init.document ? init.document.text : init.body === undefined ? undefined : JSON.stringify(init.body),
      });
    } catch {
      throw new ApiError(
        0,
        'The Communities of Schools service cannot be reached. Check your connection and try again.',
      );
    }
  };
  let response = await send(await usableToken(init.token));
  const retryWith = response.status === 401 && init.token ? tokenAfterRefusal() : undefined;
  if (retryWith) response = await send(await retryWith);
  const payload = (await response.json().catch(() => ({}))) as { title?: string; errors?: Record<string, string> };
  if (!response.ok) {
    throw new ApiError(
      response.status,
      payload.title ?? `The service answered ${response.status}.`,
      payload.errors,
      payload,
    );
  }
  return payload as T;
}
