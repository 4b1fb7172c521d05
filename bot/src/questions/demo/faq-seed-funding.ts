import { BRIEFING, KELSI, type SeedFaqEntry } from './faq-sources';

/** The seeded FAQ entries about funding and budgets (the theme with the most questions). */
export const FUNDING_FAQ_SEED: readonly SeedFaqEntry[] = [
  {
    key: 'community-budget',
    themeId: 'funding',
    question: 'What is the community budget and what can it be spent on?',
    answer:
      'Each community has a community budget (the "Communities pot") for local decisions on SEN support. It now includes the school-age STLS (Specialist Teaching and Learning Service) money. Budgets are published to schools.',
    source: BRIEFING,
  },
  {
    key: 'transition-protections',
    themeId: 'funding',
    question: 'Why is our community budget smaller in 2025-26?',
    answer:
      '2025-26 is a transition year: protections were built in for September 2025 to July 2026 only, and these reduced the pot available to communities that year.',
    source: BRIEFING,
  },
  {
    key: 'notional-6000',
    themeId: 'funding',
    question: 'How much does a school pay from its own SEN budget before asking for more?',
    answer: 'Schools meet the first £6,000 per pupil with SEN from their SEN notional budget (Element 2).',
    source: BRIEFING,
  },
  {
    key: 'e3-ended',
    themeId: 'funding',
    question: 'Can we still claim Element 3 top-up funding for pupils in mainstream school?',
    answer:
      'No. The old mainstream top-up funding (Element 3, "E3") claims system ended on 31 March 2025. Claims already agreed were paid to 31 August 2025. Requests for extra support now go to your Community of Schools.',
    source: BRIEFING,
  },
  {
    key: 'ehcp-top-ups',
    themeId: 'funding',
    question: 'What happens to existing EHCP top-up funding?',
    answer:
      'Existing EHCP top-ups above £6,000 continue until August 2026, and the money follows the child, including the transfer from Year 6 to Year 7. A banding system for EHCP funding is being phased in from September 2026.',
    source: BRIEFING,
  },
  {
    key: 'small-schools',
    themeId: 'funding',
    question: 'Is there still notional top-up funding for small schools?',
    answer: 'Yes: notional top-up funding for small schools continues until 31 August 2026.',
    source: BRIEFING,
  },
  {
    key: 'ehcp-banding',
    themeId: 'funding',
    question: 'How will EHCP funding work from September 2026?',
    answer:
      'A banding system for EHCP funding is phased in from September 2026. Until then, existing EHCP top-ups above £6,000 continue (until August 2026) and follow the child.',
    source: BRIEFING,
  },
  {
    key: 'year-r',
    themeId: 'funding',
    question: 'How do we get support for pupils in Year R?',
    answer:
      "Reception (Year R) pupils are school-age, so the school's representative brings requests for them to the community meeting like any other year group, after the school's own £6,000 (Element 2). The Early Years Professional Resource Group is among the PRG services. For your school's own funding, email schoolfunding@kent.gov.uk.",
    source: BRIEFING,
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
