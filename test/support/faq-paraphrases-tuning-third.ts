import type { Paraphrase } from './faq-paraphrases';

/**
 * A third tuning set in styles the earlier ones lack: long situational questions, two-word queries, chairs' and
 * council officers' questions, the answer's own vocabulary, British phrasing and common misspellings; 2–4 for each
 * seeded entry, written before any ranking change in this round (issue 14) and not changed afterwards.
 */
export const THIRD_TUNING_PARAPHRASES: readonly Paraphrase[] = [
  { question: 'number of communities', expected: 'how-many-communities' },
  { question: 'are the communities lined up with the NHS primary care networks', expected: 'how-many-communities' },
  {
    question: 'as a new council officer I need to know roughly how many mainstream schools sit in each community',
    expected: 'how-many-communities',
  },
  { question: 'who should represent us', expected: 'who-attends' },
  {
    question: 'our SENDCo is part time and off on Tuesdays, can our inclusion lead go to the meetings in her place',
    expected: 'who-attends',
  },
  { question: 'only one person per school at the meeting?', expected: 'who-attends' },
  { question: 'representative budget knowlege', expected: 'budget-knowledge' },
  {
    question: 'I am a chair and one of my SENCos is worried she does not understand the finances well enough',
    expected: 'budget-knowledge',
    also: ['who-attends'],
  },
  {
    question: 'does the person attending need in-depth knowledge of the money side',
    expected: 'budget-knowledge',
    also: ['who-attends'],
  },
  { question: 'meeting frequency', expected: 'when-meetings' },
  { question: 'seven meetings in the school year - which months', expected: 'when-meetings' },
  {
    question: 'as chair I am drawing up the calendar, should our meetings be in the first two weeks of the month',
    expected: 'when-meetings',
  },
  { question: 'meeting dates next year', expected: 'dates-agreed', also: ['when-meetings'] },
  {
    question: 'when does each community confirm its dates for the following academic year',
    expected: 'dates-agreed',
  },
  { question: 'who decides the calender for our cos meetings', expected: 'dates-agreed', also: ['when-meetings'] },
  { question: 'first meeting agenda', expected: 'agenda' },
  {
    question: 'were the terms of reference and the inclusion dashboard discussed at the opening meetings',
    expected: 'agenda',
  },
  {
    question: 'I missed the summer term community meeting, what did they go through',
    expected: 'agenda',
  },
  { question: 'SEN IA attendance', expected: 'sen-ia-attend' },
  {
    question: 'will somebody from the county council turn up to our locality meetings or are we on our own',
    expected: 'sen-ia-attend',
  },
  { question: 'how many communities does each inclusion advisor look after', expected: 'sen-ia-attend' },
  { question: 'CoS chair', expected: 'chair' },
  { question: 'who runs our community of schools meetings', expected: 'chair' },
  {
    question: 'as a council officer I need the full list of who chairs each community',
    expected: 'chair',
  },
  { question: 'KiT meetings', expected: 'kit-dates' },
  {
    question: 'I have just taken over as chair, when will I next meet KCC to keep in touch',
    expected: 'kit-dates',
  },
  { question: 'keeping in tuch dates november february april july', expected: 'kit-dates' },
  { question: 'special schools', expected: 'special-schools', also: ['how-many-communities'] },
  {
    question: 'we are a special school head and want to know whether we are members of our local community',
    expected: 'special-schools',
  },
  { question: 'school to school outreach from special schools', expected: 'special-schools' },
  { question: 'area boards', expected: 'areas' },
  { question: 'how many districts is kent split into', expected: 'areas' },
  { question: 'who oversees quality across the four areas', expected: 'areas' },
  { question: 'whats the PRG', expected: 'what-is-prg' },
  {
    question: 'our SENCo keeps mentioning the professional resourse group, what actually is it',
    expected: 'what-is-prg',
  },
  { question: 'extra resources for supporting children and young people with SEN', expected: 'what-is-prg' },
  { question: 'PRG referral', expected: 'prg-referral', also: ['what-is-prg'] },
  {
    question:
      'we have a Y4 boy with ASD who is struggling, can we go straight to the PRG or does he need a diagnosis first',
    expected: 'prg-referral',
    also: ['what-is-prg'],
  },
  {
    question: 'do we have to fill in a lengthy referral form before speaking to a PRG team',
    expected: 'prg-referral',
    also: ['what-is-prg'],
  },
  { question: 'PRG services', expected: 'prg-services', also: ['what-is-prg'] },
  {
    question: 'is the educational psychology service part of the professional resource group',
    expected: 'prg-services',
    also: ['what-is-prg'],
  },
  { question: 'does the PRG include special school outreach and early years', expected: 'prg-services' },
  { question: 'STLS link teacher', expected: 'stls-link-teacher' },
  {
    question:
      'we used to have a specialist teacher visit, do we still get a named one from the specialist teaching service',
    expected: 'stls-link-teacher',
  },
  { question: 'specialist teaching and learning service contact for our school', expected: 'stls-link-teacher' },
  { question: 'speech therapy', expected: 'therapies-aligned', also: ['prg-services'] },
  {
    question:
      'our year 2 girl has been waiting ages for occupational therapy, is the service changing with the communities',
    expected: 'therapies-aligned',
    also: ['prg-services'],
  },
  { question: 'have physio and SALT been recommisioned', expected: 'therapies-aligned', also: ['prg-services'] },
  { question: 'link practitioner', expected: 'what-link-practitioner', also: ['find-link-practitioner'] },
  {
    question: 'what exactly is the named contact from the resource group that is linked to our community',
    expected: 'what-link-practitioner',
    also: ['find-link-practitioner'],
  },
  { question: 'whats a link practicioner for', expected: 'what-link-practitioner' },
  { question: 'link practitioner contacts', expected: 'find-link-practitioner', also: ['what-link-practitioner'] },
  {
    question: 'where is the contacts page with phone numbers for our link practitioners',
    expected: 'find-link-practitioner',
  },
  {
    question: 'I need to phone our community link practitioner about a pupil, where do I get their number',
    expected: 'find-link-practitioner',
  },
  { question: 'parents guidance', expected: 'parents-message' },
  {
    question: 'a mum stopped me at the school gate worried about the new model, is there anything I can give her',
    expected: 'parents-message',
  },
  { question: 'has the guidance document for conversations with carers been published', expected: 'parents-message' },
  { question: 'EHCP transfer secondary', expected: 'parents-ehcp-transfer', also: ['ehcp-top-ups'] },
  {
    question: 'a parent of a Y6 girl with an EHCP wants to know if her funding goes with her to big school',
    expected: 'parents-ehcp-transfer',
    also: ['ehcp-top-ups'],
  },
  {
    question: 'does the money follow the child when they change schools in september',
    expected: 'parents-ehcp-transfer',
    also: ['ehcp-top-ups'],
  },
  { question: 'pupil names', expected: 'parents-names', also: ['request-contents'] },
  {
    question: 'a dad is worried that the other heads in the cluster will see his sons details, what do we tell him',
    expected: 'parents-names',
    also: ['request-contents', 'parents-message'],
  },
  {
    question: 'can I type a childs name into a request or will the app refuse it',
    expected: 'parents-names',
    also: ['request-contents'],
  },
  { question: 'who submits requests', expected: 'who-requests' },
  {
    question: 'our business manager wants to put in the funding bids, is she allowed to',
    expected: 'who-requests',
  },
  {
    question: 'does the school representative need delegated responsibility to request funds',
    expected: 'who-requests',
    also: ['budget-knowledge', 'who-attends'],
  },
  { question: 'request contents', expected: 'request-contents' },
  {
    question: 'what do we write about current provision, what is working and outcomes on the form',
    expected: 'request-contents',
  },
  {
    question: 'we have a Y3 pupil with SEMH needs, what will the community need to know when we ask for money',
    expected: 'request-contents',
  },
  { question: 'areas of need', expected: 'areas-of-need' },
  { question: 'cognition and learning and communication and interaction', expected: 'areas-of-need' },
  { question: 'which broad area is dyslexia or a hearing impairment', expected: 'areas-of-need' },
  { question: 'kcc faqs', expected: 'faq-published' },
  { question: 'how often is KELSI updated with answers', expected: 'faq-published' },
  {
    question: 'as a chair where do I find the frequently asked questions document on top up funding',
    expected: 'faq-published',
  },
  { question: 'locality model contact', expected: 'contact-operations' },
  {
    question: 'I am a governor with a general question about how the new model operates, who should I write to',
    expected: 'contact-operations',
  },
  { question: 'who to email about how communities work', expected: 'contact-operations' },
  { question: 'communities pot', expected: 'community-budget' },
  {
    question: 'as chair how do I find out what our community has been allocated this year',
    expected: 'community-budget',
  },
  { question: 'is the community budget published on kelsi', expected: 'community-budget' },
  { question: 'budget protections', expected: 'transition-protections' },
  {
    question: 'our chair says the pot is smaller because of protections, how long do they last',
    expected: 'transition-protections',
  },
  { question: 'why is there less funding avaliable for communities this year', expected: 'transition-protections' },
  { question: 'notional SEN budget', expected: 'notional-6000' },
  {
    question: 'we have a Y5 boy with dyslexia, how much do we have to find from our own budget first',
    expected: 'notional-6000',
  },
  { question: 'element 2 six thousand pounds per pupil', expected: 'notional-6000' },
  { question: 'E3 claims', expected: 'e3-ended' },
  {
    question: 'our renewal was due in the summer term, did the top up carry on being paid',
    expected: 'e3-ended',
  },
  { question: 'has mainstream top up funding finished', expected: 'e3-ended' },
  { question: 'existing EHCP funding', expected: 'ehcp-top-ups', also: ['parents-ehcp-transfer'] },
  {
    question: 'we have a Y2 pupil with an EHCP above six thousand pounds, will the money keep coming straight to us',
    expected: 'ehcp-top-ups',
    also: ['parents-ehcp-transfer'],
  },
  {
    question: 'are top up claims for children with plans as at 31 december 2024 still paid',
    expected: 'ehcp-top-ups',
    also: ['parents-ehcp-transfer'],
  },
  { question: 'small schools', expected: 'small-schools' },
  {
    question:
      'we are a one form entry village school with 60 on roll, do we still get the contribution towards SEN costs',
    expected: 'small-schools',
  },
  { question: 'does the notional top up for smaller schools end in august 2026', expected: 'small-schools' },
  { question: 'EHCP banding', expected: 'ehcp-banding' },
  { question: 'how will plans be funded after september 2026', expected: 'ehcp-banding' },
  { question: 'is a banding sytem being phased in', expected: 'ehcp-banding' },
  { question: 'reception funding', expected: 'year-r' },
  {
    question:
      'we have a four year old in our reception class with significant needs and no EHCP, where do we get support',
    expected: 'year-r',
  },
  { question: 'year r pupils SEN help', expected: 'year-r' },
  { question: 'high needs budget', expected: 'high-needs-figures' },
  { question: 'is it true kent has about 21000 ehcps', expected: 'high-needs-figures' },
  {
    question: 'for a governors report I need the total high needs spend for the county',
    expected: 'high-needs-figures',
  },
  { question: 'schoolfunding email', expected: 'funding-contact', also: ['contact-operations'] },
  {
    question: 'our bursar has a query about the school budget, which KCC team handles that',
    expected: 'funding-contact',
    also: ['contact-operations'],
  },
  {
    question: 'who deals with finance questions at the county',
    expected: 'funding-contact',
    also: ['contact-operations'],
  },
];
