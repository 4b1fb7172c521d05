import { contactSearch } from './contact-search';

const therapist =
  'Priya Shah Speech and Language Therapist Speech and Language Therapy (NHS) Communication and interaction';
const psychologist =
  'Tom Reed Educational Psychologist Educational Psychology Cognition and learning Social, emotional and mental health';
const occupational = 'Ann Cole Occupational Therapist Occupational Therapy (NHS) Sensory and/or physical Hartley';
const teacher =
  'Jo Bright Specialist Teacher (STLS) Specialist Teaching and Learning Service (STLS) Communication and interaction Cognition and learning Sensory and/or physical';

const found = (query: string) =>
  Object.entries({ therapist, psychologist, occupational, teacher })
    .filter(([, text]) => contactSearch(query)(text))
    .map(([who]) => who);

describe('searching contacts in the words SENCos use', () => {
  it('finds services by their abbreviations, in any case', () => {
    expect(found('SALT')).toEqual(['therapist']);
    expect(found('SaLT')).toEqual(['therapist']);
    expect(found('slt')).toEqual(['therapist']);
    expect(found('EP')).toEqual(['psychologist']);
    expect(found('OT')).toEqual(['occupational']);
    expect(found('stls')).toEqual(['teacher']);
  });

  it('finds the services that meet a need named the way schools name it', () => {
    expect(found('SEMH')).toEqual(['psychologist']);
    expect(found('behaviour')).toEqual(['psychologist']);
    expect(found('autism')).toEqual(['therapist', 'teacher']);
    expect(found('ASC')).toEqual(['therapist', 'teacher']);
    expect(found('dyslexia')).toEqual(['psychologist', 'teacher']);
    expect(found('sensory')).toEqual(['occupational', 'teacher']);
  });

  it('needs every other word too, from the start of a word, and does not read "ot" inside other words', () => {
    expect(found('sensory hart')).toEqual(['occupational']);
    expect(found('speech priya')).toEqual(['therapist']);
    expect(found('cotton')).toEqual([]);
    expect(found('')).toEqual(['therapist', 'psychologist', 'occupational', 'teacher']);
  });
});
