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

/** An API answer that was not a success, with the server's own explanation. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Calls the service's JSON API, with the bearer token when there is one. */
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
  let response: Response;
  const contentType = init.document?.type ?? (init.body === undefined ? undefined : 'application/json');
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      headers: {
        accept: 'application/json',
        ...(contentType ? { 'content-type': contentType } : {}),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        ...(init.idempotencyKey ? { 'idempotency-key': init.idempotencyKey } : {}),
      },
      body: init.document ? init.document.text : init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    throw new ApiError(0, 'The Communities of Schools service cannot be reached. Check your connection and try again.');
  }
  const payload = (await response.json().catch(() => ({}))) as { title?: string };
  if (!response.ok) throw new ApiError(response.status, payload.title ?? `The service answered ${response.status}.`);
  return payload as T;
}
