import { counter } from '../../../platform/telemetry/metrics';
import { inSpan } from '../../../platform/telemetry/spans';

/** One request inside a Graph $batch. */
export interface BatchRequest {
  id: string;
  method: 'POST' | 'PATCH' | 'GET';
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Runs after these requests of the same batch: how one mailbox's requests queue up inside a batch. */
  dependsOn?: string[];
}

/** One response inside a Graph $batch answer (status 0 when the whole batch call failed). */
export interface BatchResponse {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** Sends one $batch and returns its responses. */
export type SendBatch = (requests: BatchRequest[]) => Promise<BatchResponse[]>;

/** Requests Graph answered 429 (too many requests), for the throttling alert. */
const graphThrottled = counter('cos.graph.throttled', 'Graph requests answered 429 Too Many Requests');

/** Limits that keep Graph and Exchange Online from throttling us. */
export interface DispatchLimits {
  maxPerBatch: number;
  maxPerMailboxInFlight: number;
  maxBatchesInFlight: number;
  maxAttempts: number;
  /** How long to wait for more requests before sending a partly filled batch (restarted by each new request). */
  lingerMs: number;
  /** The longest a request waits for company before its batch goes anyway. */
  maxLingerMs: number;
}

/** The limits Graph documents: 20 requests a batch, 4 concurrent requests per mailbox (more queue up with dependsOn). */
export const GRAPH_LIMITS: DispatchLimits = {
  maxPerBatch: 20,
  maxPerMailboxInFlight: 4,
  maxBatchesInFlight: 4,
  maxAttempts: 6,
  lingerMs: 25,
  maxLingerMs: 250,
};

/** Answers worth retrying as they are (424: a request this one depended on failed, so it never ran). */
const RETRYABLE: ReadonlySet<number> = new Set([0, 424, 429, 503, 504]);

interface Pending {
  id?: string;
  dependsOn?: string;
  mailbox: string;
  request: Omit<BatchRequest, 'id'>;
  attempts: number;
  notBefore: number;
  retryOn: ReadonlySet<number>;
  resolve: (response: BatchResponse) => void;
}

/** Packs requests from many callers into $batch calls and retries throttled items after their Retry-After. */
export class BatchDispatcher {
  private readonly queue: Pending[] = [];
  private readonly inFlightByMailbox = new Map<string, number>();
  private readonly slotsTaken = new WeakMap<Pending[], Map<string, Pending[][]>>();
  private batchesInFlight = 0;
  private timer: NodeJS.Timeout | undefined;
  private timerAt = 0;
  private lingerTimer: NodeJS.Timeout | undefined;
  private lingerStartedAt = 0;
  private nextId = 0;

  constructor(
    private readonly send: SendBatch,
    private readonly limits: DispatchLimits = GRAPH_LIMITS,
  ) {}

  /** Queues a request for a mailbox; resolves with its final response (after retrying the answers in `retryOn`). */
  submit(mailbox: string, request: Omit<BatchRequest, 'id'>, retryOn = RETRYABLE): Promise<BatchResponse> {
    return new Promise((resolve) => {
      this.queue.push({ mailbox, request, attempts: 0, notBefore: 0, retryOn, resolve });
      this.linger();
    });
  }

  /** Waits for a quiet moment (or the longest linger) so that requests arriving together share batches. */
  private linger(): void {
    const now = Date.now();
    if (!this.lingerTimer) this.lingerStartedAt = now;
    clearTimeout(this.lingerTimer);
    const wait = Math.min(this.limits.lingerMs, this.lingerStartedAt + this.limits.maxLingerMs - now);
    this.lingerTimer = setTimeout(
      () => {
        this.lingerTimer = undefined;
        this.pump();
      },
      Math.max(0, wait),
    );
  }

