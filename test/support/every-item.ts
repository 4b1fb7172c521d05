/** Anything that calls the API as someone. */
interface ApiCaller {
  call(method: string, path: string): Promise<{ status: number; body: unknown }>;
}

/** Every item of a paged API list (`{items, nextCursor}`), following `nextCursor` a page of 100 at a time. */
export async function everyItem<T>(api: ApiCaller, path: string): Promise<T[]> {
  const [route, query = ''] = path.split('?');
  const all: T[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams(query);
    params.set('limit', '100');
    if (cursor) params.set('cursor', cursor);
    const { status, body } = await api.call('GET', `${route}?${params}`);
    if (status !== 200) throw new Error(`GET ${route} answered ${status}: ${JSON.stringify(body)}`);
    const page = body as { items: T[]; nextCursor: string | null };
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}
