import type { Kysely } from 'kysely';
import { roleLabels } from '../../directory';
import { writeAudit } from '../../platform/db/audit';
import type { Database } from '../../platform/db/schema';
import type { CommunityForScheduling, CycleKey, SchoolYear } from '../app/ports';
import type { BusyTime } from '../domain/busy-time';
import type { Attendee } from '../domain/meeting';

/** Reads what the planner needs: community preferences and invitees, term dates, and people's other meetings. */
export class SchedulingFactsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async communityForScheduling(communityId: string): Promise<CommunityForScheduling | undefined> {
    const community = await this.db
      .selectFrom('communities')
      .selectAll()
      .where('id', '=', communityId)
      .executeTakeFirst();
    if (!community) return undefined;
    const people = await this.db
      .selectFrom('roles')
      .innerJoin('people', 'people.id', 'roles.person_id')
      .select(['people.id', 'people.email', 'people.display_name', 'roles.role'])
      .where('roles.community_id', '=', communityId)
      .where('roles.role', 'in', ['representative', 'chair', 'senInclusionAdviser', 'practitioner'])
      .orderBy('roles.id')
      .execute();
    const attendees = new Map<string, Attendee>();
    for (const p of people) {
      const attendance = p.role === 'practitioner' ? 'optional' : 'required';
      const known = attendees.get(p.id);
      if (known && (known.attendance === 'required' || attendance === 'optional')) continue;
      attendees.set(p.id, { personId: p.id, email: p.email, displayName: p.display_name, attendance });
    }
    return {
      id: community.id,
      name: community.name,
      organizerMailbox: community.organizer_mailbox,
      preferredWeekdays: community.preferred_weekdays,
      preferredStartTime: community.preferred_start_time,
      meetingMinutes: community.meeting_minutes,
      timeZone: community.time_zone,
      attendees: [...attendees.values()],
    };
  }

  async areas(): Promise<{ id: string; name: string }[]> {
    return this.db.selectFrom('areas').select(['id', 'name']).orderBy('name').execute();
  }

  async kitAttendees(areaId: string | null): Promise<Attendee[]> {
    let chairs = this.db
      .selectFrom('roles')
      .innerJoin('people', 'people.id', 'roles.person_id')
      .innerJoin('communities', 'communities.id', 'roles.community_id')
      .innerJoin('districts', 'districts.id', 'communities.district_id')
      .select(['people.id', 'people.email', 'people.display_name'])
      .where('roles.role', '=', 'chair');
    if (areaId) chairs = chairs.where('districts.area_id', '=', areaId);
    const officers = this.db
      .selectFrom('roles')
      .innerJoin('people', 'people.id', 'roles.person_id')
      .select(['people.id', 'people.email', 'people.display_name'])
      .where('roles.role', '=', 'officer');
    const rows = [...(await chairs.execute()), ...(await officers.execute())];
    const unique = new Map(rows.map((r) => [r.id, r]));
    return [...unique.values()]
      .sort((a, b) => a.display_name.localeCompare(b.display_name))
      .map((r) => ({ personId: r.id, email: r.email, displayName: r.display_name, attendance: 'required' as const }));
  }

  async schoolYear(academicYearId: string): Promise<SchoolYear | undefined> {
    const year = await this.db
      .selectFrom('academic_years')
      .selectAll()
      .where('id', '=', academicYearId)
      .executeTakeFirst();
    if (!year) return undefined;
    const terms = await this.db
      .selectFrom('term_dates')
      .selectAll()
      .where('academic_year_id', '=', academicYearId)
      .orderBy('term')
      .execute();
    if (terms.length === 0) return undefined;
    const holidays = await this.db
      .selectFrom('holidays')
      .selectAll()
      .where('date', '>=', year.starts_on)
      .where('date', '<=', year.ends_on)
      .orderBy('date')
      .execute();
    return {
      id: year.id,
      startsOn: year.starts_on,
      endsOn: year.ends_on,
      terms: terms.map((t) => ({ term: t.term, startsOn: t.starts_on, endsOn: t.ends_on })),
      holidays: holidays.map((h) => ({ date: h.date, name: h.name })),
    };
  }

  async setSchoolYear(year: Omit<SchoolYear, 'holidays'>, actorId: string): Promise<SchoolYear> {
    await this.db.transaction().execute(async (tx) => {
      const before = await tx
        .selectFrom('term_dates')
        .selectAll()
        .where('academic_year_id', '=', year.id)
        .orderBy('term')
        .execute();
      await tx
        .insertInto('academic_years')
        .values({ id: year.id, starts_on: year.startsOn, ends_on: year.endsOn })
        .onConflict((oc) => oc.column('id').doUpdateSet({ starts_on: year.startsOn, ends_on: year.endsOn }))
        .execute();
      await tx.deleteFrom('term_dates').where('academic_year_id', '=', year.id).execute();
      await tx
        .insertInto('term_dates')
        .values(
          year.terms.map((t) => ({
            academic_year_id: year.id,
            term: t.term,
            starts_on: t.startsOn,
            ends_on: t.endsOn,
          })),
        )
        .execute();
      await writeAudit(tx, {
        actorPersonId: actorId,
        action: 'term-dates.set',
        entityType: 'academic_year',
        entityId: year.id,
        before: { terms: before },
        after: { terms: year.terms },
      });
    });
    return (await this.schoolYear(year.id)) as SchoolYear;
  }

  async commitmentsOf(personIds: string[], fromMs: number, toMs: number, except: CycleKey): Promise<BusyTime[]> {
    if (personIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('meetings')
      .innerJoin('meeting_cycles', 'meeting_cycles.id', 'meetings.cycle_id')
      .innerJoin('meeting_attendees', 'meeting_attendees.meeting_id', 'meetings.id')
      .innerJoin('people', 'people.id', 'meeting_attendees.person_id')
      .select([
        'meetings.starts_at',
        'meetings.ends_at',
        'meetings.title',
        'people.display_name',
        'people.id as person_id',
      ])
      .where('meeting_attendees.person_id', 'in', personIds)
      .where('meetings.status', '!=', 'cancelled')
      .where('meetings.starts_at', '<', new Date(toMs))
      .where('meetings.ends_at', '>', new Date(fromMs))
      .where((eb) =>
        eb.not(
          eb.and([
            eb('meeting_cycles.kind', '=', except.kind),
            eb(eb.fn.coalesce('meeting_cycles.community_id', eb.val('')), '=', except.communityId ?? ''),
            eb(eb.fn.coalesce('meeting_cycles.area_id', eb.val('')), '=', except.areaId ?? ''),
          ]),
        ),
      )
      .orderBy('meetings.starts_at')
      .execute();
    const roles = await this.rolesOf([...new Set(rows.map((r) => r.person_id))]);
    return rows.map((r) => ({
      startMs: r.starts_at.getTime(),
      endMs: r.ends_at.getTime(),
      description: `${r.display_name}${roles.get(r.person_id) ? ` (${roles.get(r.person_id)})` : ''} at "${r.title}"`,
    }));
  }

  private async rolesOf(personIds: string[]): Promise<Map<string, string>> {
    if (personIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('roles')
      .select(['person_id', 'role'])
      .where('person_id', 'in', personIds)
      .execute();
    const labels = new Map<string, string>();
    for (const r of rows) if (!labels.has(r.person_id)) labels.set(r.person_id, roleLabels[r.role]);
    return labels;
  }
}
