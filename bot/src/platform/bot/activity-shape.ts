import type { RequestHandler } from 'express';
import { z } from 'zod';

const account = z.looseObject({
  id: z.string().optional(),
  name: z.string().optional(),
  aadObjectId: z.string().optional(),
});

/** The fields the bot reads from every activity, in the types the Bot Framework schema gives them. */
const activity = z.looseObject({
  type: z.string().min(1),
  id: z.string().optional(),
  channelId: z.string().optional(),
  serviceUrl: z.string().optional(),
  text: z.string().optional(),
  name: z.string().optional(),
  locale: z.string().optional(),
  from: account.optional(),
  recipient: account.optional(),
  conversation: z.looseObject({
    id: z.string().min(1),
    conversationType: z.string().optional(),
    tenantId: z.string().optional(),
    isGroup: z.boolean().optional(),
  }),
  channelData: z.looseObject({}).optional(),
  membersAdded: z.array(account).optional(),
});

/** What the invokes the bot answers carry in `value`. */
const invokeValues: Record<string, z.ZodType> = {
  'adaptiveCard/action': z.looseObject({
    action: z.looseObject({ type: z.string(), verb: z.string().optional(), data: z.unknown().optional() }),
  }),
  'composeExtension/query': z.looseObject({
    commandId: z.string().optional(),
    parameters: z.array(z.looseObject({ name: z.string().optional(), value: z.unknown().optional() })).optional(),
    queryOptions: z.looseObject({ skip: z.number().optional(), count: z.number().optional() }).optional(),
  }),
  'composeExtension/fetchTask': z.looseObject({ commandId: z.string().optional() }),
  'composeExtension/submitAction': z.looseObject({ commandId: z.string().optional() }),
};

/**
 * Refuses, with 400, an activity whose fields the bot reads are missing or of the wrong type (a conversation
 * without an id, a `from` that is a list, an Action.Execute without its action), so no malformed activity reaches
 * the adapter, the store or a card. It only reads the body (authentication stays with the adapter, which runs
 * next); unknown fields are kept, as Teams adds new ones.
 */
export function activityShape(): RequestHandler {
  return (req, res, next) => {
    const parsed = activity.safeParse(req.body);
    const invokeValue =
      parsed.success && parsed.data.type === 'invoke' ? invokeValues[parsed.data.name ?? ''] : undefined;
    const valueProblem = invokeValue && !invokeValue.safeParse((req.body as { value?: unknown }).value).success;
    if (parsed.success && !valueProblem) return next();
    const where = parsed.success ? 'value' : (parsed.error.issues[0]?.path.join('.') ?? '');
    res
      .status(400)
      .type('application/problem+json')
      .json({ title: `This is not an activity the bot can read (check "${where}").`, status: 400 });
  };
}
