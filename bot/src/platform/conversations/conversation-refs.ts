/** A stored way back into a Teams conversation, for proactive messages. */
export interface ConversationRef {
  conversationId: string;
  conversationType: string;
  personId: string | null;
  reference: Record<string, unknown>;
}

/** Keeps conversation references so the bot can write first (decisions, answers, reminders). */
export interface ConversationRefsPort {
  /** Saves or refreshes a reference. */
  save(ref: ConversationRef): Promise<void>;
  /** The reference for a conversation, if stored. */
  find(conversationId: string): Promise<ConversationRef | undefined>;
  /** A person's latest 1:1 chat with the bot, if they have one. */
  personalConversationOf(personId: string): Promise<ConversationRef | undefined>;
  /** The Bot Framework address (service URL) of the tenant's most recently refreshed conversation, if any is stored. */
  serviceUrlOfTenant(tenantId: string): Promise<string | undefined>;
  /** Each person's 1:1 chat with the bot, for those who have one. */
  personalConversationsOf(personIds: string[]): Promise<Map<string, string>>;
}
