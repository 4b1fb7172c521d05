import { randomUUID } from 'node:crypto';
import type { CloudAdapter } from 'botbuilder';
import type { Kysely } from 'kysely';
import type { ConversationRefsPort } from '../platform/conversations/conversation-refs';
import type { Database } from '../platform/db/schema';
import type { Logger } from '../platform/logging/logger';
import { FaqCatalog } from './app/faq-catalog';
import { type ChannelPostPayload, QUESTION_IN_CHANNEL } from './app/question-notifications';
import { type QuestionsService, questionsService } from './app/questions-service';
import { seedFaqIfEmpty } from './demo/seed-faq';
import { FaqRepository } from './store/faq-repository';
import { QuestionsRepository } from './store/questions-repository';
import { QuestionChannel } from './teams/question-channel';

/** Called after the outbox delivered a message, with the id of the message it posted. */
export type AfterSend = (
  kind: string,
  payload: Record<string, unknown>,
  conversationId: string,
  activityId: string,
) => Promise<void>;

/** The questions and FAQ feature, wired: its use cases, and what outbox delivery calls after posting a question card. */
export interface ComposedQuestions {
  service: QuestionsService;
  afterSend: AfterSend;
}

/** Publishes the starting FAQ into an empty knowledge base and wires the question use cases to the store and Teams. */
export async function composeQuestions(
  db: Kysely<Database>,
  adapter: CloudAdapter,
  botAppId: string,
  conversationRefs: ConversationRefsPort,
  logger: Logger,
): Promise<ComposedQuestions> {
  const seeded = await seedFaqIfEmpty(db);
  if (seeded > 0) logger.info({ seeded }, 'starting FAQ published');
  const questions = new QuestionsRepository(db);
  const faq = new FaqRepository(db);
  const channel = new QuestionChannel(adapter, botAppId, conversationRefs, logger);
  const service = questionsService({
    questions,
    faq,
    catalog: new FaqCatalog(faq),
    changed: (change) => void channel.questionChanged(change),
    newId: randomUUID,
    knownChannel: async (conversationId) => {
      const ref = await conversationRefs.find(conversationId);
      return ref !== undefined && ref.conversationType !== 'personal';
    },
  });
  const afterSend: AfterSend = async (kind, payload, conversationId, activityId) => {
    if (kind !== QUESTION_IN_CHANNEL) return;
    const { question } = payload as unknown as ChannelPostPayload;
    await questions.rememberChannelCard(question.id, conversationId, activityId);
  };
  return { service, afterSend };
}
