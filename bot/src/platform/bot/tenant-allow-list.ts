import type { Middleware, TurnContext } from 'botbuilder';
import type { Logger } from '../logging/logger';
import { tenantOf } from './turn-caller';

/**
 * Bot middleware: only activities from the allowed Entra tenants reach the bot — the same allow-list as the API's
 * sign-in. Others are dropped unanswered (an invoke gets a 403 the client can show); an empty list allows any.
 */
export function tenantAllowList(allowedTenantIds: readonly string[], logger: Logger): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>) {
      const tenant = tenantOf(context);
      if (allowedTenantIds.length === 0 || (tenant !== undefined && allowedTenantIds.includes(tenant))) {
        return next();
      }
      logger.warn(
        { activityType: context.activity.type, tenant: tenant ?? null },
        'activity from a tenant not allowed',
      );
      if (context.activity.type === 'invoke') {
        await context.sendActivity({
          type: 'invokeResponse',
          value: {
            status: 403,
            body: {
              statusCode: 403,
              type: 'application/vnd.microsoft.error',
              value: { code: 'Forbidden', message: 'This app serves Kent County Council and its schools only.' },
            },
          },
        });
      }
    },
  };
}
