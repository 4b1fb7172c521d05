import { buildDemoDirectory } from '../../bot/src/directory/demo/demo-directory';
import { buildDemoFundingRequests } from '../../bot/src/funding/demo/demo-funding-requests';
import { demoRequestTexts } from '../../bot/src/funding/demo/demo-funding-texts';
import { pupilNameIn } from '../../bot/src/platform/privacy/pupil-name-check';
import { FAQ_SEED } from '../../bot/src/questions/demo/faq-seed';
import { FUNDING_FAQ_SEED } from '../../bot/src/questions/demo/faq-seed-funding';
import { demoPastMeetings } from '../../bot/src/scheduling/demo/demo-past-meetings';
import { HELD_OUT_PARAPHRASES, PARAPHRASES } from '../support/faq-paraphrases';

/** Texts that name nobody: everything the app ships or seeds, and what schools ask. */
function textsNamingNobody(): string[] {
  const faq = [...FAQ_SEED, ...FUNDING_FAQ_SEED].flatMap((entry) => [entry.question, entry.answer]);
  const narratives = Object.values(demoRequestTexts).flatMap((texts) =>
    texts.flatMap((t) => [t.currentProvision, t.whatIsWorking, t.hopedForOutcomes, t.nextSteps]),
  );
  const directory = buildDemoDirectory();
  const reasons = buildDemoFundingRequests(directory, demoPastMeetings(directory.communities)).flatMap((r) =>
    r.decision?.reason ? [r.decision.reason] : [],
  );
  const asked = [...PARAPHRASES, ...HELD_OUT_PARAPHRASES].map((p) => p.question);
  return [...new Set([...faq, ...narratives, ...reasons, ...asked, ...SENCO_SENTENCES])];
}

/** Sentences a SENCo might write about a pupil without naming them (invented for this test). */
const SENCO_SENTENCES = [
  'The pupil will need a key adult at lunchtimes and a quiet space to regulate.',
  'Grace periods for submissions are set by the chair.',
  'Since Easter the child has attended every morning session.',
  'Mum reports better sleep; the family will meet the school nurse in May.',
  'The summer term transition plan includes extra visits to the secondary school.',
  'Our SENCo, Mrs Hughes, will present the request; Mr Kowalski is the headteacher.',
  'Will the community fund a teaching assistant for the afternoon?',
  'May we bring the request to the December meeting instead?',
  'She joined in Year 3 from a school in Poland and is learning English as an additional language.',
  'He has an EHCP application in progress; the educational psychologist visited in March.',
  'Frank conversations with the family have built trust.',
  'Hope for the next term: reading age up by six months.',
  'Joy and laughter at the lunchtime club show the peer buddy system is working.',
  'The pupil can now read a full sentence; this will help in science.',
  'Art therapy on Tuesdays has reduced incidents.',
  'Victoria Road site has the sensory room; the pupil uses it twice a day.',
  'Through the Specialist Teaching and Learning Service the class teacher has had training.',
  'A boy in Year 6 with autism needs support at unstructured times.',
  'Two pupils in Reception need speech and language therapy.',
  'Please see the report from the Kent Educational Psychology Service.',
];

/** Sentences that name a pupil (invented names from many backgrounds; each must be refused). */
const NAMING_A_PUPIL = [
  'Oliver has responded well to the nurture group.',
  'chloé in year 3 is struggling with phonics.',
  'That Amelia Smith joins the class in January.',
  'Mohammed will start the programme next term.',
  'Our concern is for Jayden, who is in Year 5.',
  'Support for Zuzanna with EAL and speech needs.',
  'Ayaan finds the dining hall overwhelming.',
  'Since September Freya has refused to come into class.',
  'The pupil, Harley, needs a key adult.',
  'Funding for Kacper and his twin brother.',
  'We would like to fund a TA for Leo.',
  'Grace has made good progress with phonics.',
  'Will is in Year 2 and has a diagnosis of ADHD.',
  'A girl called Summer needs a sensory diet.',
  'ivy needs a quiet room.',
  'Oleksandr arrived from Ukraine in March.',
  'Gurpreet (Y5) uses a communication book.',
  'Fatima and Aisha both need pre-teaching.',
  'Reception: Kai cannot yet sit for carpet time.',
  'The class teacher says Tomasz is making progress.',
  'Jack struggles with transitions.',
  'Our pupil Ruby has an EHCP.',
  'Emily-Rose needs a writing slope.',
  "Noah's behaviour has improved since the move.",
  'ALFIE HAS BEEN EXCLUDED TWICE THIS TERM.',
  'Dovydas speaks Lithuanian at home.',
  'Chidi is awaiting a CAMHS assessment.',
  'Olusegun attends the speech group.',
  'Precious has made friends in the nurture group.',
  'The pupil known as Bear needs support.',
];

describe('the pupil-name check, measured', () => {
  it('refuses no text that names nobody (false positives: 0)', () => {
    const texts = textsNamingNobody();
    const refused = texts.flatMap((text) => {
      const word = pupilNameIn(text);
      return word ? [`${word} ← ${text}`] : [];
    });
    process.stdout.write(`pupil-name check: ${refused.length} of ${texts.length} texts naming nobody refused\n`);
    expect(refused).toEqual([]);
  });

  it('refuses every sentence that names a pupil (false negatives: 0 of the trap list)', () => {
    const missed = NAMING_A_PUPIL.filter((text) => pupilNameIn(text) === undefined);
    process.stdout.write(`pupil-name check: ${missed.length} of ${NAMING_A_PUPIL.length} naming sentences missed\n`);
    expect(missed).toEqual([]);
  });
});
