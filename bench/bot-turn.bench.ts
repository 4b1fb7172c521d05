// Times a `help` turn through POST /api/messages (recognise the person, store the conversation, build the card,
// send it to the connector) next to a bare echo bot on the same stack (express + CloudAdapter + the same connector).
import { loadConfig } from '../bot/src/platform/config';
import { createLogger } from '../bot/src/platform/logging/logger';
import { startService } from '../bot/src/start-service';
import { teamsActivity } from '../test/support/bot-activities';
import { startCaptureConnector } from '../test/support/capture-connector';
import { demoPersonWith } from '../test/support/demo-people';
import { startEchoBot } from './echo-bot';

const TURNS = 300;

async function timeTurns(url: string, activity: () => Record<string, unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < TURNS + 20; i++) {
    const started = performance.now();
    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity()),
    });
    await response.arrayBuffer();
    if (i >= 20) times.push(performance.now() - started); // The first 20 turns warm up.
  }
  return times.sort((a, b) => a - b);
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

async function main() {
  const connector = await startCaptureConnector();
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', PGLITE_DATA_DIR: 'memory://', LOG_LEVEL: 'silent' });
  const service = await startService(config, createLogger('silent'));
  const echo = await startEchoBot();
  const rep = demoPersonWith('representative');
  const help = await timeTurns(`http://127.0.0.1:${service.port}`, () =>
    teamsActivity(connector.serviceUrl, { aadObjectId: rep.aadObjectId }, { type: 'message', text: 'help' }, 'a:bench'),
  );
  const bare = await timeTurns(echo.url, () =>
    teamsActivity(
      connector.serviceUrl,
      { aadObjectId: rep.aadObjectId },
      { type: 'message', text: 'hello' },
      'a:bench',
    ),
  );
  console.log(`POST /api/messages, ${TURNS} sequential turns each (PGlite, loopback connector)\n`);
  console.log('| bot | median | p95 |\n|---|---|---|');
  console.log(
    `| help (welcome card) | ${percentile(help, 0.5).toFixed(2)} ms | ${percentile(help, 0.95).toFixed(2)} ms |`,
  );
  console.log(`| bare echo bot | ${percentile(bare, 0.5).toFixed(2)} ms | ${percentile(bare, 0.95).toFixed(2)} ms |`);
  console.log(`\nratio (help / echo): median ${(percentile(help, 0.5) / percentile(bare, 0.5)).toFixed(2)}`);
  echo.server.close();
  await service.stop();
  await connector.close();
}

void main();
