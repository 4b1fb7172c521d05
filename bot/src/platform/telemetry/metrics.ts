import { type Attributes, type Counter, type MeterProvider, metrics, type ObservableResult } from '@opentelemetry/api';

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

/**
 * A gauge read when metrics are collected (e.g. the outbox's depth, from the database), registered with the provider
 * in place when it is called (at start, after telemetry is on); a failed read is skipped, so a slow database never
 * breaks the export.
 */
export function gauge(name: string, description: string, unit: string, read: () => Promise<number>): void {
  metrics
    .getMeter(METER)
    .createObservableGauge(name, { description, unit })
    .addCallback(async (result: ObservableResult<Attributes>) => {
      try {
        result.observe(await read());
      } catch {
        // Nothing observed this time.
      }
    });
}
