/** getSchedule takes at most 20 schedules per call. */
const MAX_SCHEDULES_PER_CALL = 20;
/** getSchedule refuses spans of 62 days or more. */
const MAX_DAYS_PER_CALL = 61;

/** Splits mailboxes and a time span into getSchedule calls Graph accepts. */
export function scheduleCalls(mailboxes: string[], fromMs: number, toMs: number) {
  const calls: { schedules: string[]; fromMs: number; toMs: number }[] = [];
  const span = MAX_DAYS_PER_CALL * 86_400_000;
  for (let i = 0; i < mailboxes.length; i += MAX_SCHEDULES_PER_CALL) {
    const schedules = mailboxes.slice(i, i + MAX_SCHEDULES_PER_CALL);
    for (let start = fromMs; start < toMs; start += span) {
      calls.push({ schedules, fromMs: start, toMs: Math.min(toMs, start + span) });
    }
  }
  return calls;
}
