import type { CalendarPort } from '../calendar/calendar-port';
import type { MeetingsStore } from './meetings-store';

/** What the scheduling use cases need. */
export interface SchedulingPorts {
  meetings: MeetingsStore;
  calendar: CalendarPort;
  /** The current instant (ms); tests fix it. */
  now: () => number;
}

/** Scheduling settings that do not change per request. */
export interface SchedulingSettings {
  /** Minutes kept clear between two meetings of the same person (default 30). */
  bufferMinutes: number;
  /** The mailbox that organises KCC's Keeping in Touch meetings. */
  kitOrganizerMailbox: string;
}
