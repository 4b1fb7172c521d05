import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type TurnContext,
} from 'botbuilder';
import type { BotCredentials } from '../config';
import type { Logger } from '../logging/logger';

/** Builds the Bot Framework adapter: authenticated with credentials, anonymous (local mode) without. */
export function createCloudAdapter(credentials: BotCredentials | undefined, logger: Logger): CloudAdapter {
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
      await context.sendActivity('Sorry, something went wrong on our side. Please try again in a minute.');
    }
  };
  return adapter;
}
