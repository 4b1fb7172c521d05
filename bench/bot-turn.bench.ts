// Times a `help` turn through POST /api/messages (recognise the person, store the conversation if it changed, build
// the card, send it to the connector) next to a bare echo bot on the same stack (express + CloudAdapter + the same connector).
import { loadConfig } from '../bot/src/platform/config';
import { createLogger } from '../bot/src/platform/logging/logger';
import { startService } from '../bot/src/start-service';
import { teamsActivity } from '../test/support/bot-activities';
import { startCaptureConnector } from '../test/support/capture-connector';
import { demoPersonWith } from '../test/support/demo-people';
import { startEchoBot } from './echo-bot';

const TURNS = 300;

/** Times one turn, from posting the activity to the end of the bot's answer. */
async function timeTurn(url: string, activity: Record<string, unknown>): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  await response.arrayBuffer();
  return performance.now() - started;
}

/** Both bots' turns, taken in turn (help, echo, help, …) so a busy moment on a shared machine slows both alike. */
async function timeBothInTurn(
  help: () => Promise<number>,
  echo: () => Promise<number>,
): Promise<{ help: number[]; echo: number[] }> {
  const times = { help: [] as number[], echo: [] as number[] };
  for (let i = 0; i < TURNS + 20; i++) {
    const helpTime = await help();
    const echoTime = await echo();
    if (i < 20) continue; // The first 20 turns of each warm up.
    times.help.push(helpTime);
    times.echo.push(echoTime);
  }
  return { help: times.help.sort((a, b) => a - b), echo: times.echo.sort((a, b) => a - b) };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

async function main() {
  const connector = await startCaptureConnector();
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', PGLITE_DATA_DIR: 'memory://', LOG_LEVEL: 'silent' });
  const service = await startService(config, createLogger('silent'));
  const echo = await startEchoBot();
  const rep = demoPersonWith('representative');
  const turn = (text: string) =>
    teamsActivity(connector.serviceUrl, { aadObjectId: rep.aadObjectId }, { type: 'message', text }, 'a:bench');
  const { help, echo: bare } = await timeBothInTurn(
    () => timeTurn(`http://127.0.0.1:${service.port}`, turn('help')),
    () => timeTurn(echo.url, turn('hello')),
  );
  console.log(`POST /api/messages, ${TURNS} sequential turns each, alternating (PGlite, loopback connector)\n`);
  console.log('| bot | median | p95 |\n|---|---|---|');
  console.log(
    `| help (welcome card) | ${percentile(help, 0.5).toFixed(2)} ms | ${percentile(help, 0.95).toFixed(2)} ms |`,
  );
  console.log(`| bare echo bot | ${percentile(bare, 0.5).toFixed(2)} ms | ${percentile(bare, 0.95).toFixed(2)} ms |`);
  const ratio = (p: number) => (percentile(help, p) / percentile(bare, p)).toFixed(2);
  console.log(`\nratio (help / echo): median ${ratio(0.5)}, p95 ${ratio(0.95)}`);
  echo.server.close();
  await service.stop();
  await connector.close();
}

void main();
