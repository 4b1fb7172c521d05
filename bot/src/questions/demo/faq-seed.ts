import { FUNDING_FAQ_SEED } from './faq-seed-funding';
import { APP, briefing, CODE, KELSI, type SeedFaqEntry } from './faq-sources';

/**
 * The starting FAQ in local mode (and `docs/starting-faq.md`, which officers may import): each answer says only what
 * its source says; where a source only names a topic, the answer says where KCC will publish it and whom to ask.
 */
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
      "KCC's statement is that only one person per school should attend, and that it should be the SENCo (or an inclusion lead with decision-making authority): in other local authorities running similar models it works best when the SENCo attends. It is ultimately the school's decision who represents it. That person does not need in-depth budget knowledge, but must have delegated responsibility to request funds for the school.",
    source: briefing("FAQs 'most asked' spotlight"),
  },
  {
    key: 'budget-knowledge',
    themeId: 'meetings',
    question: 'Does our representative need to understand the school budget in detail?',
    answer:
      'No. The person who attends does not need in-depth budget knowledge, but must have delegated responsibility to request funds for the school.',
    source: briefing("FAQs 'most asked' spotlight"),
  },
  {
    key: 'when-meetings',
    themeId: 'meetings',
    question: 'When and how often do community meetings take place?',
    answer:
      'Following the cycle KCC set out, ideally within the first two weeks of September, November, December, January, March, May and June: seven meetings in the school year.',
    source: briefing('Community Meetings June/July'),
  },
  {
    key: 'dates-agreed',
    themeId: 'meetings',
    question: "How are next year's meeting dates agreed?",
    answer:
      'During its June/July community meeting, each community confirms its dates for meetings over the next academic year, following that cycle.',
    source: briefing('Community Meetings June/July'),
  },
  {
    key: 'agenda',
    themeId: 'meetings',
    question: 'What was on the agenda of the first community meetings?',
    answer:
      'For the first community meetings in June and July 2025 KCC listed: the terms of reference and operating guidance; a reminder of the agreed principles (April 2023); the Inclusion Dashboard (what it is telling you and what updates are needed); planning for the future (what you have and how to make best use of it, including whole-school provision reviews with link practitioners); preparing to use a solution-focused approach to requests; whether the SEN notional budget guidance is understood; and the community budget information on KELSI.',
    source: briefing('1st Community Meetings – June and July'),
  },
  {
    key: 'sen-ia-attend',
    themeId: 'meetings',
    question: 'Does anyone from KCC come to community meetings?',
    answer:
      'Yes. SEN Inclusion Advisers (SEN IAs) from KCC attend community meetings; each adviser covers several communities. At the first meetings in June and July 2025 they took feedback straight to KCC for review before September.',
    source: `${KELSI}; ${briefing('1st Community Meetings – June and July')}`,
  },
  {
    key: 'chair',
    themeId: 'meetings',
    question: 'Who chairs a Community of Schools?',
    answer:
      'Each community has a chair, who is a school leader. Chairs had induction meetings from January to May 2025 and meet KCC in Keeping in Touch (KiT) meetings. KCC said a full list of who chairs each community will be on KELSI.',
    source: `${KELSI}; ${briefing('Communities of Schools')}`,
  },
  {
    key: 'kit-dates',
    themeId: 'meetings',
    question: 'What are Keeping in Touch (KiT) meetings and when are they?',
    answer:
      'Community chairs have Keeping in Touch meetings with KCC throughout the 2025-26 transition year: in November 2025, February 2026, April 2026 and July 2026.',
    source: briefing('Community Meetings June/July'),
    validUntil: '2026-07-31',
  },
  {
    key: 'special-schools',
    themeId: 'other',
    question: 'Are special schools part of a Community of Schools?',
    answer:
      "Communities are made up of mainstream schools. Special schools support communities through school-to-school outreach, and specialist settings (special schools' outreach) are among the services of the Professional Resource Group.",
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
      'The Professional Resource Group (PRG) supplies additional resources that schools may need in supporting their children and young people with SEN. Its teams can be contacted directly by schools, as required, without approaching your community, requesting formal diagnoses or completing lengthy referral applications. Link practitioner details are on KELSI.',
    source: briefing('Professional Resource Group'),
  },
  {
    key: 'prg-referral',
    themeId: 'prg',
    question: 'Do we need a diagnosis or a referral before we contact the PRG?',
    answer:
      'No. Schools can contact PRG teams directly, as required, without approaching the community, requesting formal diagnoses or completing lengthy referral applications.',
    source: briefing('Professional Resource Group'),
  },
  {
    key: 'prg-services',
    themeId: 'prg',
    question: 'Which services are in the Professional Resource Group?',
    answer:
      "STLS (specialist teachers), Educational Psychology, NHS Speech and Language Therapy, Occupational Therapy and Physiotherapy (recommissioned to align with communities from September to October 2025), specialist settings (special schools' outreach) and the Early Years PRG.",
    source: KELSI,
  },
  {
    key: 'stls-link-teacher',
    themeId: 'prg',
    question: 'Does each school have its own specialist teacher from STLS?',
    answer:
      'Yes. Each school has a named link teacher from the Specialist Teaching and Learning Service (STLS). School-age STLS money is now part of the community budget.',
    source: KELSI,
  },
  {
    key: 'therapies-aligned',
    themeId: 'prg',
    question: 'Are NHS therapy services changing to match the communities?',
    answer:
      'Yes. NHS Speech and Language Therapy, Occupational Therapy and Physiotherapy were recommissioned to align with the Communities of Schools from September to October 2025.',
    source: KELSI,
  },
  {
    key: 'what-link-practitioner',
    themeId: 'link-practitioners',
    question: 'What is a link practitioner?',
    answer:
      'Link practitioners are named contacts from the Professional Resource Group services, linked to each community.',
    source: KELSI,
  },
  {
    key: 'find-link-practitioner',
    themeId: 'link-practitioners',
    question: "Where do I find our community's link practitioners?",
    answer:
      "The Contacts page of this app lists your community's link practitioners and the PRG services with their email and phone. KCC also publishes link practitioner details on KELSI (Professional Resource Group).",
    source: `${APP}; ${briefing('Professional Resource Group')}`,
  },
  {
    key: 'parents-message',
    themeId: 'parents-and-carers',
    question: 'What should we tell parents and carers about the Locality Model?',
    answer:
      'KCC has collated a guidance document to support schools in conversations with parents and carers, with content from Inclusion Champions and the questions raised at the induction meetings. In May 2025 it was in draft. KCC will publish it on KELSI (Locality Model for School Inclusion); until then, ask localitymodel@kent.gov.uk or ask KCC a question here.',
    source: briefing('Communications to Parents'),
  },
  {
    key: 'parents-ehcp-transfer',
    themeId: 'parents-and-carers',
    question: "Will a child's EHCP funding move with them when they start secondary school?",
    answer:
      'Existing top-up claims for children with an EHCP above £6,000 (as at 31 December 2024) continue to be paid directly to the school, with no need to reapply, until August 2026. The money follows the child, including the transfer from Year 6 to Year 7 (mainstream).',
    source: briefing('Reminder of Key Changes'),
    validUntil: '2026-08-31',
  },
  {
    key: 'parents-names',
    themeId: 'parents-and-carers',
    question: "Are pupils' names shared with the other schools in the community?",
    answer:
      'No. Funding requests in this app carry only a school-chosen pupil reference, the year group and the need. The app refuses text that names a pupil.',
    source: APP,
  },
  {
    key: 'who-requests',
    themeId: 'requests',
    question: 'Who can submit a funding request for our school?',
    answer:
      "The person who represents the school at community meetings must have delegated responsibility to request funds for the school. In this app they register as the school's representative, confirming that authority, and submit the school's requests.",
    source: `${briefing("FAQs 'most asked' spotlight")}; ${APP}`,
  },
  {
    key: 'request-contents',
    themeId: 'requests',
    question: 'What information goes in a funding request about a pupil?',
    answer:
      "In this app: a school-chosen pupil reference, the pupil's year group and their areas of need (from the four broad areas), what the school already provides, what is working, the hoped-for outcomes and next steps, and the amount asked for. Never the pupil's name.",
    source: APP,
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
      'KCC publishes its FAQ documents on KELSI (Updates, Frequently Asked Questions and Keeping in Touch): one on High Needs Mainstream Top-up Funding and one on the Locality Model (including Communities of Schools). Questions from the Keeping in Touch meetings are added and answered in these documents, and KCC intends to update KELSI every month.',
    source: `${briefing('KELSI')}; ${briefing('Questions')}`,
  },
  {
    key: 'contact-operations',
    themeId: 'other',
    question: 'Who do we contact about how the Locality Model works?',
    answer:
      'Email localitymodel@kent.gov.uk about how the model operates. For finance, email schoolfunding@kent.gov.uk.',
    source: KELSI,
  },
  ...FUNDING_FAQ_SEED,
];

export type { SeedFaqEntry } from './faq-sources';
