import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Person, RoleKind } from '../../bot/src/directory/domain/person';
import { actionsFor } from '../../bot/src/directory/domain/role-actions';
import { sharedChatWelcomeCard } from '../../bot/src/directory/teams/shared-chat-welcome-card';
import { unknownPersonCard } from '../../bot/src/directory/teams/unknown-person-card';
import { welcomeCard } from '../../bot/src/directory/teams/welcome-card';
import { documentAnnouncedCard } from '../../bot/src/documents/teams/document-announced-card';
import { eventCard, eventNoticeCard } from '../../bot/src/events/teams/event-card';
import { eventStandingCard } from '../../bot/src/events/teams/event-standing-card';
import { communityBudgetCard } from '../../bot/src/funding/teams/community-budget-card';
import { countyBudgetsCard } from '../../bot/src/funding/teams/county-budgets-card';
import { fundingDecisionCard } from '../../bot/src/funding/teams/funding-decision-card';
import { fundingRequestFormCard } from '../../bot/src/funding/teams/funding-request-form-card';
import { fundingRequestReadCard } from '../../bot/src/funding/teams/funding-request-read-card';
import { fundingRequestsCard } from '../../bot/src/funding/teams/funding-requests-card';
import { nextMeetingsCard } from '../../bot/src/funding/teams/next-meetings-card';
import { representativeChangedCard } from '../../bot/src/funding/teams/representative-changed-card';
import { representativeReplacedCard } from '../../bot/src/funding/teams/representative-replaced-card';
import type { AdaptiveCard } from '../../bot/src/platform/cards/adaptive-card';
import { notForYouCard } from '../../bot/src/platform/cards/not-for-you-card';
import { problemCard } from '../../bot/src/platform/cards/problem-card';
import { cycleStatusCard } from '../../bot/src/scheduling/teams/cycle-status-card';
import { meetingMovedCard } from '../../bot/src/scheduling/teams/meeting-moved-card';
import { meetingPlanCard } from '../../bot/src/scheduling/teams/meeting-plan-card';
import { meetingReminderCard } from '../../bot/src/scheduling/teams/meeting-reminder-card';
import { pollQuestionCard } from '../../bot/src/scheduling/teams/poll-question-card';
import { pollTallyCard } from '../../bot/src/scheduling/teams/poll-tally-card';
import { adaptiveCardIssues, executeActionsWithoutVerb } from '../support/adaptive-card-validator';
import { questionCardSamples } from '../support/question-card-samples';

const personWith = (...roles: RoleKind[]): Person => ({
  id: 'p1',
  email: 'sam@school.demo.example',
  displayName: 'Sam Example',
  aadObjectId: 'oid',
  jobTitle: 'SENCo',
  roles: roles.map((role, i) => ({ role, communityId: `c${i}`, communityName: `Community ${i}` })),
});

