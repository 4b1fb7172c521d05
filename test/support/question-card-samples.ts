import type { AdaptiveCard } from '../../bot/src/platform/cards/adaptive-card';
import { faqEntryCard } from '../../bot/src/questions/teams/faq-entry-card';
import { faqResultsCard } from '../../bot/src/questions/teams/faq-results-card';
import { foundCard } from '../../bot/src/questions/teams/found-card';
import { questionAnswerCard } from '../../bot/src/questions/teams/question-answer-card';
import { askQuestionCard } from '../../bot/src/questions/teams/question-ask-card';
import { type QuestionCardView, questionChannelCard } from '../../bot/src/questions/teams/question-channel-card';
import { myQuestionsCard, openQuestionsCard } from '../../bot/src/questions/teams/question-list-card';
import { questionSentCard } from '../../bot/src/questions/teams/question-sent-card';
import { questionSuggestionsCard } from '../../bot/src/questions/teams/question-suggestions-card';

const themes = [
  { id: 'meetings', name: 'Meetings' },
  { id: 'funding', name: 'Funding' },
];
const entry = {
  id: 'f1',
  themeId: 'funding',
  question: 'Can we still claim Element 3 top-up funding?',
  answer: 'No. The E3 claims system ended on 31 March 2025.',
  themeName: 'Funding',
  source: 'KCC briefing to schools, May 2025',
  updated: 'published by Kim Officer, updated Tuesday 16 June 2026',
  validUntil: null,
};
const outOfDateEntry = {
  ...entry,
  id: 'f2',
  validUntil: '2026-08-31',
  outOfDate: 'Out of date: this answer held until Monday 31 August 2026. Ask KCC for the current answer.',
};
const question: QuestionCardView = {
  id: 'q1',
  themeName: 'Funding',
  text: 'How is our community pot worked out for 2026-27?',
  context: 'We are a small primary school.',
  asker: 'Wendy Jessop (Oakwell Primary School, Dover East Community of Schools)',
  askedAt: 'Tuesday 16 June 2026, 10:04',
  statusLine: 'Assigned to Grace Adeyemi',
  actionable: true,
  assignedToViewer: false,
  answer: null,
  faqQuestion: null,
  feedback: null,
  history: [
    'Tuesday 16 June 2026, 10:04: Wendy Jessop sent to KCC',
    'Tuesday 16 June 2026, 10:20: Grace Adeyemi took it',
  ],
};
const answered: QuestionCardView = {
  ...question,
  statusLine: '✅ Answered by Grace Adeyemi',
  actionable: false,
  answer: 'Budgets are published to schools each year.',
  feedback: '👍 The asker found the answer helpful.',
};
const notice = {
  questionId: 'q1',
  question: question.text,
  themeName: 'Funding',
  text: 'Budgets are published to schools each year.',
  by: 'Grace Adeyemi',
  faqQuestion: null,
  publishedToFaq: true,
  feedback: null,
  followedUp: false,
};

/** Every question and FAQ card, under its builder's name, with representative data (see test/cards/cards.test.ts). */
export const questionCardSamples: Record<string, AdaptiveCard[]> = {
  askQuestionCard: [
    askQuestionCard({ themes, submissionId: 's1', mode: 'execute' }),
    askQuestionCard({ themes, submissionId: 's1', mode: 'submit', text: 'From a message', error: 'Choose a theme.' }),
  ],
  questionSuggestionsCard: (['execute', 'submit'] as const).map((mode) =>
    questionSuggestionsCard({
      questionId: 'q1',
      question: question.text,
      suggestions: [entry, { ...entry, id: 'f2' }],
      mode,
    }),
  ),
  questionSentCard: [
    questionSentCard({ question: question.text, themeName: 'Funding', outcome: 'sent', routed: true }),
    questionSentCard({ question: question.text, themeName: 'Funding', outcome: 'sent', routed: false }),
    questionSentCard({
      question: question.text,
      themeName: 'Funding',
      outcome: 'self-answered',
      routed: false,
      faq: entry,
    }),
  ],
  questionChannelCard: [
    questionChannelCard(question, {
      viewer: 'everyone',
      duplicateChoices: [],
      refreshUserIds: ['29:officer-1', '29:officer-2'],
    }),
    questionChannelCard(question, { viewer: 'officer', duplicateChoices: [entry], refreshUserIds: ['29:officer-1'] }),
    questionChannelCard(
      { ...question, assignedToViewer: true },
      {
        viewer: 'officer',
        duplicateChoices: [],
        refreshUserIds: [],
        notice: 'This question has already been answered.',
      },
    ),
    questionChannelCard(question, {
      viewer: 'officer',
      duplicateChoices: [],
      refreshUserIds: ['29:officer-1'],
      preview: {
        answerText: 'Oakfield can claim from April.',
        publishQuestion: '',
        publishAnswer: 'Schools can claim from April.',
        published: { question: question.text, answer: 'Schools can claim from April.' },
      },
    }),
    questionChannelCard(question, { viewer: 'not-officer', duplicateChoices: [], refreshUserIds: [] }),
    questionChannelCard(answered, { viewer: 'everyone', duplicateChoices: [], refreshUserIds: ['29:officer-1'] }),
  ],
  questionAnswerCard: [
    questionAnswerCard({ ...notice, outcome: 'answered' }),
    questionAnswerCard({
      ...notice,
      outcome: 'duplicate',
      faqQuestion: entry.question,
      publishedToFaq: false,
      feedback: 'helpful',
    }),
    questionAnswerCard({ ...notice, outcome: 'closed', text: 'Answered at the June meeting.', followedUp: true }),
  ],
  openQuestionsCard: [
    openQuestionsCard(
      [{ id: 'q1', heading: 'Funding · Wendy Jessop · Tuesday 16 June 2026, 10:04', text: question.text }],
      12,
      [
        { themeName: 'Funding', routed: true },
        { themeName: 'Meetings', routed: false },
      ],
    ),
    openQuestionsCard([], 0, [{ themeName: 'Funding', routed: true }]),
  ],
  faqEntryCard: [faqEntryCard(entry), faqEntryCard(outOfDateEntry)],
  foundCard: [
    foundCard({
      query: 'Can we still claim E3?',
      answers: [entry, outOfDateEntry],
      contactsUrl: 'http://localhost:3978/contacts?q=e3',
    }),
    foundCard({ query: 'Who is our EP?', answers: [], contactsUrl: 'http://localhost:3978/contacts?q=ep' }),
  ],
  myQuestionsCard: [
    myQuestionsCard(
      [
        {
          id: 'q1',
          heading: 'Funding · asked Tuesday 16 June 2026, 10:04',
          text: question.text,
          status: '✅ Answered by Kim Officer',
          answer: 'Your community pot is the allocation less the protections.',
        },
        {
          id: 'q2',
          heading: 'Meetings · asked Tuesday 16 June 2026, 11:10',
          text: 'Who attends?',
          status: 'Open',
          answer: null,
        },
      ],
      12,
    ),
    myQuestionsCard([], 0),
  ],
  faqResultsCard: [
    faqResultsCard({
      query: 'top-up',
      results: [entry, outOfDateEntry],
      canEdit: true,
      themes,
      notice: 'Published to the FAQ.',
    }),
    faqResultsCard({ query: 'nothing like this', results: [], canEdit: false, themes: [] }),
  ],
};
