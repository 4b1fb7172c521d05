import type { Client } from '@microsoft/microsoft-graph-client';
import type { LimiterFactory } from '../limits/rate-limits';
import { type SendBudget, sendBudget } from '../limits/send-budget';
import type { MailerPort, MailOutcome, OutgoingMail } from '../outbox/reach/reach-ports';

/** Exchange Online accepts 30 messages a minute from one mailbox. */
const MESSAGES_PER_MINUTE = 30;

/** Answers after which sending the same mail again cannot succeed. */
const REFUSED: ReadonlySet<number> = new Set([400, 401, 403, 404]);

/**
 * Email through Graph `sendMail` from one mailbox (app-only `Mail.Send`, which IT limits to that mailbox with an
 * application access policy), within Exchange's per-mailbox limit, shared by every instance on PostgreSQL.
 */
export class GraphMailer implements MailerPort {
  private readonly budget: SendBudget;

  constructor(
    private readonly client: Client,
    private readonly mailbox: string,
    limiterFor?: LimiterFactory,
  ) {
    this.budget = sendBudget('mailbox', MESSAGES_PER_MINUTE, limiterFor, 60);
  }

  async send(mail: OutgoingMail): Promise<MailOutcome> {
    const wait = await this.budget.take(this.mailbox);
    if (wait > 0) {
      return {
        status: 'retry',
        afterMs: wait,
        reason: `The mailbox sends ${MESSAGES_PER_MINUTE} a minute.`,
        notAttempted: true,
      };
    }
    try {
      await this.client.api(`/users/${encodeURIComponent(this.mailbox)}/sendMail`).post({
        message: {
          subject: mail.subject,
          body: { contentType: 'HTML', content: mail.html },
          toRecipients: [{ emailAddress: { address: mail.to.email, name: mail.to.name } }],
        },
        saveToSentItems: true,
      });
      return { status: 'sent' };
    } catch (error) {
      const {
        statusCode = 0,
        code = '',
        message = '',
      } = error as { statusCode?: number; code?: string; message?: string };
      const status = Math.max(statusCode, 0);
      const reason = `${status || 'network'}: sendMail from ${this.mailbox} failed: ${code} ${message}`.slice(0, 500);
      return REFUSED.has(status) ? { status: 'refused', reason } : { status: 'retry', afterMs: 30_000, reason };
    }
  }
}
