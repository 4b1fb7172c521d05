import type { Person } from '../../bot/src/directory/domain/person';
import { openQuestionsHarness, type QuestionsHarness } from './questions-harness';

/** A questions harness and the two seeded people its store tests act as. */
export interface QuestionsHarnessWithPeople {
  h: QuestionsHarness;
  /** The first representative, who asks. */
  asker: Person;
  /** The officer, who answers and keeps the FAQ. */
  officer: Person;
}

/** Opens a questions harness on an engine, with the seeded FAQ, and reads its asker and its officer. */
export async function openQuestionsHarnessWithPeople(
  engine: 'pglite' | 'postgres',
): Promise<QuestionsHarnessWithPeople> {
  const h = await openQuestionsHarness(engine);
  return { h, asker: await h.personWith('representative'), officer: await h.personWith('officer') };
}
