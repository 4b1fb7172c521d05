import { briefing, KELSI, type SeedFaqEntry } from './faq-sources';

/** The starting FAQ entries about funding and budgets (the theme with the most questions). */
export const FUNDING_FAQ_SEED: readonly SeedFaqEntry[] = [
  {
    key: 'community-budget',
    themeId: 'funding',
    question: 'What is the community budget?',
    answer:
      'Each community has a community budget (the "Communities pot") for local decisions on SEN support. It now includes the school-age STLS (Specialist Teaching and Learning Service) money. Budgets for communities have been shared with community chairs and will be published on KELSI.',
    source: `${KELSI}; ${briefing('Funding')}`,
  },
  {
    key: 'transition-protections',
    themeId: 'funding',
    question: 'Why is our community budget smaller in 2025-26?',
    answer:
      "Following feedback, protections were built in, and these reduce the funding available for the Communities pot. The protections are for September 2025 to July 2026 only: 2025-26 is a 'transition year' while the new model of working is embedded, and is expected to support planning for the future.",
    source: briefing('Funding'),
    validUntil: '2026-07-31',
  },
  {
    key: 'notional-6000',
    themeId: 'funding',
    question: 'How much does a school pay from its own SEN budget before asking for more?',
    answer: 'Schools meet the first £6,000 per pupil with SEN from their SEN notional budget (Element 2).',
    source: KELSI,
  },
  {
    key: 'e3-ended',
    themeId: 'funding',
    question: 'Can we still claim Element 3 top-up funding for pupils in mainstream school?',
    answer:
      'No. The claim system for mainstream top-up funding (Element 3, "E3") ceased on 31 March 2025, with no further claims from 1 April 2025. Claims already agreed, including those due for renewal in the summer term, continued to be paid until 31 August 2025. KCC answers funding questions in its High Needs Mainstream Top-up Funding FAQ on KELSI; you can also email schoolfunding@kent.gov.uk.',
    source: `${briefing('Reminder of Key Changes')}; ${briefing('Questions')}`,
  },
  {
    key: 'ehcp-top-ups',
    themeId: 'funding',
    question: 'What happens to existing EHCP top-up funding?',
    answer:
      'Existing top-up claims for children with an EHCP above £6,000 (as at 31 December 2024) continue to be paid directly to the school, with no need to reapply, until August 2026. The money follows the child, including the transfer from Year 6 to Year 7 (mainstream).',
    source: briefing('Reminder of Key Changes'),
    validUntil: '2026-08-31',
  },
  {
    key: 'small-schools',
    themeId: 'funding',
    question: 'Is there still notional top-up funding for small schools?',
    answer:
      'Yes: notional top-up funding (a contribution towards the first £6,000 for small schools) continues until 31 August 2026.',
    source: briefing('Reminder of Key Changes'),
    validUntil: '2026-08-31',
  },
  {
    key: 'ehcp-banding',
    themeId: 'funding',
    question: 'How will EHCP funding work from September 2026?',
    answer: 'A banding system for EHCP funding is being phased in from September 2026.',
    source: KELSI,
  },
  {
    key: 'year-r',
    themeId: 'funding',
    question: 'How do we get support for pupils in Year R?',
    answer:
      "Funding and budgeting, especially for Year R, was one of the most common themes of schools' questions, and KCC said its funding FAQs will be updated on KELSI. Until KCC publishes that answer, email schoolfunding@kent.gov.uk about funding (or localitymodel@kent.gov.uk about how the model works), or ask KCC a question here.",
    source: briefing('FAQs'),
  },
  {
    key: 'high-needs-figures',
    themeId: 'funding',
    question: "How many EHCPs does Kent have and how big is Kent's high needs budget?",
    answer: 'Kent has about 21,000 EHCPs. The high needs budget for 2024-25 was £342.7 million.',
    source: KELSI,
  },
  {
    key: 'funding-contact',
    themeId: 'funding',
    question: 'Who do we contact with a question about our school funding?',
    answer:
      'Email schoolfunding@kent.gov.uk about school funding and finance. For how the Locality Model works, email localitymodel@kent.gov.uk.',
    source: KELSI,
  },
];
