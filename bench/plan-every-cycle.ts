import type { Kysely } from 'kysely';
import { DirectoryRepository } from '../bot/src/directory/store/directory-repository';
import type { Database } from '../bot/src/platform/db/schema';
import { createCommunityCycle } from '../bot/src/scheduling/app/create-community-cycle';
import type { SchedulingPorts } from '../bot/src/scheduling/app/ports';
import { proposeCommunityCycle } from '../bot/src/scheduling/app/propose-community-cycle';

/** What planning every community's cycle stored, and how long it took in all and cycle by cycle. */
export interface EveryCyclePlanned {
  cycles: number;
  meetings: number;
  /** From the first proposal to the last cycle stored (finding the officer and the communities not counted). */
  wallMs: number;
  /** Each cycle's proposal and storing, in community order. */
  cycleMs: number[];
}

/**
 * Proposes and stores the 2026-27 cycle of every community in the database, one after another, as chairs would in
 * June: as the first officer of the demo directory, taking every proposed date.
 */
export async function planEveryCommunityCycle(
  db: Kysely<Database>,
  ports: SchedulingPorts,
): Promise<EveryCyclePlanned> {
  const settings = { bufferMinutes: 30, kitOrganizerMailbox: 'kit@kent.demo.example' };
  const officerRole = await db
    .selectFrom('roles')
    .select('person_id')
    .where('role', '=', 'officer')
    .orderBy('person_id')
    .executeTakeFirstOrThrow();
  const officer = await new DirectoryRepository(db).findById(officerRole.person_id);
  if (!officer) throw new Error('demo officer missing');
  const communities = await db.selectFrom('communities').select('id').orderBy('id').execute();
  const cycleMs: number[] = [];
  let meetings = 0;
  const started = performance.now();
  for (const { id } of communities) {
    const one = performance.now();
    const plan = await proposeCommunityCycle(ports, settings, officer, id, '2026-27');
    const chosen = plan.meetings.map(({ month, start, end }) => ({ month, start, end }));
    await createCommunityCycle(ports, settings, officer, id, '2026-27', chosen);
    meetings += chosen.length;
    cycleMs.push(performance.now() - one);
  }
  return { cycles: communities.length, meetings, wallMs: performance.now() - started, cycleMs };
}
