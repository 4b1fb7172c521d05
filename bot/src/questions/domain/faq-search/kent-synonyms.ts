import { SERVICE_SYNONYMS, type SynonymGroup } from '../../../directory';

export type { SynonymGroup } from '../../../directory';

/** The words Kent schools use for the same things (issue 5), written in lower case; plurals are matched too. */
export const KENT_SYNONYMS: readonly SynonymGroup[] = [
  {
    concept: 'senco',
    phrases: [
      'senco',
      'sendco',
      'special educational needs coordinator',
      'special educational needs co-ordinator',
      'special educational needs and disabilities coordinator',
      'sen coordinator',
      'send coordinator',
      'inclusion lead',
    ],
  },
  { concept: 'year-r', phrases: ['year r', 'yr r', 'reception', 'reception year', 'reception class', 'yearr'] },
  {
    concept: 'e3',
    phrases: ['e3', 'element 3', 'element three', 'top-up', 'top up', 'topup', 'high needs funding', 'hnf'],
  },
  { concept: 'prg', phrases: ['prg', 'professional resource group'] },
  { concept: 'kit', phrases: ['kit', 'keeping in touch', 'keep in touch'] },
  {
    concept: 'ehcp',
    phrases: ['ehcp', 'ehc plan', 'education health and care plan', 'education health care plan'],
  },
  {
    concept: 'cos',
    phrases: ['cos', 'community of schools', 'communities of schools', 'locality', 'locality model', 'community'],
  },
];

/** Other words for the same things that Kent's questions use (services, people and everyday paraphrases). */
export const DOMAIN_SYNONYMS: readonly SynonymGroup[] = [
  ...SERVICE_SYNONYMS,
  {
    concept: 'senia',
    phrases: ['sen inclusion adviser', 'sen inclusion advisor', 'inclusion adviser', 'inclusion advisor', 'sen ia'],
  },
  {
    concept: 'e2',
    phrases: ['element 2', 'element two', 'e2', 'notional sen budget', 'notional send budget', 'notional budget'],
  },
  {
    concept: 'money',
    phrases: ['money', 'funding', 'funds', 'fund', 'budget', 'pot', 'cash', 'finance', 'allocation'],
  },
  { concept: 'parent', phrases: ['parent', 'carer', 'family', 'families', 'mum', 'dad', 'guardian'] },
  { concept: 'pupil', phrases: ['pupil', 'child', 'children', 'student', 'learner', 'young person', 'young people'] },
  {
    concept: 'attend',
    phrases: ['attend', 'attends', 'attending', 'attendance', 'go to', 'goes to', 'come to', 'sit on'],
  },
  { concept: 'head', phrases: ['headteacher', 'head teacher', 'headteachers', 'principal', 'school leader'] },
  { concept: 'chair', phrases: ['chair', 'chairperson', 'chairman', 'chairwoman', 'lead', 'leader'] },
  {
    concept: 'month',
    phrases: [
      'month',
      'january',
      'february',
      'march',
      'april',
      'june',
      'july',
      'august',
      'september',
      'october',
      'november',
      'december',
    ],
  },
  { concept: 'date', phrases: ['date', 'schedule', 'timetable', 'calendar', 'how often'] },
  { concept: 'referral', phrases: ['diagnosis', 'diagnoses', 'diagnosed', 'referral', 'refer', 'referred'] },
  { concept: 'contact', phrases: ['contact', 'email', 'get in touch', 'speak to', 'talk to', 'who do i ask'] },
  { concept: 'secondary-transfer', phrases: ['year 6 to 7', 'year 6 to year 7', 'secondary transfer', 'transfer'] },
  { concept: 'special-school', phrases: ['special school', 'specialist setting', 'specialist provision', 'outreach'] },
  { concept: 'link-practitioner', phrases: ['link practitioner', 'link worker', 'named contact', 'link person'] },
];
