import type {
  MessagingExtensionAction,
  MessagingExtensionActionResponse,
  MessagingExtensionQuery,
  MessagingExtensionResponse,
  TurnContext,
} from 'botbuilder';
import type { Router } from 'express';
import type { Migration } from 'kysely';
import type { AdaptiveCard } from './cards/adaptive-card';
import type { PeriodicJob } from './jobs/periodic-jobs';
import type { AfterSend, NotificationCard } from './outbox/notification-cards';

/** A card action (Action.Execute verb) of a known person, answered with the card that replaces the pressed one. */
export type CardVerb<P> = (turn: {
  context: TurnContext;
  person: P;
  data: Record<string, unknown>;
}) => Promise<AdaptiveCard>;

/** A command typed to the bot: `matches` reads the text (without the @mention), `run` answers in the conversation. */
export interface TextCommand {
  name: string;
  matches: (text: string) => boolean;
  run: (context: TurnContext, text: string) => Promise<void>;
}

/** A message-extension command declared in the manifest, by its `commandId`. */
export interface MessageExtensionCommand {
  commandId: string;
  query?: (context: TurnContext, query: MessagingExtensionQuery) => Promise<MessagingExtensionResponse>;
  fetchTask?: (context: TurnContext, action: MessagingExtensionAction) => Promise<MessagingExtensionActionResponse>;
  submitAction?: (context: TurnContext, action: MessagingExtensionAction) => Promise<MessagingExtensionActionResponse>;
}

/**
 * The reads a page of the tab makes first, answered together with the sign-in (GET /api/bootstrap): the JSON each
 * GET would return, by its path. `asked` is what the tab knows before it signs in (the academic year it is in, a
 * community its address names). A read the person may not make is left out, and the page then makes it itself.
 */
export type PageFirstReads<P> = (
  person: P,
  asked: { year?: string; community?: string },
) => Promise<Record<string, unknown>>;

/**
 * What a capability brings to the service: its HTTP routes (mounted under /api behind sign-in), its card verbs,
 * typed commands and message-extension commands, the cards its outbox notifications are delivered as, what to do
 * after a notification was posted, and its background jobs. `main.ts` only puts these lists together.
 */
export interface Feature<P> {
  name: string;
  routes?: Router[];
  /** The first reads of the tab's pages this feature serves, by page name (`budget` for /budget). */
  firstReads?: Record<string, PageFirstReads<P>>;
  cardVerbs?: Record<string, CardVerb<P>>;
  textCommands?: TextCommand[];
  messageExtensions?: MessageExtensionCommand[];
  notificationCards?: Record<string, NotificationCard>;
  afterSend?: AfterSend;
  jobs?: PeriodicJob[];
  /** Starts work that must wait until the service listens (resuming unfinished calendar work, say). */
  start?: () => void;
  /** Finishes the work in hand before the database closes (graceful shutdown). */
  stop?: () => Promise<void>;
}

/** A feature's schema history: migrations by name (names sort in the order they run). */
export type FeatureMigrations = Record<string, Migration>;