/** Every card the bot can send, under the name of the builder that makes it, with representative data. */
const cardsByBuilder: Record<string, AdaptiveCard[]> = {
  fundingRequestFormCard: [
    fundingRequestFormCard({
      idempotencyKey: 'k1',
      schools: [{ id: 's1', name: 'Oakfield Primary School' }],
      deadlines: ['Submit by Wednesday 26 November 2026 for the meeting on Wednesday 3 December 2026.'],
      yearGroups: ['R', '1', '12'],
      areasOfNeed: [{ id: 'communicationAndInteraction', label: 'Communication and interaction' }],
      prgServices: [{ id: 'stls', name: 'STLS' }],
    }),
    fundingRequestFormCard({
      idempotencyKey: 'k1',
      schools: [{ id: 's1', name: 'Oakfield Primary School' }],
      deadlines: [],
      yearGroups: ['R'],
      areasOfNeed: [],
      prgServices: [],
      values: { pupilReference: 'Y4-017', groupSize: '4', amount: '12.50' },
      refusal: {
        problem: 'The funding request needs changing: Give the pupil reference, not their name.',
        byField: { pupilReference: "Give the pupil's reference, not their name.", body: 'Something else.' },
      },
    }),
  ],
  fundingRequestsCard: [
    fundingRequestsCard({ title: 'My requests', intro: 'Funding requests.', requests: [] }),
    fundingRequestsCard({
      title: 'Agenda',
      intro: '1 request to decide.',
      message: 'Recorded.',
      requests: [
        {
          id: 'r1',
          heading: 'Y4-017: £2,500.00',
          detail: 'Oakfield',
          status: 'On the agenda',
          decision: {
            communityId: 'dover-east',
            requestedPence: 250_000,
            remainingPence: 1_000_000,
            laterMeetings: [{ id: 'm2', title: 'Dover East: November' }],
            prgServices: [{ id: 'stls', name: 'Specialist Teaching and Learning Service' }],
          },
        },
      ],
    }),
  ],
  fundingDecisionCard: (['approved', 'declined', 'deferred', 'signposted', 'revoked'] as const).map((outcome) =>
    fundingDecisionCard({
      schoolName: 'Oakfield Primary School',
      communityName: 'Dover East Community of Schools',
      pupilReference: 'Y4-017',
      requestedPounds: '£3,500.00',
      outcome,
      amountPounds: outcome === 'approved' || outcome === 'revoked' ? '£3,000.00' : null,
      reason: outcome === 'approved' ? null : 'Within the notional SEN budget.',
      deferredTo: outcome === 'deferred' ? 'Dover East meeting, March 2027' : null,
      signpostedTo: outcome === 'signposted' ? 'Educational Psychology' : null,
      requestsUrl: 'https://cos.example/requests',
    }),
  ),
  representativeChangedCard: [
    representativeChangedCard({
      schoolName: 'Oakfield Primary School',
      communityName: 'Dover East',
      newRepresentativeName: 'Sam Shaw',
      previousRepresentativeName: 'Alex Reed',
    }),
  ],
  representativeReplacedCard: [
    representativeReplacedCard({
      schoolName: 'Oakfield Primary School',
      communityName: 'Dover East',
      newRepresentativeName: 'Sam Shaw',
    }),
  ],
  ...questionCardSamples,
  welcomeCard: [
    ...(['representative', 'chair', 'officer', 'practitioner', 'senInclusionAdviser'] as const).map((role) =>
      welcomeCard(personWith(role), actionsFor(personWith(role))),
    ),
    welcomeCard(
      personWith('representative', 'chair', 'officer'),
      actionsFor(personWith('representative', 'chair', 'officer')),
    ),
    welcomeCard(personWith(), actionsFor(personWith())),
  ],
  unknownPersonCard: [unknownPersonCard('Pat Stranger'), unknownPersonCard()],
  problemCard: [problemCard('Only the chair of this community can do this.', [])],
  meetingMovedCard: [
    meetingMovedCard({
      title: 'Dover East meeting',
      when: 'Tuesday 8 September 2026, 16:00–17:30',
      movedBy: 'Helen Marsh',
      comment: 'Moved by an hour for the county training day.',
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/x',
      meetingsUrl: 'https://cos.example/meetings',
    }),
    meetingMovedCard({
      title: 'Dover East meeting',
      when: 'Tuesday 8 September 2026, 16:00–17:30',
      movedBy: 'Helen Marsh',
      comment: null,
      joinUrl: null,
      meetingsUrl: 'https://cos.example/meetings',
    }),
  ],
  meetingReminderCard: [
    meetingReminderCard({
      due: '7d',
      title: 'Dover East meeting',
      day: 'Tuesday 8 September 2026',
      when: 'Tuesday 8 September 2026, 15:45–17:15',
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/x',
      agendaUrl: 'https://cos.example/meetings',
    }),
    meetingReminderCard({
      due: '1d',
      title: 'Dover East meeting',
      day: 'Tuesday 8 September 2026',
      when: 'Tuesday 8 September 2026, 15:45–17:15',
      joinUrl: null,
      agendaUrl: 'https://cos.example/meetings',
    }),
  ],
  communityBudgetCard: [
    communityBudgetCard({
      budget: {
        communityId: 'dover-east',
        communityName: 'Dover East Community of Schools',
        academicYear: '2026-27',
        allocationPence: 30_000_000,
        protections: [{ label: 'Inclusion Dashboard pilot', amountPence: 1_500_000 }],
        potPence: 28_500_000,
        committedPence: 4_200_050,
        remainingPence: 24_299_950,
        bySchool: [],
        byMeeting: [
          {
            meetingId: 'm1',
            title: 'Dover East: September',
            startMs: 0,
            requestCount: 4,
            approvedCount: 2,
            waitingCount: 1,
            approvedPence: 4_200_050,
          },
          {
            meetingId: null,
            title: 'Not yet on an agenda',
            startMs: null,
            requestCount: 0,
            approvedCount: 0,
            waitingCount: 0,
            approvedPence: 0,
          },
        ],
      },
      budgetPageUrl: 'https://teams.microsoft.com/l/entity/app-id/budget',
      otherCommunities: [{ communityId: 'dover-west', communityName: 'Dover West Community of Schools' }],
    }),
  ],
  fundingRequestReadCard: [
    fundingRequestReadCard({
      request: {
        id: 'r1',
        status: 'onAgenda',
        schoolId: 's1',
        schoolName: 'Oakfield Primary School',
        communityId: 'dover-east',
        communityName: 'Dover East Community of Schools',
        academicYear: '2026-27',
        pupilReference: 'Y5-223',
        yearGroup: '5',
        requestType: 'individual',
        groupSize: null,
        areasOfNeed: ['cognitionAndLearning'],
        currentProvision: 'Maths intervention in a group of four.',
        whatIsWorking: 'Number bonds to 10 are secure with manipulatives.',
        hopedForOutcomes: 'Uses number facts to 20 without resources.',
        nextSteps: 'Specialist teacher assessment.',
        amountPence: 1_400_000,
        periodStart: '2027-01-04',
        periodEnd: '2027-07-21',
        prgServiceIds: ['stls'],
        submittedBy: 'p1',
        submittedAtMs: 0,
        agendaMeeting: null,
        decision: null,
      },
      prgServiceNames: ['Specialist Teaching and Learning Service (STLS)'],
      otherRequests: ['Y3-101: £2,500.00, approved'],
    }),
  ],
  countyBudgetsCard: [
    countyBudgetsCard(
      {
        academicYear: '2026-27',
        totals: {
          allocationPence: 60_000_000,
          potPence: 57_000_000,
          committedPence: 4_200_050,
          remainingPence: 52_799_950,
        },
        withoutBudget: 1,
        communities: [
          {
            communityId: 'dover-east',
            communityName: 'Dover East Community of Schools',
            areaName: 'East Kent',
            districtName: 'Dover',
            allocationPence: 30_000_000,
            protectedPence: 1_500_000,
            potPence: 28_500_000,
            committedPence: 4_200_050,
            remainingPence: 24_299_950,
            committedShare: 0.147,
          },
          {
            communityId: 'dover-west',
            communityName: 'Dover West Community of Schools',
            areaName: 'East Kent',
            districtName: 'Dover',
            allocationPence: null,
            protectedPence: null,
            potPence: null,
            committedPence: 0,
            remainingPence: null,
            committedShare: null,
          },
        ],
      },
      'https://teams.microsoft.com/l/entity/app-id/budget',
    ),
  ],
  documentAnnouncedCard: [false, true].map((updated) =>
    documentAnnouncedCard({
      title: 'Updates, Frequently Asked Questions and Keeping in Touch',
      url: 'https://www.kelsi.org.uk/search?q=faq',
      kindLabel: 'FAQ',
      updated,
      announcedBy: 'Harvey Dunmore',
      documentsPageUrl: 'http://localhost:3978/documents',
    }),
  ),
  eventCard: eventCardSamples(),
  pollQuestionCard: [true, false].map((open) =>
    pollQuestionCard({
      pollId: 'p1',
      heading: "Can you make next year's meeting dates? (2027-28)",
      communityName: 'Dover East Community of Schools',
      academicYear: '2027-28',
      closesAtMs: Date.parse('2027-06-30T16:00:00Z'),
      open,
      note: open ? { text: 'Thank you: your answers are saved.', problem: false } : undefined,
      dates: [
        { month: '2027-09', startMs: Date.parse('2027-09-07T14:45:00Z'), endMs: Date.parse('2027-09-07T16:15:00Z') },
        {
          month: '2027-11',
          startMs: Date.parse('2027-11-02T15:45:00Z'),
          endMs: Date.parse('2027-11-02T17:15:00Z'),
          works: false,
          reason: 'Year 6 residential trip',
        },
      ],
    }),
  ),
  pollTallyCard: (['open', 'confirmed'] as const).map((status) =>
    pollTallyCard({
      pollId: 'p1',
      communityName: 'Dover East Community of Schools',
      academicYear: '2027-28',
      closesAtMs: Date.parse('2027-06-30T16:00:00Z'),
      status,
      problem: status === 'open' ? 'There is no other date in 2027-11.' : undefined,
      dates: [
        {
          month: '2027-11',
          startMs: Date.parse('2027-11-02T15:45:00Z'),
          endMs: Date.parse('2027-11-02T17:15:00Z'),
          works: ['Helen Marsh', 'Priya Shah'],
          cannot: [{ name: 'Tom Reed', reason: 'Year 6 residential trip' }],
          pending: ['Grace Norwood'],
        },
      ],
    }),
  ),
  eventNoticeCard: (['announced', 'placeFreed', 'reminder'] as const).map((kind) =>
    eventNoticeCard(
      {
        kind,
        eventId: 'e1',
        title: 'North Kent Headteacher Briefing',
        when: 'Friday 4 June 2027, 13:00–16:00',
        venue: kind === 'reminder' ? null : 'The Inn on the Lake, Shorne, Gravesend, DA12 3HB',
      },
      eventLinks(),
    ),
  ),
  eventStandingCard: [[], ['29:officer-teams-id']].map((refreshUserIds) =>
    eventStandingCard({
      eventId: 'e1',
      title: 'North Kent Headteacher Briefing',
      when: 'Friday 4 June 2027, 13:00–16:00',
      venue: refreshUserIds.length === 0 ? null : 'The Inn on the Lake, Shorne, Gravesend, DA12 3HB',
      capacity: 120,
      delivered: 212,
      failed: 3,
      booked: 120,
      waiting: 4,
      refreshUserIds,
      attendeesPage: eventLinks().calendarPage,
    }),
  ),
  nextMeetingsCard: [
    nextMeetingsCard({
      title: 'My communities',
      papers: {
        'dover-east': [
          { title: 'Terms of Reference [2026]', url: 'https://www.kelsi.org.uk/search?q=terms', isNew: true },
          { title: 'Autumn papers', url: 'https://kentcc.sharepoint.com/p.pdf', isNew: false },
        ],
      },
      meetingsPageUrl: (q) =>
        `https://teams.microsoft.com/l/entity/app-id/meetings${q ? `?context=${JSON.stringify(q)}` : ''}`,
      communities: [
        {
          communityId: 'dover-east',
          communityName: 'Dover East Community of Schools',
          roles: ['practitioner'],
          chairs: ['Helen Marsh'],
          meeting: {
            id: 'm1',
            title: 'Dover East: September',
            startMs: Date.parse('2026-09-08T14:45:00Z'),
            endMs: Date.parse('2026-09-08T16:15:00Z'),
            timeZone: 'Europe/London',
            joinUrl: 'https://teams.microsoft.com/l/meetup-join/x',
            invited: ['Helen Marsh', 'Sam Example'],
          },
          requests: [
            {
              requestId: 'r1',
              schoolName: 'Aycliffe Primary',
              yearGroup: 'R',
              areasOfNeed: ['communicationAndInteraction'],
              amountPence: 250_050,
              mySchool: false,
            },
          ],
          requestsOnAgenda: 4,
          forServices: ['speech-and-language-therapy'],
        },
        {
          communityId: 'dover-west',
          communityName: 'Dover West Community of Schools',
          roles: ['representative'],
          chairs: [],
          meeting: null,
          requests: [],
          requestsOnAgenda: 0,
          forServices: null,
        },
      ],
    }),
    nextMeetingsCard({
      title: 'Next meeting',
      papers: {},
      meetingsPageUrl: () => 'http://localhost:3978/meetings',
      communities: [],
    }),
  ],
  notForYouCard: [notForYouCard('Request funding', "Only a school's representative requests funding.")],
  sharedChatWelcomeCard: [sharedChatWelcomeCard()],
  meetingPlanCard: [
    meetingPlanCard({
      communityId: 'dover-east',
      communityName: 'Dover East Community of Schools',
      academicYear: '2026-27',
      durationMinutes: 90,
      meetings: [
        {
          month: '2026-09',
          monthLabel: 'September 2026',
          date: '2026-09-01',
          time: '15:45',
          reason: 'First Tuesday.',
          outsideWindow: false,
        },
        {
          month: '2027-06',
          monthLabel: 'June 2027',
          date: '2027-06-15',
          time: '15:45',
          reason: 'Outside 1–14 June.',
          outsideWindow: true,
        },
      ],
      unplaced: ['June 2027: 1–4 June are May half term.'],
      skipped: ['September 2026 is over, so it has no meeting this year.'],
      error: 'One meeting needs changing.',
      alternatives: [{ communityId: 'dover-west', communityName: 'Dover West Community of Schools' }],
      extraActions: [
        {
          type: 'Action.ShowCard',
          title: 'Plan for other chairs',
          card: {
            type: 'AdaptiveCard',
            body: [
              {
                type: 'Input.ChoiceSet',
                id: 'kitArea',
                label: 'Whose KiT meetings',
                choices: [{ title: 'East Kent chairs only', value: 'east-kent' }],
              },
            ],
            actions: [{ type: 'Action.Execute', title: 'Show their plan', verb: 'planKit', data: {} }],
          },
        },
      ],
    }),
  ],
  cycleStatusCard: (['graph', 'local'] as const).map((calendar) =>
    cycleStatusCard({
      cycleId: 'cycle-1',
      communityName: 'Dover East Community of Schools',
      academicYear: '2026-27',
      calendar,
      alternatives: [{ communityId: 'dover-west', communityName: 'Dover West Community of Schools' }],
      ...(calendar === 'local'
        ? { problem: 'Not changed. 25 December 2026 is not a school day.', problemMeetingId: 'm2' }
        : {}),
      meetings: (['planned', 'creating', 'created', 'failed', 'cancelled'] as const).map((status, i) => ({
        id: `m${i}`,
        label: `Tuesday ${i + 1} September 2026, 15:45`,
        status,
        joinUrl: status === 'created' ? 'https://teams.microsoft.com/l/meetup-join/x' : null,
        date: '2026-09-01',
        time: '15:45',
        ...(status === 'failed' ? { note: 'Outlook refused the meeting (400).' } : {}),
      })),
    }),
  ),
};

