import { FUNDING_FAQ_SEED } from './faq-seed-funding';
import { BRIEFING, CODE, KELSI, type SeedFaqEntry } from './faq-sources';

/** The published FAQ at first start: public facts about the Locality Model (copied from the project's facts sheet). */
export const FAQ_SEED: readonly SeedFaqEntry[] = [
  {
    key: 'how-many-communities',
    themeId: 'meetings',
    question: 'How many Communities of Schools are there in Kent, and how big is each one?',
    answer:
      'Kent has 53 Communities of Schools, aligned with the NHS Primary Care Networks. Each typically has 8 to 14 mainstream schools (primary and secondary, ages 5 to 16 plus sixth form): about 550 to 600 schools in all. Special schools support communities through school-to-school outreach.',
    source: KELSI,
  },
  {
    key: 'who-attends',
    themeId: 'meetings',
    question: 'Who from our school should attend the community meetings?',
    answer:
      "One person per school attends, ideally the SENCo (or an inclusion lead with decision-making authority). It is the school's decision who. That person does not need in-depth budget knowledge, but must have delegated responsibility to request funds for the school.",
    source: BRIEFING,
  },
  {
    key: 'budget-knowledge',
    themeId: 'meetings',
    question: 'Does our representative need to understand the school budget in detail?',
    answer:
      "No. The school's representative does not need in-depth budget knowledge, but must have delegated responsibility to request funds on the school's behalf.",
    source: BRIEFING,
  },
  {
    key: 'when-meetings',
    themeId: 'meetings',
    question: 'When and how often do community meetings take place?',
    answer:
      'Seven times a year: ideally within the first two weeks of September, November, December, January, March, May and June. Meetings are virtual (Microsoft Teams) or in person.',
    source: BRIEFING,
  },
  {
    key: 'dates-agreed',
    themeId: 'meetings',
    question: "How are next year's meeting dates agreed?",
    answer:
      "In the June/July meeting each community confirms its meeting dates for the next academic year. The chair then plans the year's seven meetings in this app, which puts them in everyone's calendar.",
    source: BRIEFING,
  },
  {
    key: 'agenda',
    themeId: 'meetings',
    question: 'What happens at a community meeting and is there a standard agenda?',
    answer:
      'Meetings take a solution-focused approach to requests. A standard agenda exists: Terms of Reference, the Inclusion Dashboard, funding requests, and planning.',
    source: BRIEFING,
  },
  {
    key: 'sen-ia-attend',
    themeId: 'meetings',
    question: 'Does anyone from KCC come to community meetings?',
    answer:
      'Yes. SEN Inclusion Advisers (SEN IAs) from KCC attend community meetings; each adviser covers several communities.',
    source: BRIEFING,
  },
  {
    key: 'chair',
    themeId: 'meetings',
    question: 'Who chairs a Community of Schools?',
    answer:
      'Each community has a chair, who is a school leader. Chairs had induction meetings from January to May 2025 and meet KCC in Keeping in Touch (KiT) meetings.',
    source: BRIEFING,
  },
  {
    key: 'kit-dates',
    themeId: 'meetings',
    question: 'What are Keeping in Touch (KiT) meetings and when are they?',
    answer:
      'KiT meetings are where community chairs meet KCC. In the 2025-26 transition year they are in November 2025, February 2026, April 2026 and July 2026.',
    source: BRIEFING,
  },
  {
    key: 'special-schools',
    themeId: 'other',
    question: 'Are special schools part of a Community of Schools?',
    answer:
      'Communities are made up of mainstream schools. Special schools support communities through school-to-school outreach, and specialist settings are among the services of the Professional Resource Group.',
    source: KELSI,
  },
  {
    key: 'areas',
    themeId: 'other',
    question: 'How is Kent organised into areas and who oversees the quality of the model?',
    answer:
      'Kent is organised into four areas (North, South, East and West Kent) over 12 districts. Four Area Boards oversee quality.',
    source: KELSI,
  },
  {
    key: 'what-is-prg',
    themeId: 'prg',
    question: 'What is the Professional Resource Group?',
    answer:
      "The Professional Resource Group (PRG) is the set of teams schools can contact directly, without going through the community and without formal diagnoses or lengthy referrals. It includes specialist teachers (STLS), Educational Psychology, NHS therapies, special schools' outreach and the Early Years PRG.",
    source: BRIEFING,
  },
  {
    key: 'prg-referral',
    themeId: 'prg',
    question: 'Do we need a diagnosis or a referral before we contact the PRG?',
    answer:
      'No. Schools contact PRG services directly, without going through the community and without formal diagnoses or lengthy referrals.',
    source: BRIEFING,
  },
  {
    key: 'prg-services',
    themeId: 'prg',
    question: 'Which services are in the Professional Resource Group?',
    answer:
      "STLS (specialist teachers), Educational Psychology, NHS Speech and Language Therapy, Occupational Therapy and Physiotherapy (recommissioned to align with communities from September to October 2025), specialist settings (special schools' outreach) and the Early Years PRG.",
    source: BRIEFING,
  },
  {
    key: 'stls-link-teacher',
    themeId: 'prg',
    question: 'Does each school have its own specialist teacher from STLS?',
    answer:
      'Yes. Each school has a named link teacher from the Specialist Teaching and Learning Service (STLS). School-age STLS money is now part of the community budget.',
    source: BRIEFING,
  },
  {
    key: 'therapies-aligned',
    themeId: 'prg',
    question: 'Are NHS therapy services changing to match the communities?',
    answer:
      'Yes. NHS Speech and Language Therapy, Occupational Therapy and Physiotherapy were recommissioned to align with the Communities of Schools from September to October 2025.',
    source: BRIEFING,
  },
  {
    key: 'what-link-practitioner',
    themeId: 'link-practitioners',
    question: 'What is a link practitioner?',
    answer:
      'Link practitioners are named contacts from the Professional Resource Group services who are linked to each community. They are invited to the meetings of the communities they serve.',
    source: BRIEFING,
  },
  {
    key: 'find-link-practitioner',
    themeId: 'link-practitioners',
    question: "Where do I find our community's link practitioners?",
    answer:
      "The Contacts page of this app lists your community's link practitioners and the PRG services with their email and phone. Each school also has a named STLS link teacher.",
    source: 'Communities of Schools app',
  },
  {
    key: 'parents-message',
    themeId: 'parents-and-carers',
    question: 'What should we tell parents and carers about the Locality Model?',
    answer:
      'The model brings support closer to schools: each school belongs to a local Community of Schools that decides on extra SEN support together, and schools can ask PRG services for advice directly, without formal diagnoses or lengthy referrals. Existing EHCP top-ups continue until August 2026 and follow the child.',
    source: BRIEFING,
  },
  {
    key: 'parents-ehcp-transfer',
    themeId: 'parents-and-carers',
    question: "Will a child's EHCP funding move with them when they start secondary school?",
    answer:
      'Yes. Existing EHCP top-ups above £6,000 continue until August 2026 and the money follows the child, including the transfer from Year 6 to Year 7.',
    source: BRIEFING,
  },
  {
    key: 'parents-names',
    themeId: 'parents-and-carers',
    question: "Are pupils' names shared with the other schools in the community?",
    answer:
      'No. Funding requests carry only a school-chosen pupil reference, the year group and the need. Pupils are never named.',
    source: 'Communities of Schools app',
  },
  {
    key: 'who-requests',
    themeId: 'requests',
    question: 'Who can submit a funding request for our school?',
    answer:
      "The school's representative: the one person per school with delegated responsibility to request funds. Requests are decided at community meetings.",
    source: BRIEFING,
  },
  {
    key: 'request-contents',
    themeId: 'requests',
    question: 'What information goes in a funding request about a pupil?',
    answer:
      "A school-chosen pupil reference, the pupil's year group and their need (one of the four broad areas of need), with what the school has already done and what it asks for. Never the pupil's name.",
    source: 'Communities of Schools app',
  },
  {
    key: 'areas-of-need',
    themeId: 'requests',
    question: 'What are the four broad areas of need?',
    answer:
      'Communication and interaction; cognition and learning; social, emotional and mental health; sensory and/or physical needs.',
    source: CODE,
  },
  {
    key: 'faq-published',
    themeId: 'other',
    question: 'Where are answers to questions about the Locality Model published?',
    answer:
      "KCC answers questions from schools and publishes the answers as FAQ documents on KELSI. This app's FAQ holds the same answers and can be searched in Teams and Outlook.",
    source: KELSI,
  },
  {
    key: 'contact-operations',
    themeId: 'other',
    question: 'Who do we contact about how the Locality Model works?',
    answer:
      'Email localitymodel@kent.gov.uk about how the model operates, or ask KCC a question in this app. For finance, email schoolfunding@kent.gov.uk.',
    source: KELSI,
  },
  ...FUNDING_FAQ_SEED,
];

export type { SeedFaqEntry } from './faq-sources';
