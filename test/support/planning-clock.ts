/** Mid-June 2026, when communities confirm next year's dates: the clock tests and benchmarks plan at. */
export const PLANNING_DAY_MS = Date.parse('2026-06-15T09:00:00Z');

/** A clock fixed at the planning day. */
export const planningClock = (): number => PLANNING_DAY_MS;
