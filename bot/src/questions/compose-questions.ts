import type { DirectoryPort, Person } from '../directory';
import { tabPageUrl } from '../platform/cards/tab-page-url';
import type { Feature, FeatureMigrations } from '../platform/feature';
import { parseBody } from '../platform/http/parse-body';
import { limitedRoute } from '../platform/limits/limited';
import type { LimitedAction } from '../platform/limits/rate-limits';
import type { AfterSend } from '../platform/outbox/notification-cards';
import type { PlatformParts } from '../platform/platform-parts';
import { faqPhrasingRoutes } from './api/faq-phrasing-routes';
import { faqRoutes } from './api/faq-routes';
import { questionRoutes } from './api/question-routes';
import { FaqCatalog } from './app/faq-catalog';
import { type ChannelPostPayload, QUESTION_IN_CHANNEL } from './app/question-notifications';
import { questionsService } from './app/questions-service';
import { seedStartingFaq, withdrawStartingFaq } from './demo/seed-faq';
import { FaqRepository } from './store/faq-repository';
import * as questionsFaq from './store/migrations/0005-questions-faq';
import * as faqValidUntil from './store/migrations/0013-faq-valid-until';
import * as faqPhrasings from './store/migrations/0019-faq-phrasings';
import { QuestionsRepository } from './store/questions-repository';
import { ASK_KCC, askKccFetchTask, askKccSubmit } from './teams/messaging-extension-ask';
import { SEARCH_FAQ, searchFaqExtension } from './teams/messaging-extension-search';
import { QuestionChannel } from './teams/question-channel';
import { handleQuestionCommand } from './teams/question-commands';
import { questionNotificationCards } from './teams/question-notification-cards';
import { questionCommandOf } from './teams/question-text-commands';
import { typedQuestionCommand } from './teams/question-typed';
import { questionCardVerbs } from './teams/question-verbs';
import type { QuestionsTeamsDeps } from './teams/questions-teams-deps';

/** The tables of questions, question channels and the FAQ. */
export const questionsMigrations: FeatureMigrations = {
  '0005-questions-faq': questionsFaq,
  '0013-faq-valid-until': faqValidUntil,
  '0019-faq-phrasings': faqPhrasings,
};

/** Publishes the starting FAQ with the demo data (and withdraws it without), and wires questions, channels and the FAQ to Teams and the API. */
export async function composeQuestions(platform: PlatformParts, directory: DirectoryPort): Promise<Feature<Person>> {
  const { db, logger, conversationRefs } = platform;
  if (platform.config.seedDemoData) {
    const seeded = await seedStartingFaq(db);
    if (seeded > 0) logger.info({ seeded }, 'starting FAQ published (demo data)');
  } else {
    const withdrawn = await withdrawStartingFaq(db);
    if (withdrawn > 0)
      logger.info({ withdrawn }, "the app's starting FAQ withdrawn: officers publish or import the FAQ");
  }
  const questions = new QuestionsRepository(db);
  const faq = new FaqRepository(db);
  const channel = new QuestionChannel(platform.adapter, platform.botAppId, conversationRefs, logger);
  const service = questionsService({
    questions,
    faq,
    catalog: new FaqCatalog(faq),
    changed: (change) => void channel.questionChanged(change),
    newId: platform.newId,
    now: platform.clock,
    knownChannel: async (conversationId) => {
      const ref = await conversationRefs.find(conversationId);
      return ref !== undefined && ref.conversationType !== 'personal';
    },
  });
  const rememberChannelCard: AfterSend = async (kind, payload, conversationId, activityId) => {
    if (kind !== QUESTION_IN_CHANNEL) return;
    const { question } = payload as unknown as ChannelPostPayload;
    await questions.rememberChannelCard(question.id, conversationId, activityId);
  };
  const deps: QuestionsTeamsDeps = {
    directory,
    conversationRefs,
    questions: service,
    limits: platform.rateLimits,
    contactsPageUrl: (query) => tabPageUrl(platform.config, 'contacts', query),
  };
  const limit = (action: LimitedAction) => limitedRoute(platform.rateLimits, action);
  return {
    name: 'questions',
    routes: [
      faqRoutes({ useCases: service, parse: parseBody, limit }),
      faqPhrasingRoutes({ useCases: service }),
      questionRoutes({ useCases: service, parse: parseBody, limit }),
    ],
    cardVerbs: questionCardVerbs(deps),
    textCommands: [
      {
        name: 'ask, questions, faq, set question channel',
        matches: (text) => questionCommandOf(text) !== undefined,
        run: async (context, text) => {
          const command = questionCommandOf(text);
          if (command) await handleQuestionCommand(context, command.command, text, deps);
        },
      },
      // Last of all the commands: anything else that reads as a question searches the FAQ.
      typedQuestionCommand(deps),
    ],
    messageExtensions: [
      { commandId: SEARCH_FAQ.commandId, query: (context, query) => searchFaqExtension(context, query, deps) },
      {
        commandId: ASK_KCC,
        fetchTask: (context, action) => askKccFetchTask(context, action, deps),
        submitAction: (context, action) => askKccSubmit(context, action, deps),
      },
    ],
    notificationCards: questionNotificationCards(),
    afterSend: rememberChannelCard,
  };
}
