import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type TurnContext,
} from 'botbuilder';
import type { BotCredentials } from '../config';
import type { Logger } from '../logging/logger';
import { tenantAllowList } from './tenant-allow-list';

/**
 * Builds the Bot Framework adapter: authenticated with credentials, anonymous (local mode) without; activities from
 * tenants outside `allowedTenantIds` (when any are listed) never reach the bot.
 */
export function createCloudAdapter(
  credentials: BotCredentials | undefined,
  allowedTenantIds: readonly string[],
  logger: Logger,
): CloudAdapter {
  const settings = credentials
    ? {
        MicrosoftAppId: credentials.appId,
        MicrosoftAppPassword: credentials.password,
        MicrosoftAppType: credentials.appType,
        MicrosoftAppTenantId: credentials.tenantId,
      }
    : {};
  const auth = new ConfigurationBotFrameworkAuthentication(
    settings,
    new ConfigurationServiceClientCredentialFactory(settings),
  );
  const adapter = new CloudAdapter(auth);
  adapter.use(tenantAllowList(allowedTenantIds, logger));
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    logger.error(
      {
        err: error,
        activityType: context.activity.type,
        conversationType: context.activity.conversation?.conversationType,
      },
      'bot turn failed',
    );
    if (context.activity.type === 'message') {
      try {
        await context.sendActivity('Sorry, something went wrong on our side. Please try again in a minute.');
      } catch (sendError) {
        logger.warn({ err: sendError }, 'could not tell the sender that their turn failed');
      }
    }
  };
  return adapter;
}
