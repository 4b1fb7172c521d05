// The FAQ the search is measured on: the 36 seeded entries, and at scale the same entries among generated school
// questions whose answers reuse everyday school words, so that they compete with the real entries.

import { SeededRandom } from '../../bot/src/platform/demo/seeded-random';
import { FAQ_SEED } from '../../bot/src/questions/demo/faq-seed';
import type { SearchableEntry } from '../../bot/src/questions/domain/faq-search/faq-search-index';
import { DEFAULT_THEMES } from '../../bot/src/questions/domain/question-themes';

const TOPICS = `school uniform|lunch menus|school trips|admissions appeals|attendance letters|term-time holidays|
  sports day|parents evening|homework policy|mobile phones|school transport|free school meals|breakfast club|
  after-school clubs|exam entries|coursework deadlines|teacher training days|staff absence|safeguarding training|
  fire drills|first aid|medication in school|allergy plans|school photographs|music lessons|swimming lessons|
  library books|reading records|phonics screening|times tables check|SATs results|GCSE options|sixth form places|
  careers advice|work experience|behaviour points|detentions|exclusions|anti-bullying week|online safety|
  data protection|school website|newsletters|governor elections|Ofsted visits|building works|playground equipment`
  .split('|')
  .map((t) => t.trim());
const VERBS = ['arrange', 'change', 'report', 'book', 'plan', 'pay for', 'organise', 'check', 'record', 'share'];
const WORDS = `the school office will send a letter to families each term with dates and costs and a named contact for
  questions about pupils in every year group including reception and year six the headteacher agrees the plan with
  governors and the local authority publishes guidance online while staff keep records of meetings budgets requests
  and support for children with additional needs`
  .split(/\s+/)
  .filter(Boolean);

/** The seeded FAQ entries as the search index sees them, with their themes' names. */
export function seededEntries(): SearchableEntry[] {
  return FAQ_SEED.map((e) => ({
    id: e.key,
    question: e.question,
    answer: e.answer,
    phrasings: [],
    themeId: e.themeId,
    themeName: DEFAULT_THEMES.find((t) => t.id === e.themeId)?.name ?? e.themeId,
  }));
}

/** The seeded entries plus generated school questions (the same every run), `size` entries in all. */
export function faqCorpus(size: number): SearchableEntry[] {
  const random = new SeededRandom(5000);
  const seeded = seededEntries();
  const generated = Array.from({ length: Math.max(0, size - seeded.length) }, (_, i) => {
    const topic = random.pick(TOPICS);
    const answer = Array.from({ length: random.integer(25, 60) }, () => random.pick(WORDS)).join(' ');
    return {
      id: `generated-${i}`,
      question: `How do we ${random.pick(VERBS)} ${topic} for ${random.pick(['our pupils', 'Year 4', 'families', 'staff', 'the community'])}?`,
      answer: `${topic}: ${answer}.`,
      phrasings: [],
      themeId: 'other',
      themeName: 'Other',
    };
  });
  return [...seeded, ...generated];
}
