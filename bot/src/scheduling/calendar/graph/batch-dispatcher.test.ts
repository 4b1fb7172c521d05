import { BatchDispatcher, type BatchRequest, GRAPH_LIMITS } from './batch-dispatcher';

describe('packing Graph requests into $batch calls', () => {
  it('sends 53 mailboxes × 7 events in 19 batches without more than 4 parallel requests per mailbox', async () => {
    const batches: BatchRequest[][] = [];
    const parallelNow = new Map<string, number>();
    let worst = 0;
    const dispatcher = new BatchDispatcher(async (requests) => {
      batches.push(requests);
      const heads = requests.filter((r) => !r.dependsOn);
      for (const r of heads) {
        const mailbox = r.url.split('/')[2] as string;
        parallelNow.set(mailbox, (parallelNow.get(mailbox) ?? 0) + 1);
        worst = Math.max(worst, parallelNow.get(mailbox) ?? 0);
      }
      await new Promise((r) => setTimeout(r, 20));
      for (const r of heads) {
        const mailbox = r.url.split('/')[2] as string;
        parallelNow.set(mailbox, (parallelNow.get(mailbox) ?? 1) - 1);
      }
      return requests.map((r) => ({ id: r.id, status: 201, body: {} }));
    }, GRAPH_LIMITS);
    const all = Array.from({ length: 53 }, (_, m) =>
      Array.from({ length: 7 }, () => dispatcher.submit(`m${m}`, { method: 'POST', url: `/users/m${m}/events` })),
    ).flat();
    const responses = await Promise.all(all);
    expect(responses.every((r) => r.status === 201)).toBe(true);
    expect(batches).toHaveLength(19);
    expect(Math.max(...batches.map((b) => b.length))).toBe(20);
    expect(worst).toBeLessThanOrEqual(4);
    for (const batch of batches) {
      const ids = new Set(batch.map((r) => r.id));
      for (const r of batch) for (const d of r.dependsOn ?? []) expect(ids.has(d)).toBe(true);
    }
  });

  it('gives up on a request after its attempts and returns the last answer', async () => {
    let calls = 0;
    const dispatcher = new BatchDispatcher(
      async (requests) => {
        calls++;
        return requests.map((r) => ({ id: r.id, status: 503, headers: { 'Retry-After': '0' } }));
      },
      { ...GRAPH_LIMITS, maxAttempts: 3, lingerMs: 1 },
    );
    expect((await dispatcher.submit('m', { method: 'POST', url: '/users/m/events' })).status).toBe(503);
    expect(calls).toBe(3);
  });
});