  /** Wakes the dispatcher after `delayMs`, unless it is already due to wake sooner. */
  private schedule(delayMs: number): void {
    const at = Date.now() + Math.max(0, delayMs);
    if (this.timer && this.timerAt <= at) return;
    clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.pump();
      },
      Math.max(0, delayMs),
    );
  }

  private pump(): void {
    if (this.lingerTimer) return; // More requests are on their way; the linger timer pumps.
    while (this.batchesInFlight < this.limits.maxBatchesInFlight) {
      const now = Date.now(); // One instant for both decisions, so an item cannot fall between them.
      const batch = this.takeBatch(now);
      if (batch.length > 0) {
        void this.dispatch(batch);
        continue;
      }
      // Ready items left behind are waiting for their mailbox's slots, which only an in-flight batch frees (and it
      // pumps when it finishes); delayed items need a timer.
      const delayed = this.queue.filter((p) => p.notBefore > now);
      if (delayed.length > 0) this.schedule(Math.min(...delayed.map((p) => p.notBefore)) - now);
      return;
    }
  }

  /**
   * Fills a batch: whole mailboxes first (so a mailbox's requests travel together), then part of one to fill it up,
   * keeping one of that mailbox's slots free for its remainder.
   * Each mailbox gets as many parallel chains as it has free slots (4 less those in flight); its other requests join
   * the shortest chain through dependsOn, so they run one after another inside Graph.
   */
  private takeBatch(now: number): Pending[] {
    const groups = new Map<string, Pending[]>();
    for (const item of this.queue) {
      const free = this.limits.maxPerMailboxInFlight - (this.inFlightByMailbox.get(item.mailbox) ?? 0);
      if (item.notBefore > now || free <= 0) continue;
      groups.set(item.mailbox, [...(groups.get(item.mailbox) ?? []), item]);
    }
    const chosen: Pending[] = [];
    const split = new Set<string>();
    const room = () => this.limits.maxPerBatch - chosen.length;
    for (const group of groups.values()) if (group.length <= room()) chosen.push(...group.splice(0));
    for (const [mailbox, group] of groups) {
      if (room() === 0 || group.length === 0) continue;
      chosen.push(...group.splice(0, room()));
      split.add(mailbox);
    }
    const taken = new Set(chosen);
    for (let i = this.queue.length - 1; i >= 0; i--) if (taken.has(this.queue[i] as Pending)) this.queue.splice(i, 1);

    const chains = new Map<string, Pending[][]>();
    for (const item of chosen) {
      const own = chains.get(item.mailbox) ?? [];
      const free = this.limits.maxPerMailboxInFlight - (this.inFlightByMailbox.get(item.mailbox) ?? 0);
      // A mailbox split across batches keeps a slot free, so the rest of it can go in the next batch.
      const freeSlots = split.has(item.mailbox) ? Math.max(1, free - 1) : free;
      item.id = String(++this.nextId);
      if (own.length < freeSlots) {
        item.dependsOn = undefined;
        own.push([item]);
      } else {
        const shortest = own.reduce((a, b) => (b.length < a.length ? b : a));
        item.dependsOn = shortest[shortest.length - 1]?.id;
        shortest.push(item);
      }
      chains.set(item.mailbox, own);
    }
    for (const [mailbox, own] of chains)
      this.inFlightByMailbox.set(mailbox, (this.inFlightByMailbox.get(mailbox) ?? 0) + own.length);
    this.slotsTaken.set(chosen, chains);
    return chosen;
  }

  private async dispatch(batch: Pending[]): Promise<void> {
    this.batchesInFlight++;
    await inSpan('graph.batch', { 'cos.graph.requests': batch.length }, async (notes) => {
      const responses = await this.sendOrFail(batch);
      notes.set({
        'cos.graph.throttled': responses.filter((r) => r.status === 429).length,
        'cos.graph.failed': responses.filter((r) => r.status === 0 || r.status >= 400).length,
        // 401/403: consent or the application access policy was withdrawn (an alert in infra/azure.bicep).
        'cos.graph.refused': responses.filter((r) => r.status === 401 || r.status === 403).length,
        'cos.graph.retries': batch.filter((p) => p.attempts > 0).length,
        'cos.outcome': responses.every((r) => r.status > 0 && r.status < 400) ? 'ok' : 'partial',
      });
      const throttled = responses.filter((r) => r.status === 429).length;
      if (throttled > 0) graphThrottled.add(throttled);
      this.settle(batch, responses);
    });
    for (const [mailbox, own] of this.slotsTaken.get(batch) ?? []) {
      this.inFlightByMailbox.set(mailbox, (this.inFlightByMailbox.get(mailbox) ?? own.length) - own.length);
    }
    this.slotsTaken.delete(batch);
    this.batchesInFlight--;
    this.pump();
  }

  /** Sends one $batch; a failure of the whole call counts as status 0 for each of its requests (retried). */
  private async sendOrFail(batch: Pending[]): Promise<BatchResponse[]> {
    try {
      return await this.send(
        batch.map((p) => ({ id: p.id as string, ...p.request, ...(p.dependsOn ? { dependsOn: [p.dependsOn] } : {}) })),
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return batch.map((p) => ({ id: p.id as string, status: 0, body: { error: { message } } }));
    }
  }

  /** Resolves each request with its answer, or queues it again after its Retry-After when it is worth retrying. */
  private settle(batch: Pending[], responses: BatchResponse[]): void {
    const byId = new Map(responses.map((r) => [r.id, r]));
    for (const pending of batch) {
      const id = pending.id as string;
      const response = byId.get(id) ?? { id, status: 0, body: { error: { message: 'No response for this request' } } };
      pending.attempts++;
      if (pending.retryOn.has(response.status) && pending.attempts < this.limits.maxAttempts) {
        pending.notBefore = Date.now() + retryDelayMs(response, pending.attempts);
        this.queue.push(pending);
      } else {
        pending.resolve(response);
      }
    }
  }
}

function retryDelayMs(response: BatchResponse, attempt: number): number {
  const header = Object.entries(response.headers ?? {}).find(([k]) => k.toLowerCase() === 'retry-after')?.[1];
  const seconds = Number(header);
  if (header !== undefined && Number.isFinite(seconds)) return seconds * 1000;
  return Math.min(30_000, 500 * 2 ** (attempt - 1));
}
