import type express from 'express';

/** An email the double accepted through `sendMail`. */
interface SentMail {
  from: string;
  to: string;
  subject: string;
  html: string;
}

/** What the reach part of the Graph double holds: the app's catalog entry, installations per user, and mail sent. */
export interface GraphReachDouble {
  /** The app's id in the tenant's catalog, found by its manifest id. */
  catalogAppId: string;
  manifestAppId: string;
  /** Users (by object id) the app is installed for, with the installation's id. */
  installedFor: Map<string, string>;
  /** Installs asked for (including repeats answered 409). */
  installRequests: string[];
  mails: SentMail[];
  /** Called when an installation is made, as Teams then opens the bot's chat (the test plays Teams). */
  onInstall: (userId: string, chatId: string) => Promise<void>;
  /** The bot's 1:1 chat id for a user the app is installed for. */
  chatIdOf(userId: string): string;
  /** Adds the routes to the Graph double's app. */
  routes(app: express.Express): void;
}

/** The Graph calls that reach people: the app catalog, a user's installed apps and their chat, and `sendMail`. */
export function graphReachDouble(manifestAppId: string): GraphReachDouble {
  const double: GraphReachDouble = {
    catalogAppId: 'catalog-app-1',
    manifestAppId,
    installedFor: new Map(),
    installRequests: [],
    mails: [],
    onInstall: async () => {},
    chatIdOf: (userId) => `a:installed-${userId}`,
    routes(app) {
      app.get('/v1.0/appCatalogs/teamsApps', (req, res) => {
        const wanted = /^externalId eq '(.+)'$/.exec(String(req.query.$filter ?? ''))?.[1];
        res.json({ value: wanted === double.manifestAppId ? [{ id: double.catalogAppId, externalId: wanted }] : [] });
      });
      app.get('/v1.0/users/:user/teamwork/installedApps', (req, res) => {
        const filter = /^teamsApp\/id eq '(.+)'$/.exec(String(req.query.$filter ?? ''))?.[1];
        const installation = double.installedFor.get(req.params.user);
        const matches = installation && (!filter || filter === double.catalogAppId);
        res.json({ value: matches ? [{ id: installation, teamsApp: { id: double.catalogAppId } }] : [] });
      });
      app.post('/v1.0/users/:user/teamwork/installedApps', async (req, res) => {
        const user = req.params.user;
        double.installRequests.push(user);
        const bind = String(req.body?.['teamsApp@odata.bind'] ?? '');
        if (!bind.endsWith(`/v1.0/appCatalogs/teamsApps/${double.catalogAppId}`)) {
          res.status(400).json({ error: { code: 'BadRequest', message: `Unknown app ${bind}` } });
          return;
        }
        if (double.installedFor.has(user)) {
          res.status(409).json({ error: { code: 'Conflict', message: 'App is already installed.' } });
          return;
        }
        double.installedFor.set(user, `installation-${user}`);
        await double.onInstall(user, double.chatIdOf(user));
        res.status(201).end();
      });
      app.get('/v1.0/users/:user/teamwork/installedApps/:installation/chat', (req, res) => {
        if (double.installedFor.get(req.params.user) !== req.params.installation) {
          res.status(404).json({ error: { code: 'NotFound', message: 'No such installation.' } });
          return;
        }
        res.json({ id: double.chatIdOf(req.params.user) });
      });
      app.post('/v1.0/users/:mailbox/sendMail', (req, res) => {
        const message = req.body?.message;
        const to = message?.toRecipients?.[0]?.emailAddress?.address;
        if (!message?.subject || message?.body?.contentType !== 'HTML' || !to) {
          res
            .status(400)
            .json({ error: { code: 'ErrorInvalidRecipients', message: 'subject, HTML body and a recipient' } });
          return;
        }
        double.mails.push({ from: req.params.mailbox, to, subject: message.subject, html: message.body.content });
        res.status(202).end();
      });
    },
  };
  return double;
}
