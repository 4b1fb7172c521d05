import { pupilNameIn, pupilNameProblem } from './pupil-name-check';

describe('finding a pupil named in free text', () => {
  it.each([
    ['Oliver has responded well to the nurture group.', 'Oliver'],
    ['chloé in year 3 is struggling with phonics.', 'chloé'],
    ['That Amelia Smith joins the class in January.', 'Amelia'],
    ['Mohammed will start the programme next term.', 'Mohammed'],
    ['We think zainab needs a quieter space.', 'zainab'],
    ["Kacper's reading age is 6.", "Kacper's"],
    ['Grace has made progress since September.', 'Grace'],
    ['The pupil Will finds transitions hard.', 'Will'],
    ['A boy called max needs more support.', 'max'],
    ['Her name is Summer and she is in Year 2.', 'Summer'],
    ['Progress is slow, and Hope needs daily sessions.', 'Hope'],
    ['Speech therapy: May responded well.', 'May'],
    ['Oleksandr arrived from Kharkiv in March.', 'Oleksandr'],
    ['Gurpreet (Y5) uses a communication book.', 'Gurpreet'],
  ])('finds the name in "%s"', (text, word) => {
    expect(pupilNameIn(text)).toBe(word);
  });

  it.each([
    'The pupil will need a key adult at lunchtimes.',
    'Will the community meet in May?',
    'We hope the pupil makes progress by the summer term.',
    'The May meeting will decide; Summer term funding follows.',
    'Grace periods for late submissions are at the chair’s discretion.',
    'Mrs Patel, the SENCo, will attend; Mr Olusegun Adebayo is the headteacher.',
    'The Kent Communities of Schools FAQ is on KELSI.',
    'Our SEN IA will review the plan with the STLS teacher in June.',
    'A Year 4 pupil with speech and language needs; now-and-next boards help.',
    'Frank discussions with parents have helped.',
  ])('finds no name in "%s"', (text) => {
    expect(pupilNameIn(text)).toBeUndefined();
  });

  it('says which word and what to write instead', () => {
    expect(pupilNameProblem('Oliver has responded well')).toBe(
      `"Oliver" looks like a pupil's name. Do not name pupils: use the school's pupil reference (for example Y4-017) or describe them ("a Year 4 pupil"); for an adult, write their role.`,
    );
  });

  it('does not read letters inside a code or id as a name', () => {
    expect(pupilNameIn('What does a link practitioner do (ada4b2e1)?')).toBeUndefined();
    expect(pupilNameIn('Reference 7f3amy9 was approved.')).toBeUndefined();
  });
});
