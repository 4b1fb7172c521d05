import type { TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../cards/adaptive-card';
import type { CardVerb, MessageExtensionCommand, TextCommand } from '../feature';

/** Who is speaking and what to show them when no feature is asked for: the directory provides it. */
export interface BotHome<P> {
  /** The known person who sent this activity, if any. */
  identify: (context: TurnContext) => Promise<P | undefined>;
  /** The welcome (help) card for whoever sent this activity; remembers the conversation. */
  welcomeCard: (context: TurnContext) => Promise<AdaptiveCard>;
  /** Welcomes a team or group chat without naming anyone. */
  welcomeSharedChat: (context: TurnContext) => Promise<void>;
  /** The card for someone the app does not know. */
  unknownPersonCard: (context: TurnContext) => AdaptiveCard;
  /** The kinds of role a person holds ("chair,representative"), for telemetry: never who they are. */
  rolesOf: (person: P) => string;
}

/** Everything the bot routes to, gathered from the features by main.ts. */
export interface BotRoutes<P> {
  home: BotHome<P>;
  cardVerbs: Record<string, CardVerb<P>>;
  textCommands: TextCommand[];
  messageExtensions: MessageExtensionCommand[];
}
