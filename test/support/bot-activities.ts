import { randomUUID } from 'node:crypto';
import { DEMO_TENANT_ID } from '../../bot/src/directory/demo/demo-directory';

/** Who an activity comes from in tests. */
export interface TestSender {
  id?: string;
  aadObjectId?: string;
  name?: string;
}

/** A Bot Framework activity as Teams sends it to the bot, addressed to a personal chat. */
export function teamsActivity(
  serviceUrl: string,
  sender: TestSender,
  fields: Record<string, unknown>,
  conversationId = `a:${randomUUID()}`,
): Record<string, unknown> {
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    from: {
      id: sender.id ?? `29:${sender.aadObjectId ?? 'someone'}`,
      aadObjectId: sender.aadObjectId,
      name: sender.name,
    },
    recipient: { id: '28:communities-bot', name: 'Communities of Schools' },
    conversation: { id: conversationId, conversationType: 'personal', tenantId: DEMO_TENANT_ID },
    channelData: { tenant: { id: DEMO_TENANT_ID } },
    locale: 'en-GB',
    ...fields,
  };
}

/** Posts an activity to the bot endpoint and returns the HTTP status and body. */
export async function postActivity(baseUrl: string, activity: Record<string, unknown>) {
  const response = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}