describe("the bot's Adaptive Cards", () => {
  it.each(
    Object.entries(cardsByBuilder).flatMap(([name, cards]) =>
      cards.map((card, i) => [`${name} #${i + 1}`, card] as const),
    ),
  )('%s parses with no errors or warnings in the Adaptive Cards SDK, as version 1.5', (_name, card) => {
    expect(adaptiveCardIssues(card)).toEqual([]);
    expect(card.version).toBe('1.5');
  });

  it.each(Object.entries(cardsByBuilder))('%s gives every Action.Execute a verb', (_name, cards) => {
    for (const card of cards) expect(executeActionsWithoutVerb(card)).toEqual([]);
  });

  it('covers every card builder in every feature of bot/src', () => {
    const dir = path.resolve(__dirname, '../../bot/src');
    const builders = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('-card.ts') && path.basename(file) !== 'adaptive-card.ts')
      .flatMap((file) => Object.keys(require(path.join(dir, file))).filter((name) => name.endsWith('Card')));
    expect(builders.sort()).toEqual(Object.keys(cardsByBuilder).sort());
  });

  it("shows five actions in a row and the rest of a busy person's actions in the card body", () => {
    const busy = personWith('representative', 'chair', 'officer', 'practitioner');
    const card = welcomeCard(busy, actionsFor(busy));
    expect(card.actions).toHaveLength(5);
    const more = card.body.filter((e) => e.type === 'ActionSet').flatMap((e) => e.actions as { verb: string }[]);
    expect([...(card.actions ?? []), ...more].map((a) => a.verb).sort()).toEqual(
      actionsFor(busy)
        .map((a) => a.verb)
        .sort(),
    );
  });

  it('notices a broken card: an unknown element type is reported', () => {
    const broken = { ...notForYouCard('x', 'y'), body: [{ type: 'TextBlok', text: 'typo' }] };
    expect(adaptiveCardIssues(broken).length).toBeGreaterThan(0);
    expect(executeActionsWithoutVerb({ actions: [{ type: 'Action.Execute', title: 'Go' }] })).toEqual(['$.actions[0]']);
  });
});

