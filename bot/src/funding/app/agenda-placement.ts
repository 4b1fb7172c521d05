import { formatZonedIso, LONDON } from '../../platform/time/zoned-time';
import { academicYearOf } from '../../scheduling';
import {
  agendaMeetingFor,
  earliestMeetingDate,
  type KnownSchoolDays,
  knownSchoolDays,
  lastSubmissionDate,
} from '../domain/agenda-cut-off';
import type { AgendaMeeting, FundingPorts, FundingSettings } from './ports';

/** How long after a meeting its chair can still record decisions before its undecided requests move on. */
export const RECORDING_GRACE_MS = 7 * 24 * 3600_000;

/** Where a request submitted at an instant belongs: the meeting whose agenda it joins (if any) and its pot year. */
export interface Placement {
  meeting: AgendaMeeting | undefined;
  academicYear: string;
}

/** Where a request submitted now would go, and the next meeting's deadline. */
export interface SubmissionWindow {
  /** The meeting a request submitted now joins (null when none is planned far enough ahead). */
  joins: AgendaMeeting | null;
  /** The community's next meeting and the last day (YYYY-MM-DD) a request can reach it. */
  nextMeeting: (AgendaMeeting & { submitBy: string | null }) | null;
  cutOffSchoolDays: number;
}

/** Finds agendas for requests: the next meeting of each community that is at least the cut-off after submission. */
export class AgendaPlanner {
  private constructor(
    private readonly known: KnownSchoolDays,
    private readonly meetingsByCommunity: Map<string, (AgendaMeeting & { startDate: string })[]>,
    private readonly cutOff: number,
  ) {}

  /** Loads the school days and the upcoming meetings of these communities. */
  static async load(ports: FundingPorts, settings: FundingSettings, communityIds: string[]): Promise<AgendaPlanner> {
    const { terms, holidays } = await ports.requests.schoolDays();
    const known = knownSchoolDays(terms, holidays);
    const byCommunity = new Map<string, (AgendaMeeting & { startDate: string })[]>();
    const nowMs = ports.now();
    for (const communityId of new Set(communityIds)) {
      const meetings = await ports.requests.upcomingMeetings(communityId, nowMs);
      byCommunity.set(
        communityId,
        meetings
          .filter((m) => m.startMs > nowMs)
          .map((m) => ({ ...m, startDate: formatZonedIso(m.startMs, m.timeZone).slice(0, 10) })),
      );
    }
    return new AgendaPlanner(known, byCommunity, settings.cutOffSchoolDays);
  }

  /**
   * When a request of this community submitted at this instant would be discussed, and the community's very next
   * meeting with the last day a request can still reach it: what the request form tells the representative.
   */
  window(communityId: string, submittedAtMs: number): SubmissionWindow {
    const next = (this.meetingsByCommunity.get(communityId) ?? [])[0];
    const placement = this.place(communityId, submittedAtMs);
    return {
      joins: placement.meeting ?? null,
      nextMeeting: next
        ? {
            id: next.id,
            title: next.title,
            startMs: next.startMs,
            endMs: next.endMs,
            timeZone: next.timeZone,
            submitBy: lastSubmissionDate(next.startDate, this.cutOff, this.known) ?? null,
          }
        : null,
      cutOffSchoolDays: this.cutOff,
    };
  }

  /** The agenda a request of this community submitted at this instant joins. */
  place(communityId: string, submittedAtMs: number): Placement {
    const submittedOn = londonDate(submittedAtMs);
    const earliest = earliestMeetingDate(submittedOn, this.cutOff, this.known);
    const meeting = agendaMeetingFor(this.meetingsByCommunity.get(communityId) ?? [], earliest);
    return {
      meeting: meeting && {
        id: meeting.id,
        title: meeting.title,
        startMs: meeting.startMs,
        endMs: meeting.endMs,
        timeZone: meeting.timeZone,
      },
      academicYear: academicYearOf(meeting ? meeting.startDate : submittedOn),
    };
  }
}

/** Puts undecided requests (of these communities, or all) whose meeting is missing or gone onto the next agenda. */
export async function refreshAgendas(
  ports: FundingPorts,
  settings: FundingSettings,
  communityIds: string[] | null,
): Promise<void> {
  if (communityIds?.length === 0) return;
  const stranded = await ports.requests.strandedRequests(communityIds, ports.now() - RECORDING_GRACE_MS);
  if (stranded.length === 0) return;
  const planner = await AgendaPlanner.load(
    ports,
    settings,
    stranded.map((r) => r.communityId),
  );
  const placements = stranded.flatMap((r) => {
    const placement = planner.place(r.communityId, r.submittedAtMs);
    return placement.meeting
      ? [{ requestId: r.id, meetingId: placement.meeting.id, academicYear: placement.academicYear }]
      : [];
  });
  if (placements.length > 0) await ports.requests.placeOnAgenda(placements);
}

/** The London calendar date of an instant. */
export function londonDate(instantMs: number): string {
  return formatZonedIso(instantMs, LONDON).slice(0, 10);
}
