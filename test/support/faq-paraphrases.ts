/** A question worded differently from the FAQ entry (by seed key) that answers it; `also` lists other right answers. */
export interface Paraphrase {
  question: string;
  expected: string;
  also?: string[];
}

/** Written after the search was tuned on PARAPHRASES and never tuned on: an honest check of paraphrase recall. */
export const HELD_OUT_PARAPHRASES: readonly Paraphrase[] = [
  { question: 'Is it the head or the SENDCo who goes to our locality meeting?', expected: 'who-attends' },
  { question: 'Are meetings in the first fortnight of the month?', expected: 'when-meetings' },
  { question: 'Who from the local authority sits in on community meetings?', expected: 'sen-ia-attend' },
  { question: 'What happened to the E3 claims process?', expected: 'e3-ended' },
  { question: 'Is a child with an EHC plan still getting their top-up after the change?', expected: 'ehcp-top-ups' },
  { question: 'Can Year R children get support from the community budget?', expected: 'year-r' },
  {
    question: 'Can we ring the educational psychologist directly without a referral?',
    expected: 'prg-referral',
    also: ['what-is-prg'],
  },
  { question: 'Who is our link teacher from the specialist teaching service?', expected: 'stls-link-teacher' },
  { question: 'What should we say to mums and dads who ask about the changes?', expected: 'parents-message' },
  {
    question: 'Which information about a pupil is shared with other schools?',
    expected: 'parents-names',
    also: ['request-contents'],
  },
  { question: 'When do chairs have their keeping in touch meetings with KCC?', expected: 'kit-dates' },
  { question: 'Is STLS funding now in the community pot?', expected: 'community-budget', also: ['stls-link-teacher'] },
  {
    question: 'Where do I look up our named contacts in the PRG?',
    expected: 'find-link-practitioner',
    also: ['what-link-practitioner'],
  },
  { question: 'How many education health and care plans are there in Kent?', expected: 'high-needs-figures' },
  {
    question: 'Which email address handles finance queries?',
    expected: 'funding-contact',
    also: ['contact-operations'],
  },
];

/** Questions schools might type, none copied from an entry, each with the seeded entry that should be found. */
export const PARAPHRASES: readonly Paraphrase[] = [
  { question: 'How many CoS are there across the county?', expected: 'how-many-communities' },
  { question: 'How many schools are in each locality?', expected: 'how-many-communities' },
  { question: 'Should our SENCo be the one going to the CoS meetings?', expected: 'who-attends' },
  {
    question: 'Can our special educational needs coordinator represent us at the locality meeting?',
    expected: 'who-attends',
  },
  { question: 'Who is supposed to go to the community of schools meeting from each school?', expected: 'who-attends' },
  {
    question: 'Does the person we send need to be a finance expert?',
    expected: 'budget-knowledge',
    also: ['who-attends'],
  },
  { question: 'How often does our community meet during the year?', expected: 'when-meetings' },
  { question: 'Which months will the locality meetings be held in?', expected: 'when-meetings' },
  { question: 'Do community meetings happen near the start of the month?', expected: 'when-meetings' },
  { question: 'When do we decide the dates of meetings for next September onwards?', expected: 'dates-agreed' },
  { question: 'Is there a set agenda for each meeting?', expected: 'agenda' },
  { question: 'What is discussed when the community meets?', expected: 'agenda' },
  { question: 'Will an inclusion adviser from the council be at our meetings?', expected: 'sen-ia-attend' },
  { question: 'Who leads the community of schools?', expected: 'chair' },
  { question: 'When are the KiT sessions for chairs this year?', expected: 'kit-dates' },
  { question: 'What are keeping in touch meetings?', expected: 'kit-dates' },
  { question: 'Do special schools belong to a locality?', expected: 'special-schools' },
  { question: 'What are the Area Boards for?', expected: 'areas' },
  { question: 'What is the communities pot used for?', expected: 'community-budget' },
  { question: 'What can the locality budget pay for?', expected: 'community-budget' },
  { question: 'Why has our community pot gone down this year?', expected: 'transition-protections' },
  { question: 'What are the protections in the transition year?', expected: 'transition-protections' },
  { question: 'How much of the cost of SEN support does the school cover first?', expected: 'notional-6000' },
  { question: 'Is the first 6k per pupil still paid by the school?', expected: 'notional-6000' },
  { question: 'Can we apply for E3 for a child in mainstream?', expected: 'e3-ended' },
  { question: 'Is high needs funding still available through claims?', expected: 'e3-ended' },
  { question: 'When did the top-up claims stop?', expected: 'e3-ended' },
  {
    question: 'Will the top up for pupils with an education, health and care plan continue?',
    expected: 'ehcp-top-ups',
  },
  { question: 'What happens to element 3 for children who already have an EHCP?', expected: 'ehcp-top-ups' },
  { question: 'Do small schools keep their notional top-up?', expected: 'small-schools' },
  { question: 'What is EHCP banding and when does it start?', expected: 'ehcp-banding', also: ['ehcp-top-ups'] },
  { question: 'How is funding for Reception children handled?', expected: 'year-r' },
  { question: 'Can we ask the community for money for a Reception pupil?', expected: 'year-r' },
  { question: 'What is the size of the high needs budget in Kent?', expected: 'high-needs-figures' },
  { question: 'Who should I email about our school budget?', expected: 'funding-contact' },
  { question: 'What does PRG stand for and what does it do?', expected: 'what-is-prg' },
  {
    question: 'Do we have to refer a child before speaking to the professional resource group?',
    expected: 'prg-referral',
  },
  { question: 'Does a pupil need to be diagnosed before the PRG can help?', expected: 'prg-referral' },
  { question: 'Which teams are part of the PRG?', expected: 'prg-services', also: ['what-is-prg'] },
  {
    question: 'Is speech and language therapy included in the resource group?',
    expected: 'prg-services',
    also: ['therapies-aligned'],
  },
  { question: 'Do we get a named specialist teacher?', expected: 'stls-link-teacher' },
  {
    question: 'Have the OT and physio services been recommissioned?',
    expected: 'therapies-aligned',
    also: ['prg-services'],
  },
  { question: 'What does a link practitioner do?', expected: 'what-link-practitioner' },
  { question: 'How can I find the link practitioners for our locality?', expected: 'find-link-practitioner' },
  { question: 'How should we explain the new model to families?', expected: 'parents-message' },
  {
    question: 'Does EHCP money follow a pupil moving from Year 6 to Year 7?',
    expected: 'parents-ehcp-transfer',
    also: ['ehcp-top-ups'],
  },
  {
    question: 'Will other schools see children’s names when we ask for funding?',
    expected: 'parents-names',
    also: ['request-contents'],
  },
  { question: 'Who is allowed to make a request for funds?', expected: 'who-requests' },
  { question: 'What details about the child do we include when requesting funding?', expected: 'request-contents' },
  { question: 'What are the main categories of SEN need?', expected: 'areas-of-need' },
  { question: 'Where can I read KCC answers to questions?', expected: 'faq-published' },
  { question: 'Who do I contact about the Locality Model in general?', expected: 'contact-operations' },
];
