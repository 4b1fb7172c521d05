// Plans every community's 2026-27 cycle as chairs would in June: a proposal, then the chosen dates stored (the local
// calendar, so the time is the app's and its database's, not Graph's).
import { type DatabaseTarget, openDatabase } from '../bot/src/platform/db/open-database';
import { LocalCalendar } from '../bot/src/scheduling/calendar/local/local-calendar';
import { MeetingsRepository } from '../bot/src/scheduling/store/meetings-repository';
import { planningClock } from '../test/support/planning-clock';
import { planEveryCommunityCycle } from './plan-every-cycle';

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
    const { cycles, meetings, wallMs, cycleMs } = await planEveryCommunityCycle(db, ports);
    const lastTenth = cycleMs.slice(Math.floor(cycleMs.length * 0.9));
    return {
      cycles,
      meetings,
      wallMs,
      slowestMs: Math.max(...cycleMs),
      lastTenthMeanMs: lastTenth.reduce((sum, t) => sum + t, 0) / lastTenth.length,
    };
  } finally {
    await db.destroy();
  }
}