/** The links of an event card: the Events page, and that page opened at the event. */
function eventLinks() {
  return {
    eventsPage: 'https://teams.microsoft.com/l/entity/app-id/events',
    calendarPage: 'https://teams.microsoft.com/l/entity/app-id/events?context=%7B%22subEntityId%22%3A%22e1%22%7D',
  };
}

/** An event card for each place a person can be in: none (open, full, closed), booked, waiting, and a refusal. */
function eventCardSamples() {
  const start = Date.parse('2027-06-04T12:00:00Z');
  const event = {
    id: 'e1',
    title: 'North Kent Headteacher Briefing',
    description: 'The Locality Model one year on: what the communities decided, and what changes next year.',
    areaIds: ['north-kent'],
    areaNames: ['North Kent'],
    audience: 'headteachers' as const,
    venue: 'The Inn on the Lake, Shorne, Gravesend, DA12 3HB',
    startMs: start,
    endMs: start + 3 * 3_600_000,
    capacity: 120,
    bookingClosesMs: start - 7 * 86_400_000,
    placesPerSchool: 1,
    createdBy: 'officer',
    counts: { booked: 40, waiting: 0 },
    myPlace: null,
  };
  const before = start - 30 * 86_400_000;
  return [
    eventCard(event, before, eventLinks()),
    eventCard({ ...event, counts: { booked: 120, waiting: 3 } }, before, eventLinks()),
    eventCard(event, start - 86_400_000, eventLinks()),
    eventCard({ ...event, venue: null, myPlace: { status: 'booked' } }, before, eventLinks()),
    eventCard({ ...event, myPlace: { status: 'waiting', position: 2 } }, before, eventLinks()),
    eventCard(event, before, eventLinks(), 'Your school already has a place at this event.'),
  ];
}
