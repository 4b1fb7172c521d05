// Imported first by main.ts: telemetry starts before the HTTP server and the database driver load.
import { startTelemetry } from './start-telemetry';

startTelemetry(process.env);
