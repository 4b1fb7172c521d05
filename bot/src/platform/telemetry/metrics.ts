import {
  type Attributes,
  type BatchObservableResult,
  type Counter,
  type MeterProvider,
  metrics,
} from '@opentelemetry/api';

const METER = 'communities-of-schools';

/** A count that only goes up, by attributes (e.g. deliveries by kind and outcome). */
export interface CountUp {
  add(value: number, attributes?: Attributes): void;
}

/**
 * A counter the IT team's dashboard and alerts read (a no-op until telemetry is switched on). OpenTelemetry's metrics
 * API does not forward a meter made before a provider is registered, so the counter is made from the provider in
 * place when it is first counted, and again if the provider changes.
 */
export function counter(name: string, description: string): CountUp {
  let made: { provider: MeterProvider; counter: Counter<Attributes> } | undefined;
  return {
    add(value, attributes) {
      const provider = metrics.getMeterProvider();
      if (made?.provider !== provider) {
        made = { provider, counter: provider.getMeter(METER).createCounter(name, { description }) };
      }
      made.counter.add(value, attributes);
    },
  };
}

/** A gauge's description and unit, as the dashboard shows them. */
interface GaugeDescriptor {
  description: string;
  unit: string;
}

/**
 * Gauges read together when metrics are collected (e.g. the outbox's depth and the age of its oldest message, from
 * one database query), registered with the provider in place when called (at start, after telemetry is on). A failed
 * read is skipped, so a slow database never breaks the export.
 */
export function gauges<K extends string>(
  descriptors: Record<K, GaugeDescriptor>,
  read: () => Promise<Record<K, number>>,
): void {
  const meter = metrics.getMeter(METER);
  const observed = (Object.entries(descriptors) as [K, GaugeDescriptor][]).map(
    ([name, descriptor]) => [name, meter.createObservableGauge(name, descriptor)] as const,
  );
  meter.addBatchObservableCallback(
    async (result: BatchObservableResult) => {
      try {
        const values = await read();
        for (const [name, gauge] of observed) result.observe(gauge, values[name]);
      } catch {
        // Nothing observed this time.
      }
    },
    observed.map(([, gauge]) => gauge),
  );
}

/** A waiting gauge's age: whole seconds from `since` to `nowMs` (0 when nothing waits). */
export function ageInSeconds(since: Date | string | null | undefined, nowMs: number): number {
  return since ? Math.max(0, Math.round((nowMs - new Date(since).getTime()) / 1000)) : 0;
}
