import { TeamsInfo, TurnContext } from 'botbuilder';
import type { ConversationRef } from '../conversations/conversation-refs';
import type { Caller } from '../identity/caller';

/** Who sent this activity: the Entra object id, and the Teams roster's email if that is needed. */
export function callerOf(context: TurnContext): Caller {
  const from = context.activity.from;
  return {
    tenantId: tenantOf(context),
    aadObjectId: from?.aadObjectId,
    lookupEmail: async () => {
      if (context.activity.channelId !== 'msteams' || !from?.id) return undefined;
      try {
        const member = await TeamsInfo.getMember(context, from.id);
        return member.email ?? member.userPrincipalName;
      } catch {
        return undefined; // The roster is unavailable outside Teams and for some guests.
      }
    },
  };
}

/**
 * The conversation this activity came from, as a reference the bot can write to later. It leaves out the activity's
 * id: a later message starts afresh rather than replying to whatever was said last, and the reference stays the same
 * from turn to turn, so it is stored again only when the conversation's address changes.
 */
export function conversationOf(context: TurnContext): Omit<ConversationRef, 'personId'> {
  const { activityId: _thisActivity, ...reference } = TurnContext.getConversationReference(context.activity);
  return {
    conversationId: context.activity.conversation.id,
    conversationType: context.activity.conversation.conversationType ?? 'personal',
    reference: JSON.parse(JSON.stringify(reference)) as Record<string, unknown>,
  };
}

/** The Entra tenant an activity comes from: Teams puts it on the conversation and in `channelData.tenant`. */
export function tenantOf(context: TurnContext): string | undefined {
  const channelData = context.activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const tenant = context.activity.conversation?.tenantId ?? channelData?.tenant?.id;
  return typeof tenant === 'string' && tenant.length > 0 ? tenant : undefined;
}
