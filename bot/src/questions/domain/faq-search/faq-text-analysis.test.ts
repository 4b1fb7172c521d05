import { pupilNameProblem } from '../../../platform/privacy/pupil-name-check';
import { DEFAULT_THEMES, themeNamed } from '../question-themes';
import { analyseText } from './analyze-text';
import { FaqSearchIndex } from './faq-search-index';
import { porterStem } from './porter-stemmer';
import { withinOneEdit } from './spelling';

describe('how the FAQ search reads text', () => {
  it('stems words as Porter published (his sample vocabulary)', () => {
    const cases: [string, string][] = [
      ['caresses', 'caress'],
      ['ponies', 'poni'],
      ['agreed', 'agre'],
      ['plastered', 'plaster'],
      ['motoring', 'motor'],
      ['conflated', 'conflat'],
      ['hopping', 'hop'],
      ['filing', 'file'],
      ['happy', 'happi'],
      ['relational', 'relat'],
      ['conditional', 'condit'],
      ['digitizer', 'digit'],
      ['vietnamization', 'vietnam'],
      ['decisiveness', 'decis'],
      ['hopefulness', 'hope'],
      ['sensibiliti', 'sensibl'],
      ['triplicate', 'triplic'],
      ['electrical', 'electr'],
      ['allowance', 'allow'],
      ['adjustment', 'adjust'],
      ['adoption', 'adopt'],
      ['effective', 'effect'],
      ['controll', 'control'],
      ['generalizations', 'gener'],
      ['meetings', 'meet'],
      ['attendance', 'attend'],
    ];
    expect(cases.filter(([word, stem]) => porterStem(word) !== stem)).toEqual([]);
  });

  it.each([
    ['SENCo', 'special educational needs coordinator', '~senco'],
    ['Year R', 'Reception', '~year-r'],
    ['E3', 'high needs funding', '~e3'],
    ['top-up', 'element 3', '~e3'],
    ['PRG', 'Professional Resource Group', '~prg'],
    ['KiT', 'Keeping in Touch', '~kit'],
    ['EHCPs', 'education, health and care plan', '~ehcp'],
    ['CoS', 'communities of schools', '~cos'],
    ['locality', 'community of schools', '~cos'],
    ['LP', 'link practitioner', '~link-practitioner'],
    ['ASD', 'communication and interaction', '~communication-and-interaction'],
    ['rep', 'representative', '~representative'],
    ['GDPR', 'data protection', '~privacy'],
    ['the LA', 'KCC', '~kcc'],
    ['SEND', 'special educational needs', '~sen'],
  ])('reads "%s" and "%s" as the same thing (%s)', (a, b, concept) => {
    expect(analyseText(a)).toContain(concept);
    expect(analyseText(b)).toContain(concept);
  });

  it('reads school shorthand as the words it stands for', () => {
    expect(analyseText('Y6 to yr 7')).toEqual(analyseText('Year 6 to Year 7'));
    expect(analyseText('budget 24/25')).toEqual(analyseText('budget 2024-25'));
    expect(analyseText('the 1st meeting')).toEqual(analyseText('the first meeting'));
    expect(analyseText("doesn't attend")).toEqual(analyseText('attend'));
    expect(analyseText('SEND support')).toContain('~sen');
    expect(analyseText('who do we send')).not.toContain('~sen');
    expect(analyseText('anonymized')).toEqual(analyseText('anonymised'));
  });

  it('reads a year group as one thing and an amount said in words as the figure', () => {
    expect(analyseText('a Y3 pupil')).not.toContain('~frequency');
    expect(analyseText('seven meetings a year')).toContain('~frequency');
    expect(analyseText('six thousand pounds')).toEqual(analyseText('£6,000'));
    expect(analyseText('6 grand')).toEqual(analyseText('6k'));
  });

  it('finds an entry through a synonym it never uses, and through a one-letter typo', () => {
    const index = new FaqSearchIndex();
    index.upsert({
      id: 'senco',
      question: 'Who attends?',
      answer: 'The SENCo of each school.',
      themeId: 'meetings',
      themeName: 'Meetings',
    });
    index.upsert({
      id: 'budget',
      question: 'What is the pot?',
      answer: 'The community budget.',
      themeId: 'funding',
      themeName: 'Funding',
    });
    expect(index.search('special educational needs coordinator', { top: 1 })[0]?.id).toBe('senco');
    expect(index.search('comunity budget', { top: 1 })[0]?.id).toBe('budget');
    expect(withinOneEdit('recieve', 'receive')).toBe(true);
    expect(withinOneEdit('budget', 'bridge')).toBe(false);
  });

  it('understands theme names, initials and "all" when an officer routes a channel', () => {
    expect(themeNamed('Funding', DEFAULT_THEMES)).toBe('funding');
    expect(themeNamed('PRG', DEFAULT_THEMES)).toBe('prg');
    expect(themeNamed('parents and carers', DEFAULT_THEMES)).toBe('parents-and-carers');
    expect(themeNamed('all', DEFAULT_THEMES)).toBe('all');
    expect(themeNamed('lunch', DEFAULT_THEMES)).toBeUndefined();
  });
});

describe('keeping pupils’ names out of questions', () => {
  it.each([
    'Can we request funding for Oliver in Year 3?',
    'My pupil Amelia needs speech and language support.',
    'We have a child called Zed who needs a specialist teacher.',
    'Isla (Y4) has an EHCP; does her top-up continue?',
  ])('refuses "%s"', (text) => {
    expect(pupilNameProblem(text)).toMatch(/looks like a pupil's name/);
  });

  it.each([
    'Can our SENCo Grace Adeyemi attend on our behalf?',
    'How do we support a Year 3 pupil with autism?',
    'When will KCC publish the 2026-27 budgets?',
    'Does Reception count as school age for requests?',
  ])('accepts "%s"', (text) => {
    expect(pupilNameProblem(text)).toBeUndefined();
  });
});
