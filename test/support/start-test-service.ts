import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type AppConfig, loadConfig } from '../../bot/src/platform/config';
import { createLogger } from '../../bot/src/platform/logging/logger';
import { type RunningService, type ServiceSeams, startService } from '../../bot/src/start-service';
import { planningClock } from './planning-clock';

/** A service started for one test file, on a free port, over a throwaway PGlite database with demo data. */
export interface TestService extends RunningService {
  baseUrl: string;
}

/** Starts the real service (as `npm start` does): local defaults, then `env`, then config `overrides`; the clock is mid-June 2026. */
export async function startTestService(
  env: Record<string, string> = {},
  overrides: Partial<AppConfig> = {},
  clock: () => number = planningClock,
  seams: ServiceSeams = {},
): Promise<TestService> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cos-service-'));
  const config: AppConfig = {
    ...loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      PGLITE_DATA_DIR: dataDir,
      LOCAL_MAIL_DIR: path.join(dataDir, 'mail'),
      TAB_DIST_DIR: path.resolve(__dirname, '../../dist/tab'),
      LOG_LEVEL: 'silent',
      // Tests about other things send far more than a person would; rate-limits.test.ts sets its own limits.
      RATE_LIMIT_WRITES_PER_MINUTE: '100000',
      RATE_LIMIT_SEARCHES_PER_MINUTE: '100000',
      ...env,
    }),
    ...overrides,
  };
  const service = await startService(config, createLogger(config.logLevel), clock, seams);
  return {
    ...service,
    baseUrl: `http://127.0.0.1:${service.port}`,
    stop: async () => {
      await service.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
