import type * as AzureMonitor from '@azure/monitor-opentelemetry';
import { ConsoleSpanExporter, NodeTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';

/** Where telemetry goes: Application Insights, the console (local troubleshooting), or nowhere. */
export type TelemetryTarget = 'azure-monitor' | 'console' | 'off';

/**
 * Starts OpenTelemetry from the environment, before the HTTP server and database driver load:
 * `APPLICATIONINSIGHTS_CONNECTION_STRING` sends traces and metrics to Application Insights (Azure Monitor's
 * distribution, with PostgreSQL instrumented; incoming HTTP is traced by the app's own request spans, which name the
 * route and never the address); `TELEMETRY_CONSOLE=true` prints spans locally; otherwise nothing is collected.
 */
export function startTelemetry(env: Record<string, string | undefined>): TelemetryTarget {
  const connectionString = env.APPLICATIONINSIGHTS_CONNECTION_STRING?.trim();
  if (connectionString) {
    // Loaded only when used: the distribution is large, and it must start before the modules it instruments.
    // A synchronous require, so instrumentation is in place before express and pg load.
    const azureMonitor = require('@azure/monitor-opentelemetry') as typeof AzureMonitor;
    // biome-ignore lint/correctness/useHookAtTopLevel: the SDK's setup function, named like a React hook; not one.
    azureMonitor.useAzureMonitor({
      azureMonitorExporterOptions: { connectionString },
      enableLiveMetrics: true,
      instrumentationOptions: {
        http: { enabled: false },
        postgreSql: { enabled: true },
        azureSdk: { enabled: false },
        mongoDb: { enabled: false },
        mySql: { enabled: false },
        redis: { enabled: false },
        redis4: { enabled: false },
      },
    });
    return 'azure-monitor';
  }
  if (env.TELEMETRY_CONSOLE === 'true') {
    new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(new ConsoleSpanExporter())] }).register();
    return 'console';
  }
  return 'off';
}
