/**
 * School questions the Locality Model FAQ does not answer, some sharing its words ("funding", "community", "dates"):
 * the search's "no good answer" threshold is calibrated so that these fall below it.
 */
export const OFF_TOPIC_QUESTIONS: readonly string[] = [
  'How do we report a broken boiler to the council?',
  'When are the school holidays for 2026?',
  'Can staff take unpaid leave for a family wedding?',
  'How do I reset my Teams password?',
  'What is the deadline for secondary school admissions applications?',
  'Who do we call about a safeguarding concern out of hours?',
  'How do we apply for free school meals for a family?',
  'Is there funding for a new playground?',
  'Can we close the school when it snows?',
  'How do we order more laptops for staff?',
  'What is the pay award for teachers this year?',
  'How do I book the minibus for a trip?',
  'Where do I find the term dates for Kent schools?',
  'How do we appoint a new governor?',
  'Can parents request a school place mid-year?',
  'What should we do about a head lice outbreak?',
  'How do we register for the multiplication tables check?',
  'Who handles complaints about school transport?',
  'When is the deadline for the school census?',
  'Who pays for supply cover when a teacher is off sick?',
];

/** More off-topic school questions, never used to calibrate: how often an unrelated question still gets an answer. */
export const OFF_TOPIC_HELD_OUT: readonly string[] = [
  'How do I claim mileage for a home visit?',
  'What is the process for a staff grievance?',
  'Who do we tell about a data breach?',
  'Can we hire out the school hall for a community event?',
  'How do we get the school kitchen inspected?',
  'When do the KS2 SATs results come out?',
  "What's the policy on staff wearing jewellery?",
  "Can we change our school's opening hours?",
  'Who fixes the broadband in school?',
  'What insurance do we need for a trip abroad?',
  'When is the next teacher strike?',
  'How do we recruit a caretaker?',
  'Where do we order exam papers?',
  'Can we get a grant for solar panels on the school roof?',
  'Who do I speak to about an Ofsted complaint?',
];
