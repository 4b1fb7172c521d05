import './platform/telemetry/register-telemetry';
import { ConfigError, loadConfig } from './platform/config';
import { createLogger } from './platform/logging/logger';
import { startService } from './start-service';

/** How long a graceful shutdown may take before the process exits anyway (App Service waits a little longer). */
const SHUTDOWN_DEADLINE_MS = 9000;

/** Starts the service from the environment and stops it cleanly on SIGINT/SIGTERM (a second signal exits at once). */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const service = await startService(config, logger);
  logger.info(
    { port: service.port, database: service.engine, mode: config.mode },
    `Communities of Schools is listening on http://localhost:${service.port}`,
  );
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing requests and background work in hand');
    const deadline = setTimeout(() => {
      logger.warn({ afterMs: SHUTDOWN_DEADLINE_MS }, 'shutdown took too long: exiting now');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS);
    deadline.unref();
    await service.stop();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

void main().catch((error: unknown) => {
  process.stderr.write(
    `Communities of Schools failed to start: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
