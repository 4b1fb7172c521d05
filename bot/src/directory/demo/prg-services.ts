/** A Professional Resource Group service in the demo directory and how widely its practitioners link. */
export interface DemoPrgService {
  id: string;
  name: string;
  description: string;
  needs: string[];
  email: string;
  phone: string;
  practitionerTitle: string;
  emailDomain: string;
  communitiesPerPractitioner: number;
}

/** The PRG services named in connection with the Locality Model (contact details invented). */
export const prgServices: readonly DemoPrgService[] = [
  {
    id: 'stls',
    name: 'Specialist Teaching and Learning Service (STLS)',
    description:
      'Specialist teachers who advise schools on strategies and provision; each school has a named link teacher.',
    needs: ['Communication and interaction', 'Cognition and learning', 'Sensory and/or physical'],
    email: 'stls@kent.demo.example',
    phone: '03000 410001',
    practitionerTitle: 'Specialist Teacher (STLS)',
    emailDomain: 'kent.demo.example',
    communitiesPerPractitioner: 3,
  },
  {
    id: 'educational-psychology',
    name: 'Educational Psychology',
    description:
      'Educational psychologists who help schools understand and meet children’s learning and wellbeing needs.',
    needs: ['Cognition and learning', 'Social, emotional and mental health'],
    email: 'edpsych@kent.demo.example',
    phone: '03000 410002',
    practitionerTitle: 'Educational Psychologist',
    emailDomain: 'kent.demo.example',
    communitiesPerPractitioner: 4,
  },
  {
    id: 'speech-and-language-therapy',
    name: 'Speech and Language Therapy (NHS)',
    description: 'Speech and language therapists supporting communication, language and swallowing needs.',
    needs: ['Communication and interaction'],
    email: 'slt@nhs.demo.example',
    phone: '03000 410003',
    practitionerTitle: 'Speech and Language Therapist',
    emailDomain: 'nhs.demo.example',
    communitiesPerPractitioner: 5,
  },
  {
    id: 'occupational-therapy',
    name: 'Occupational Therapy (NHS)',
    description: 'Occupational therapists supporting everyday skills, sensory processing and access to learning.',
    needs: ['Sensory and/or physical'],
    email: 'ot@nhs.demo.example',
    phone: '03000 410004',
    practitionerTitle: 'Occupational Therapist',
    emailDomain: 'nhs.demo.example',
    communitiesPerPractitioner: 6,
  },
  {
    id: 'physiotherapy',
    name: 'Physiotherapy (NHS)',
    description: 'Physiotherapists supporting movement, posture and physical access in school.',
    needs: ['Sensory and/or physical'],
    email: 'physio@nhs.demo.example',
    phone: '03000 410005',
    practitionerTitle: 'Physiotherapist',
    emailDomain: 'nhs.demo.example',
    communitiesPerPractitioner: 8,
  },
  {
    id: 'special-school-outreach',
    name: 'Special School Outreach',
    description: 'Outreach from special schools: school-to-school advice, modelling and training.',
    needs: [
      'Communication and interaction',
      'Cognition and learning',
      'Social, emotional and mental health',
      'Sensory and/or physical',
    ],
    email: 'outreach@kent.demo.example',
    phone: '03000 410006',
    practitionerTitle: 'Outreach Teacher',
    emailDomain: 'kent.demo.example',
    communitiesPerPractitioner: 5,
  },
];
