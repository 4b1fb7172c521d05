import type { Server } from 'node:http';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import express from 'express';

/** The baseline bot: express + CloudAdapter like the service, answering every message with an echo. */
export async function startEchoBot(): Promise<{ url: string; server: Server }> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`echo: ${context.activity.text}`);
    await next();
  });
  const app = express();
  app.post('/api/messages', express.json(), (req, res) => adapter.process(req, res, (c) => bot.run(c)));
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server };
}
