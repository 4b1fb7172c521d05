/** A sliding-window limit: at most `limit` events per `windowMs` for each key. */
export class RateLimiter {
  private readonly events = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** How long to wait (ms) before an event for this key may happen; 0 when it may happen now. */
  waitFor(key: string, nowMs: number): number {
    const recent = (this.events.get(key) ?? []).filter((t) => t > nowMs - this.windowMs);
    this.events.set(key, recent);
    if (recent.length < this.limit) return 0;
    return (recent[0] as number) + this.windowMs - nowMs;
  }

  /** Records an event for this key. */
  record(key: string, nowMs: number): void {
    const list = this.events.get(key) ?? [];
    list.push(nowMs);
    this.events.set(key, list);
  }
}
