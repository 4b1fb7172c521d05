// autocannon reports latency from a histogram (p50, p90, p97.5, p99, no p95); this keeps every response's own time
// so any percentile is exact.
import autocannon from 'autocannon';

/** An autocannon run with the time of every 2xx response kept, in milliseconds, ascending. */
export interface TimedRun {
  result: autocannon.Result;
  sortedMs: number[];
}

/** Runs autocannon with `options` and keeps the time of every response that succeeded. */
export async function timedRun(options: autocannon.Options): Promise<TimedRun> {
  const sortedMs: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    run.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode < 300) sortedMs.push(responseTime);
    });
  });
  sortedMs.sort((a, b) => a - b);
  return { result, sortedMs };
}

/** The p-th quantile (0 to 1) of ascending times, or NaN when there are none. */
export function percentile(sortedMs: readonly number[], p: number): number {
  return sortedMs[Math.min(sortedMs.length - 1, Math.floor(sortedMs.length * p))] ?? Number.NaN;
}
