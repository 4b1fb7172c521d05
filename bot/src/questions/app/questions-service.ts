import type { Person } from '../../directory';
import { formatZonedIso, LONDON } from '../../platform/time/zoned-time';
import type { PageQuery } from '../../platform/validation/keyset-page';
import type { FaqEntryInput } from '../domain/faq-entry';
import type { QuestionStatus } from '../domain/question';
import type { QuestionInput } from '../domain/question-input';
import { ageingFaq } from './ageing-faq';
import { answeredByFaq, draftQuestion, sendToKcc } from './ask-question';
import { followUp, giveFeedback } from './asker-response';
import { browseFaq } from './browse-faq';
import { faqByTheme } from './export-faq';
import { addPhrasing, listPhrasings, removePhrasing } from './faq-phrasings';
import { type AnswerInput, answerQuestion, assignToMe, closeQuestion, markDuplicate } from './handle-question';
import { importFaq } from './import-faq';
import { addFaqEntry, editFaqEntry, retireFaqEntry, searchFaq } from './manage-faq';
import { type QuestionsPorts, REFRESH_USER_LIMIT } from './ports';
import { requireAsker } from './question-access';
import { questionRoutes, routeTheme } from './question-channel-routing';
import {
  listQuestions,
  pageQuestions,
  readInChannel,
  readQuestion,
  rememberOfficer,
  type SeenInChannel,
} from './read-questions';
import { setThemes, type ThemeInput } from './set-themes';

/** The question and FAQ use cases bound to their ports, as the bot and the API call them. */
export function questionsService(ports: QuestionsPorts) {
  const today = () => formatZonedIso(ports.now(), LONDON).slice(0, 10);
  return {
    /** Today's date in Kent, which FAQ answers are dated against. */
    today,
    /** The themes a question can be filed under (for anyone who may ask). */
    themes: async (person: Person) => {
      requireAsker(person);
      return ports.faq.themes();
    },
    setThemes: (person: Person, themes: readonly ThemeInput[]) => setThemes(ports, person, themes),
    draft: (person: Person, input: QuestionInput, submissionKey?: string) =>
      draftQuestion(ports, person, input, submissionKey),
    send: (person: Person, questionId: string) => sendToKcc(ports, person, questionId),
    answeredByFaq: (person: Person, questionId: string, faqEntryId: string) =>
      answeredByFaq(ports, person, questionId, faqEntryId),
    assignToMe: (person: Person, questionId: string) => assignToMe(ports, person, questionId),
    answer: (person: Person, questionId: string, input: AnswerInput) =>
      answerQuestion(ports, person, questionId, input),
    markDuplicate: (person: Person, questionId: string, faqEntryId: string) =>
      markDuplicate(ports, person, questionId, faqEntryId),
    close: (person: Person, questionId: string, reason: string) => closeQuestion(ports, person, questionId, reason),
    feedback: (person: Person, questionId: string, helpful: boolean) =>
      giveFeedback(ports, person, questionId, helpful),
    followUp: (person: Person, questionId: string, text: string) => followUp(ports, person, questionId, text),
    list: (person: Person, statuses?: readonly QuestionStatus[], limit?: number) =>
      listQuestions(ports, person, statuses, limit),
    /** A page of the questions the person may see, for the API (`?limit=`, `?cursor=`). */
    page: (
      person: Person,
      statuses: readonly QuestionStatus[] | undefined,
      query: { limit?: string; cursor?: string },
    ) => pageQuestions(ports, person, statuses, query),
    read: (person: Person, questionId: string) => readQuestion(ports, person, questionId),
    readInChannel: (person: Person, questionId: string, seen: SeenInChannel) =>
      readInChannel(ports, person, questionId, seen),
    routeTheme: (person: Person, themeWords: string, conversationId: string) =>
      routeTheme(ports, person, themeWords, conversationId),
    routes: (person: Person) => questionRoutes(ports, person),
    rememberOfficer: (person: Person, teamsUserId: string) => rememberOfficer(ports, person, teamsUserId),
    /** Officers' Teams ids for a card's refresh list. */
    refreshUserIds: () => ports.questions.officerTeamsIds(REFRESH_USER_LIMIT),
    searchFaq: (query: string, top?: number) => searchFaq(ports, query, top),
    /** A page of the published FAQ by theme and question (`?limit=`, `?cursor=`). */
    browseFaq: (query: PageQuery) => browseFaq(ports, query),
    faqEntry: (id: string) => ports.faq.entry(id),
    /** The published FAQ grouped by theme, for export. */
    faqByTheme: () => faqByTheme(ports),
    addFaq: (person: Person, input: FaqEntryInput) => addFaqEntry(ports, person, input),
    editFaq: (person: Person, id: string, input: FaqEntryInput) => editFaqEntry(ports, person, id, input),
    retireFaq: (person: Person, id: string) => retireFaqEntry(ports, person, id),
    /** An entry's other wordings ("also asked as"); officers. */
    phrasings: (person: Person, id: string) => listPhrasings(ports, person, id),
    addPhrasing: (person: Person, id: string, text: unknown) => addPhrasing(ports, person, id, text),
    removePhrasing: (person: Person, id: string, phrasingId: string) => removePhrasing(ports, person, id, phrasingId),
    /** Publishes the entries of an FAQ document (Markdown, as the export writes it); officers. */
    importFaq: (person: Person, markdown: string, documentName?: string) =>
      importFaq(ports, person, markdown, documentName),
    /** Entries past or near their "valid until" date, soonest first; officers. */
    ageingFaq: (person: Person, withinDays?: number) => ageingFaq(ports, person, today(), withinDays),
  };
}

/** The bound question and FAQ use cases. */
export type QuestionsService = ReturnType<typeof questionsService>;
