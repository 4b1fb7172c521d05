/** How long answers that came with the sign-in stand in for a read: long enough for the first page to render. */
const FRESH_FOR_MS = 30_000;

/** API answers that came with the sign-in, for the first page's reads: each serves one read, while fresh. */
export class FirstReads {
  private readonly answers: Map<string, unknown>;
  private readonly receivedAt = Date.now();

  constructor(answers: Record<string, unknown>) {
    this.answers = new Map(Object.entries(answers));
  }

  /** The answer for this API path if the sign-in brought one (then forgotten); later reads go to the API. */
  take(path: string): { data: unknown } | undefined {
    const answer = this.peek(path);
    this.answers.delete(path);
    return answer;
  }

  /** The answer `take` would give for this path, left in place (for a first render, before its effects run). */
  peek(path: string): { data: unknown } | undefined {
    if (!this.answers.has(path) || Date.now() - this.receivedAt >= FRESH_FOR_MS) return undefined;
    return { data: this.answers.get(path) };
  }
}
