import { type Attributes, type Counter, metrics, type ObservableResult } from '@opentelemetry/api';

const meter = metrics.getMeter('communities-of-schools');

/** A counter the IT team's dashboard and alerts read (a no-op until telemetry is switched on). */
export function counter(name: string, description: string): Counter<Attributes> {
  return meter.createCounter(name, { description });
}

/**
 * A gauge read when metrics are collected (e.g. the outbox's depth, from the database); a failed read is skipped, so
 * a slow database never breaks the export.
 */
export function gauge(name: string, description: string, unit: string, read: () => Promise<number>): void {
  meter.createObservableGauge(name, { description, unit }).addCallback(async (result: ObservableResult<Attributes>) => {
    try {
      result.observe(await read());
    } catch {
      // Nothing observed this time.
    }
  });
}
