// Plans every community's 2026-27 cycle as chairs would in June: a proposal, then the chosen dates stored (the local
// calendar, so the time is the app's and its database's, not Graph's).
import { DirectoryRepository } from '../bot/src/directory/store/directory-repository';
import { type DatabaseTarget, openDatabase } from '../bot/src/platform/db/open-database';
import { createCommunityCycle } from '../bot/src/scheduling/app/create-community-cycle';
import { proposeCommunityCycle } from '../bot/src/scheduling/app/propose-community-cycle';
import { LocalCalendar } from '../bot/src/scheduling/calendar/local/local-calendar';
import { MeetingsRepository } from '../bot/src/scheduling/store/meetings-repository';
import { planningClock } from '../test/support/planning-clock';

/** How planning every community's cycle went: how many, the meetings stored, the wall time and the slowest one. */
export interface PlanningRun {
  cycles: number;
  meetings: number;
  wallMs: number;
  slowestMs: number;
  /** Mean time of the last tenth of the cycles: proposals see the meetings planned before them. */
  lastTenthMeanMs: number;
}

/** Proposes and stores the 2026-27 cycle of every community in the database, one after another, as an officer. */
export async function planEveryCycle(target: DatabaseTarget): Promise<PlanningRun> {
  const { db } = await openDatabase(target);
  try {
    const ports = { meetings: new MeetingsRepository(db), calendar: new LocalCalendar(), now: planningClock };
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
    const times: number[] = [];
    let meetings = 0;
    const started = performance.now();
    for (const { id } of communities) {
      const one = performance.now();
      const plan = await proposeCommunityCycle(ports, settings, officer, id, '2026-27');
      const chosen = plan.meetings.map(({ month, start, end }) => ({ month, start, end }));
      await createCommunityCycle(ports, settings, officer, id, '2026-27', chosen);
      meetings += chosen.length;
      times.push(performance.now() - one);
    }
    const lastTenth = times.slice(Math.floor(times.length * 0.9));
    return {
      cycles: communities.length,
      meetings,
      wallMs: performance.now() - started,
      slowestMs: Math.max(...times),
      lastTenthMeanMs: lastTenth.reduce((sum, t) => sum + t, 0) / lastTenth.length,
    };
  } finally {
    await db.destroy();
  }
}
