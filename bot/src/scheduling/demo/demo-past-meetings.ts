import type { Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { uuidV5 } from '../../platform/ids/deterministic-id';
import { addDays, isoWeekday, monthName, type PlainDate, plainDate } from '../../platform/time/plain-date';
import { LONDON, zonedToInstant } from '../../platform/time/zoned-time';
import { academicYearMonths, DEFAULT_CYCLE_MONTHS } from '../domain/cycle-months';
import { kentSchoolCalendar } from './kent-school-calendar';

/** The year whose meetings the demo says took place: every demo request of that year was decided at one of them. */
const DEMO_PAST_YEAR = '2025-26';

/** A community meeting of the demo's past year, held in the app's local calendar. */
export interface DemoPastMeeting {
  id: string;
  cycleId: string;
  communityId: string;
  title: string;
  month: string;
  /** Its London date. */
  date: PlainDate;
  startMs: number;
  endMs: number;
  organizerMailbox: string;
}

/** What the demo meetings need to know of a community. */
interface DemoCommunity {
  id: string;
  name: string;
  organizerMailbox: string;
  preferredWeekdays: number[];
}

/**
 * The seven 2025-26 meetings of each community, 15:45–17:15 on the first school day from the 8th of the month on one
 * of its preferred weekdays (June's from the 1st: term 6 starts then and the year's requests close). Deterministic.
 */
export function demoPastMeetings(communities: readonly DemoCommunity[]): DemoPastMeeting[] {
  const calendar = kentSchoolCalendar();
  return communities.flatMap((community) => {
    const cycleId = uuidV5(`cycle:community:${community.id}:${DEMO_PAST_YEAR}`);
    return academicYearMonths(DEMO_PAST_YEAR, DEFAULT_CYCLE_MONTHS).map((month) => {
      const [year, monthNumber] = month.split('-').map(Number) as [number, number];
      let date = plainDate(year, monthNumber, monthNumber === 6 ? 1 : 8);
      while (!calendar.isSchoolDay(date) || !community.preferredWeekdays.includes(isoWeekday(date))) {
        date = addDays(date, 1);
      }
      return {
        id: uuidV5(`meeting:community:${community.id}:${DEMO_PAST_YEAR}:${month}`),
        cycleId,
        communityId: community.id,
        title: `${community.name} meeting, ${monthName(monthNumber)} ${year}`,
        month,
        date,
        startMs: zonedToInstant(date, '15:45', LONDON),
        endMs: zonedToInstant(date, '17:15', LONDON),
        organizerMailbox: community.organizerMailbox,
      };
    });
  });
}

/** Stores the demo's past meetings (already held, so no invitations or reminders), never overwriting a row. */
export async function seedDemoPastMeetings(
  tx: Transaction<Database>,
  meetings: readonly DemoPastMeeting[],
  chairOf: (communityId: string) => string | undefined,
): Promise<void> {
  const cycles = new Map<string, { id: string; communityId: string; createdBy: string }>();
  for (const m of meetings) {
    const createdBy = chairOf(m.communityId);
    if (createdBy) cycles.set(m.cycleId, { id: m.cycleId, communityId: m.communityId, createdBy });
  }
  const held = meetings.filter((m) => cycles.has(m.cycleId));
  if (held.length === 0) return;
  await tx
    .insertInto('meeting_cycles')
    .values(
      [...cycles.values()].map((c) => ({
        id: c.id,
        kind: 'community' as const,
        community_id: c.communityId,
        area_id: null,
        academic_year_id: DEMO_PAST_YEAR,
        created_by: c.createdBy,
        created_at: new Date(Date.UTC(2025, 6, 1)),
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
  await tx
    .insertInto('meetings')
    .values(
      held.map((m) => ({
        id: m.id,
        cycle_id: m.cycleId,
        community_id: m.communityId,
        title: m.title,
        month: m.month,
        starts_at: new Date(m.startMs),
        ends_at: new Date(m.endMs),
        time_zone: LONDON,
        organizer_mailbox: m.organizerMailbox,
        status: 'created' as const,
        transaction_id: m.id,
        calendar_event_id: null,
        join_url: null,
        failure_reason: null,
        cancel_comment: null,
        updated_at: new Date(m.startMs),
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
}
