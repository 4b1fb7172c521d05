import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';
import type { Holiday, Term } from '../../scheduling';
import type { AgendaMeeting, MeetingDetails, SchoolForFunding } from '../app/ports';

/** Reads what funding decisions rest on: schools and communities, PRG services, school days and meetings. */
export class FundingFactsRepository {
  constructor(private readonly facts: Kysely<Database>) {}

  async school(schoolId: string): Promise<SchoolForFunding | undefined> {
    const row = await this.facts
      .selectFrom('schools')
      .innerJoin('communities', 'communities.id', 'schools.community_id')
      .select(['schools.id', 'schools.name', 'schools.community_id', 'communities.name as community_name'])
      .where('schools.id', '=', schoolId)
      .executeTakeFirst();
    return row && { id: row.id, name: row.name, communityId: row.community_id, communityName: row.community_name };
  }

  async community(communityId: string): Promise<{ id: string; name: string } | undefined> {
    return this.facts.selectFrom('communities').select(['id', 'name']).where('id', '=', communityId).executeTakeFirst();
  }

  async prgServices(): Promise<{ id: string; name: string }[]> {
    return this.facts.selectFrom('prg_services').select(['id', 'name']).orderBy('name').execute();
  }

  async schoolDays(): Promise<{ terms: Term[]; holidays: Holiday[] }> {
    const terms = await this.facts.selectFrom('term_dates').selectAll().orderBy('starts_on').execute();
    const holidays = await this.facts.selectFrom('holidays').selectAll().orderBy('date').execute();
    return {
      terms: terms.map((t) => ({ term: t.term, startsOn: t.starts_on, endsOn: t.ends_on })),
      holidays: holidays.map((h) => ({ date: h.date, name: h.name })),
    };
  }

  async upcomingMeetings(communityId: string, endingAfterMs: number): Promise<AgendaMeeting[]> {
    const rows = await this.facts
      .selectFrom('meetings')
      .select(['id', 'title', 'starts_at', 'ends_at', 'time_zone'])
      .where('community_id', '=', communityId)
      .where('status', 'not in', ['cancelled', 'failed'])
      .where('ends_at', '>', new Date(endingAfterMs))
      .orderBy('starts_at')
      .orderBy('id')
      .execute();
    return rows.map((m) => ({
      id: m.id,
      title: m.title,
      startMs: m.starts_at.getTime(),
      endMs: m.ends_at.getTime(),
      timeZone: m.time_zone,
    }));
  }

  async meetingDetails(meetingId: string): Promise<MeetingDetails> {
    const meeting = await this.facts
      .selectFrom('meetings')
      .select(['join_url'])
      .where('id', '=', meetingId)
      .executeTakeFirst();
    const invited = await this.facts
      .selectFrom('meeting_attendees')
      .innerJoin('people', 'people.id', 'meeting_attendees.person_id')
      .select(['people.id', 'people.display_name'])
      .where('meeting_attendees.meeting_id', '=', meetingId)
      .orderBy('people.display_name')
      .execute();
    return {
      joinUrl: meeting?.join_url ?? null,
      invited: invited.map((p) => ({ personId: p.id, name: p.display_name })),
    };
  }

  async practitionerServices(personId: string): Promise<string[]> {
    const rows = await this.facts
      .selectFrom('practitioners')
      .select('service_id')
      .where('person_id', '=', personId)
      .execute();
    return rows.map((r) => r.service_id);
  }
}
