import type { AreaOfNeed } from '../domain/funding-request';

/** What a demo request says for one area of need; invented, and never naming a pupil. */
export interface DemoRequestText {
  currentProvision: string;
  whatIsWorking: string;
  hopedForOutcomes: string;
  nextSteps: string;
}

/** Invented, solution-focused request texts per broad area of need. */
export const demoRequestTexts: Record<AreaOfNeed, DemoRequestText[]> = {
  communicationAndInteraction: [
    {
      currentProvision:
        'Daily small-group language sessions and a visual timetable, funded from the notional SEN budget (the first £6,000). STLS link teacher visited twice this term.',
      whatIsWorking:
        'Now-and-next boards have reduced transitions distress; the pupil joins carpet time for ten minutes.',
      hopedForOutcomes:
        'Uses a core vocabulary board to make requests across the day; joins whole-class lessons for 30 minutes.',
      nextSteps: 'Speech and language therapy review in six weeks; train two teaching assistants in Attention Autism.',
    },
    {
      currentProvision:
        'Social communication group twice weekly and a key adult at unstructured times, from the notional SEN budget.',
      whatIsWorking: 'Structured lunchtime club has cut playground incidents from daily to weekly.',
      hopedForOutcomes: 'Manages lunchtimes with a peer buddy; initiates interaction with peers in class.',
      nextSteps: 'Extend the lunchtime club to a second day; review with parents and the STLS teacher next term.',
    },
  ],
  cognitionAndLearning: [
    {
      currentProvision:
        'Precision teaching for reading three times a week and a phonics intervention group, from the notional SEN budget.',
      whatIsWorking: 'Sight-word recognition has risen from 20 to 45 words in a term.',
      hopedForOutcomes: 'Reads a book banded two levels higher by July; writes two sentences independently.',
      nextSteps: 'Educational psychology consultation; dyslexia-friendly resources for the class.',
    },
    {
      currentProvision: 'Maths intervention in a group of four and concrete resources in class.',
      whatIsWorking: 'Number bonds to 10 are secure with manipulatives.',
      hopedForOutcomes: 'Uses number facts to 20 without resources; closes the gap to age-related expectations.',
      nextSteps: 'Specialist teacher assessment; share strategies with the next class teacher.',
    },
  ],
  socialEmotionalMentalHealth: [
    {
      currentProvision:
        'Nurture group each morning and a daily check-in with the ELSA, funded from the notional SEN budget.',
      whatIsWorking: 'Morning check-ins have improved attendance from 82% to 91%.',
      hopedForOutcomes: 'Stays in class for whole lessons with agreed movement breaks; no suspensions this term.',
      nextSteps: 'Outreach from a special school to coach staff on regulation; review the support plan half-termly.',
    },
    {
      currentProvision: 'Mentoring with the pastoral lead and a reduced timetable for two lessons a week.',
      whatIsWorking: 'A safe space at break times has reduced incidents of leaving the classroom.',
      hopedForOutcomes: 'Returns to a full timetable; builds two positive peer relationships.',
      nextSteps: 'Educational psychology consultation; family support referral agreed with parents.',
    },
  ],
  sensoryPhysical: [
    {
      currentProvision:
        'Sensory circuits each morning and a movement break plan, from the notional SEN budget; OT advice received.',
      whatIsWorking: 'Sensory circuits help the pupil settle to learning after arrival.',
      hopedForOutcomes: 'Uses a self-regulation toolkit independently; writes legibly with a slope board and grips.',
      nextSteps: 'Occupational therapy review; buy specialist seating and train staff in its use.',
    },
    {
      currentProvision: 'Modified PE and a physiotherapy programme delivered by a teaching assistant.',
      whatIsWorking: 'Daily exercises have improved stamina on the stairs.',
      hopedForOutcomes: 'Moves around school safely and independently; takes part in adapted PE every week.',
      nextSteps: 'Physiotherapy review; risk assessment for the school trip.',
    },
  ],
};
