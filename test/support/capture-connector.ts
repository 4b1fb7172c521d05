import type { Server } from 'node:http';
import express from 'express';

/** An activity the bot sent to the Bot Framework connector. */
export interface SentActivity {
  conversationId: string;
  replyToId?: string;
  activity: Record<string, unknown> & { attachments?: { contentType: string; content: Record<string, unknown> }[] };
}

/** A stand-in Bot Framework connector (the `serviceUrl`) that records what the bot sends and serves a roster. */
export interface CaptureConnector {
  serviceUrl: string;
  sent: SentActivity[];
  /** Activities the bot replaced in place (PUT …/activities/{id}). */
  updated: SentActivity[];
  /** Roster entries returned by GET /v3/conversations/{id}/members/{userId}. */
  roster: Map<string, { id: string; email?: string; userPrincipalName?: string; name?: string }>;
  close(): Promise<void>;
}

/** Starts a capture connector on a free loopback port. */
export async function startCaptureConnector(): Promise<CaptureConnector> {
  const sent: SentActivity[] = [];
  const updated: SentActivity[] = [];
  const roster: CaptureConnector['roster'] = new Map();
  const app = express();
  app.use(express.json({ limit: '2mb' }));
  app.post(
    ['/v3/conversations/:conversationId/activities', '/v3/conversations/:conversationId/activities/:replyToId'],
    (req, res) => {
      sent.push({
        conversationId: String(req.params.conversationId),
        replyToId: req.params.replyToId as string | undefined,
        activity: req.body,
      });
      res.status(201).json({ id: `sent-${sent.length}` });
    },
  );
  app.put('/v3/conversations/:conversationId/activities/:activityId', (req, res) => {
    updated.push({
      conversationId: String(req.params.conversationId),
      replyToId: String(req.params.activityId),
      activity: req.body,
    });
    res.status(200).json({ id: req.params.activityId });
  });
  app.get('/v3/conversations/:conversationId/members/:userId', (req, res) => {
    const member = roster.get(String(req.params.userId));
    if (member) res.json(member);
    else res.status(404).json({ error: { code: 'MemberNotFoundInConversation', message: 'not found' } });
  });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    sent,
    updated,
    roster,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
