/** A stretch of time someone is committed, as UTC instants in ms, with what it is. */
export interface BusyTime {
  startMs: number;
  endMs: number;
  /** Who is busy and with what, for explanations: "Grace Norwood (SEN IA) at Dover East's meeting". */
  description: string;
}

/** The first commitment that a slot would clash with, keeping `bufferMinutes` clear on either side. */
export function firstClash(
  startMs: number,
  endMs: number,
  busy: readonly BusyTime[],
  bufferMinutes: number,
): BusyTime | undefined {
  const buffer = bufferMinutes * 60000;
  return busy.find((b) => startMs < b.endMs + buffer && b.startMs < endMs + buffer);
}
