import type { Person } from '../../directory';
import { requireCommunityManager } from '../../directory';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { formatZonedIso } from '../../platform/time/zoned-time';
import { isAcademicYear, planningYear } from '../domain/cycle-months';
import { cancelMeeting, rescheduleMeeting, rescheduleMeetingTo } from './change-meeting';
import type { ChosenSlot } from './chosen-slots';
import { createCommunityCycle } from './create-community-cycle';
import type { CycleRunner } from './cycle-runner';
import { createKitMeetings, type KitOptions, kitGroups, proposeKitMeetings } from './plan-kit-meetings';
import type { SchedulingPorts, SchedulingSettings } from './ports';
import { communityOrRefuse, type ProposalOverrides, proposeCommunityCycle } from './propose-community-cycle';
import {
  cycleStatus,
  listCommunityMeetings,
  listKitMeetings,
  meetingForCalendarFile,
  meetingsForCalendarFile,
} from './read-meetings';
import { setTermDates } from './set-term-dates';

/** The scheduling use cases bound to their ports, as the bot and the API call them. */
export function schedulingService(
  ports: SchedulingPorts,
  settings: SchedulingSettings,
  runner: CycleRunner,
  onBackgroundError: (error: unknown, cycleId: string) => void,
) {
  return {
    propose: (person: Person, communityId: string, year: string, overrides?: ProposalOverrides) =>
      proposeCommunityCycle(ports, settings, person, communityId, year, overrides),
    /** Stores the chosen meetings and starts putting them in the calendar without waiting for it. */
    create: async (person: Person, communityId: string, year: string, slots: ChosenSlot[]) => {
      const created = await createCommunityCycle(ports, settings, person, communityId, year, slots);
      runner.run(created.cycleId).catch((error: unknown) => onBackgroundError(error, created.cycleId));
      return created;
    },
    cycleStatus: (person: Person, cycleId: string) => cycleStatus(ports, person, cycleId),
    listKit: (person: Person, year: string) => listKitMeetings(ports, person, year),
    /** Who KiT meetings can be planned for: all chairs together, or one area's chairs. */
    kitGroups: (person: Person, year: string) => kitGroups(ports, person, year),
    proposeKit: (person: Person, year: string, options: KitOptions) =>
      proposeKitMeetings(ports, settings, person, year, options),
    /** Stores an officer's KiT meetings for one group and starts putting them in calendars. */
    createKit: async (person: Person, year: string, areaId: string | null, slots: ChosenSlot[]) => {
      const created = await createKitMeetings(ports, settings, person, year, areaId, slots);
      runner.run(created.cycleId).catch((error: unknown) => onBackgroundError(error, created.cycleId));
      return created;
    },
    listMeetings: (person: Person, communityId: string, year?: string) =>
      listCommunityMeetings(ports, person, communityId, year),
    meetingCalendarFile: (person: Person, meetingId: string) => meetingForCalendarFile(ports, person, meetingId),
    calendarFile: (person: Person, communityId: string, year: string) =>
      meetingsForCalendarFile(ports, person, communityId, year),
    reschedule: (person: Person, meetingId: string, slot: { start: string; end: string }, comment?: string) =>
      rescheduleMeeting(ports, settings, person, meetingId, slot, comment),
    rescheduleTo: (person: Person, meetingId: string, date: string, time: string, comment?: string) =>
      rescheduleMeetingTo(ports, settings, person, meetingId, date, time, comment),
    cancel: (person: Person, meetingId: string, comment: string) => cancelMeeting(ports, person, meetingId, comment),
    /** The year a chair plans today, and the community's name and meeting length, for the planning card. */
    planningContext: async (person: Person, communityId: string) => {
      requireCommunityManager(person, communityId);
      const community = await communityOrRefuse(ports, communityId);
      const today = formatZonedIso(ports.now(), community.timeZone).slice(0, 10);
      return { community, academicYear: planningYear(today), calendar: ports.calendar.kind };
    },
    /** Which calendar meetings go into ("graph" for Outlook, "local" for the app only). */
    planningCalendar: async () => ({ kind: ports.calendar.kind }),
    /** The cycle a community already has for a year, if any. */
    existingCycle: async (person: Person, communityId: string, year: string) => {
      requireCommunityManager(person, communityId);
      return ports.meetings.findCycle({ kind: 'community', communityId, areaId: null, academicYearId: year });
    },
    /** Adds or replaces a year's term dates (officers). */
    setTermDates: (person: Person, year: string, terms: { term: number; startsOn: string; endsOn: string }[]) =>
      setTermDates(ports, person, year, terms),
    /** A year's term dates (public facts, for anyone signed in); not found until an officer adds them. */
    termDates: async (year: string) => {
      const found = isAcademicYear(year) ? await ports.meetings.schoolYear(year) : undefined;
      if (!found) throw new UserFacingError('not-found', `Term dates for ${year} are not in the app yet.`);
      return found;
    },
  };
}

/** The bound scheduling use cases. */
export type SchedulingService = ReturnType<typeof schedulingService>;
