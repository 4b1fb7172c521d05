import { randomUUID } from 'node:crypto';
import type { Express } from 'express';
import type { BotRoutes } from '../../bot/src/platform/bot/bot-routes';
import { CommunitiesBot } from '../../bot/src/platform/bot/communities-bot';
import { DevTokens } from '../../bot/src/platform/http/auth/dev-tokens';
import { type ApiAnswer, apiWithToken } from '../support/api-client';
import { postActivity, type TestSender, teamsActivity } from '../support/bot-activities';
import { type CaptureConnector, startCaptureConnector } from '../support/capture-connector';
import { cardText } from '../support/card-text';
import { fundingCast, requestBody } from '../support/funding-cast';
import { startTestService, type TestService } from '../support/start-test-service';
import { servedRoutes } from './support/express-routes';
import { question, terms } from './support/fixtures';

/*
 * Who may do what, for every route of the JSON API and every card verb of the bot, against the real service.
 *
 * Columns are roles; rows are routes (enumerated from the running Express app) and card verbs (enumerated from the
 * running bot). A route or verb without a row fails the inventory tests, and so does a row whose route or verb is gone.
 *
 * API statuses: 401 without a token; 403 for a signed-in person whose role may not act (and for the "unknown" person,
 * whose valid token names nobody in the directory); 404 where the app hides that something exists; the success (or a
 * domain 4xx such as 409) for roles that may act. The point of every row: a role that may not act never gets a 2xx.
 *
 * Card verbs: an Action.Execute invoke from the role's Teams identity. "card" is an ordinary answer, "refused" a card
 * that says the person may not do this or cannot see the thing (see REFUSAL), "problem" a "That did not work" card
 * for any other reason (a conflict, say).
 *
 * A row marked HOLE records what SHOULD hold where the app does otherwise today: it fails until the app is fixed.
 */

const ROLES = [
  'repOwn', // the representative of the school the fixtures belong to
  'repNeighbour', // the representative of another school in the same community
  'repOther', // a representative in another community
  'chairOwn', // the chair of the community (also a member of staff of the school)
  'chairOther', // the chair of another community
  'officer', // a KCC officer
  'practitioner', // a link practitioner serving the community
  'adviser', // the SEN Inclusion Adviser of the community
  'unknown', // a valid sign-in of someone the directory does not know
  'anonymous', // no token (API) / no Entra identity (bot)
] as const;
type Role = (typeof ROLES)[number];
const KNOWN: readonly Role[] = ROLES.filter((r) => r !== 'unknown' && r !== 'anonymous');

type Statuses = Record<Role, number>;
type Outcome = 'card' | 'refused' | 'problem' | string;
type Outcomes = Record<Role, Outcome>;

/** The roles named answer as given; every other known role is refused (`refused`, 403 unless said); unknown 403; no token 401. */
function only(allowed: Partial<Record<Role, number>>, refused = 403): Statuses {
  return Object.fromEntries(
    ROLES.map((r) => [r, allowed[r] ?? (r === 'unknown' ? 403 : r === 'anonymous' ? 401 : refused)]),
  ) as Statuses;
}
/** Every known person gets `status`; unknown 403; no token 401. */
const everyone = (status: number): Statuses => only(Object.fromEntries(KNOWN.map((r) => [r, status])));
/** Nobody is asked to sign in: the same status for all (local-mode dev sign-in). */
const anybody = (status: number): Statuses => Object.fromEntries(ROLES.map((r) => [r, status])) as Statuses;

/** The roles named get an ordinary card; everyone else (and strangers) gets a refusal. */
function cardFor(allowed: readonly Role[], overrides: Partial<Outcomes> = {}): Outcomes {
  return Object.fromEntries(
    ROLES.map((r) => [r, overrides[r] ?? (allowed.includes(r) ? 'card' : 'refused')]),
  ) as Outcomes;
}

/** What a card that refuses says: the messages of the app's forbidden / not-found errors and its "not for you" cards. */
const REFUSAL = [
  /We could not find/, // unknown person card
  /Only the chair of this community/,
  /Only KCC officers (can|plan)/, // not "Only KCC officers act on questions.", a note on a question's card
  /Only community chairs/,
  /Only (a|the) school's (registered )?representative/,
  /Only people with a role/,
  /Only a KCC officer or the community's chair/,
  /own staff can register themselves/,
  /You can only/,
  /There is no such/,
  /not yours to see/,
  /among yours/,
  /KiT meetings are for/,
  /not registered with Communities of Schools/,
];

const { community, otherCommunity, school, neighbourSchool, neighbourRepresentative } = fundingCast;
const C = community.id;
/** The area of the community the fixtures belong to (the other community is in another area). */
const AREA = fundingCast.directory.districts.find(
  (d) => d.id === fundingCast.directory.communities.find((c) => c.id === C)?.districtId,
)?.areaId as string;
/** An event for everyone with a role in the fixtures' area, a year ahead of the tests' clock. */
const eventBody = () => ({
  title: 'Area briefing for the matrix',
  areaIds: [AREA],
  audience: 'everyone',
  venue: 'Sessions House, Maidstone',
  start: '2027-06-09T13:00:00+01:00',
  end: '2027-06-09T16:00:00+01:00',
  capacity: 100,
  bookingCloses: '2027-06-02T17:00:00+01:00',
});
const YEAR = '2026-27';
/** The year whose meetings the reschedule and cancel rows change (2026-27 stays as created, for the retry rows). */
const CHANGE_YEAR = '2027-28';
/** The years whose dates the community is asked first: one poll for the API rows (confirmed last), one for the cards. */
const POLL_YEAR = '2029-30';
const CARD_POLL_YEAR = '2030-31';
/** Everyone the community's chair asks about next year's dates, and the chair and officers who manage the poll. */
const ASKED = { repOwn: 200, repNeighbour: 200, practitioner: 200, adviser: 200 } as const;

interface Api {
  call(method: string, path: string, body?: unknown): Promise<ApiAnswer>;
}
interface Slot {
  month: string;
  start: string;
  end: string;
}
interface Ctx {
  apis: Record<Role, Api>;
  /** A new undecided funding request of the school. */
  fresh(): Promise<string>;
  /** A new funding request of the school, approved by its chair. */
  approved(): Promise<string>;
  /** A draft question of the school's representative. */
  draft(): Promise<string>;
  /** A question of the school's representative, sent to KCC (open). */
  open(): Promise<string>;
  /** A question of the school's representative, answered by an officer. */
  answered(): Promise<string>;
  /** A new published FAQ entry. */
  newFaq(): Promise<string>;
  /** The path of a new officer's wording ("also asked as") of a new FAQ entry. */
  newPhrasing(): Promise<string>;
  /** A new document for the community's people only. */
  newDocument(): Promise<string>;
  /** A new event for everyone with a role in the community's area (not the other community's, in another area). */
  newEvent(): Promise<string>;
  /** A meeting of the community (CHANGE_YEAR) that is not cancelled. */
  liveMeeting(): Promise<{ id: string; start: string }>;
  themes: { id: string; name: string }[];
  themeId: string;
  faqId: string;
  cycleId: string;
  cycleSlots: Slot[];
  kitCycleId: string;
  kitSlots: Slot[];
  kitMeetingId: string;
  /** The API rows' poll of the community's POLL_YEAR dates, and one of its months. */
  pollId: string;
  pollMonth: string;
  /** The card rows' poll of the community's CARD_POLL_YEAR dates, and one of its months. */
  cardPollId: string;
  cardPollMonth: string;
}

interface RouteRow {
  /** METHOD and path as the router declares it, e.g. "GET /api/communities/:id/meetings". */
  route: string;
  /** What this row asks, when a route has several rows. */
  variant?: string;
  call: (api: Api, ctx: Ctx) => Promise<ApiAnswer>;
  expected: Statuses;
  /** Set where the app answers otherwise today: what is wrong. The row then fails until the app is fixed. */
  hole?: string;
}

const moved = (start: string) => ({
  start: `${start.slice(0, 10)}T13:00:00${start.slice(19)}`,
  end: `${start.slice(0, 10)}T14:30:00${start.slice(19)}`,
});

const ROUTE_ROWS: RouteRow[] = [
  // --- local-mode dev sign-in: loopback only, no sign-in by design (absent when Entra SSO is configured) ---
  { route: 'GET /api/dev/people', call: (api) => api.call('GET', '/api/dev/people'), expected: anybody(200) },
  {
    route: 'POST /api/dev/token',
    call: (api) => api.call('POST', '/api/dev/token', { email: fundingCast.representative.email }),
    expected: anybody(200),
  },

  // --- directory ---
  { route: 'GET /api/me', call: (api) => api.call('GET', '/api/me'), expected: everyone(200) },
  {
    route: 'GET /api/bootstrap',
    variant: 'the Budget page of a named community (a budget the person may not see is left out, never refused)',
    call: (api) => api.call('GET', `/api/bootstrap?page=budget&year=2025-26&community=${C}`),
    expected: everyone(200),
  },
  {
    route: 'GET /api/prg/contacts',
    call: (api) => api.call('GET', '/api/prg/contacts?q=speech'),
    expected: everyone(200),
  },
  { route: 'GET /api/communities', call: (api) => api.call('GET', '/api/communities'), expected: everyone(200) },

  // --- scheduling: community cycles and meetings ---
  {
    route: 'POST /api/communities/:id/cycles/:year/proposal',
    call: (api) => api.call('POST', `/api/communities/${C}/cycles/${YEAR}/proposal`, {}),
    expected: only({ chairOwn: 200, officer: 200 }),
  },
  {
    route: 'POST /api/communities/:id/cycles/:year',
    variant: 'retrying the creation of the existing year',
    call: (api, ctx) => api.call('POST', `/api/communities/${C}/cycles/${YEAR}`, { meetings: ctx.cycleSlots }),
    expected: only({ chairOwn: 202, officer: 202 }),
  },
  {
    route: 'GET /api/communities/:id/cycles/:file',
    call: (api) => api.call('GET', `/api/communities/${C}/cycles/${YEAR}.ics`),
    expected: only({ repOwn: 200, repNeighbour: 200, chairOwn: 200, officer: 200, practitioner: 200, adviser: 200 }),
  },
  {
    route: 'GET /api/cycles/:cycleId',
    variant: 'a community cycle',
    call: (api, ctx) => api.call('GET', `/api/cycles/${ctx.cycleId}`),
    expected: only({ chairOwn: 200, officer: 200 }, 404),
  },
  {
    route: 'GET /api/cycles/:cycleId',
    variant: 'the KiT cycle',
    call: (api, ctx) => api.call('GET', `/api/cycles/${ctx.kitCycleId}`),
    expected: only({ officer: 200 }, 404),
  },
  {
    route: 'GET /api/communities/:id/meetings',
    call: (api) => api.call('GET', `/api/communities/${C}/meetings?year=${YEAR}`),
    expected: only({ repOwn: 200, repNeighbour: 200, chairOwn: 200, officer: 200, practitioner: 200, adviser: 200 }),
  },
  {
    route: 'GET /api/meetings/:file',
    variant: "a community meeting's .ics",
    call: async (api, ctx) => api.call('GET', `/api/meetings/${(await ctx.liveMeeting()).id}.ics`),
    expected: only(
      { repOwn: 200, repNeighbour: 200, chairOwn: 200, officer: 200, practitioner: 200, adviser: 200 },
      404,
    ),
  },
  {
    route: 'GET /api/meetings/:file',
    variant: "a KiT meeting's .ics (every chair is invited)",
    call: (api, ctx) => api.call('GET', `/api/meetings/${ctx.kitMeetingId}.ics`),
    expected: only({ chairOwn: 200, chairOther: 200, officer: 200 }, 404),
  },
  {
    route: 'PATCH /api/meetings/:id',
    call: async (api, ctx) => {
      const meeting = await ctx.liveMeeting();
      return api.call('PATCH', `/api/meetings/${meeting.id}`, moved(meeting.start));
    },
    expected: only({ chairOwn: 200, officer: 200 }),
  },
  {
    route: 'POST /api/meetings/:id/cancel',
    call: async (api, ctx) =>
      api.call('POST', `/api/meetings/${(await ctx.liveMeeting()).id}/cancel`, {
        comment: 'The hall is needed for exams that afternoon.',
      }),
    expected: only({ chairOwn: 200, officer: 200 }),
  },

  // --- scheduling: Keeping in Touch and term dates ---
  {
    route: 'POST /api/kit/:year/proposal',
    call: (api) => api.call('POST', `/api/kit/${YEAR}/proposal`, { scope: 'all' }),
    expected: only({ officer: 200 }),
  },
  {
    route: 'POST /api/kit/:year',
    variant: 'retrying the creation of the existing KiT meetings',
    call: (api, ctx) => api.call('POST', `/api/kit/${YEAR}`, { areaId: null, meetings: ctx.kitSlots }),
    expected: only({ officer: 202 }),
  },
  {
    route: 'GET /api/kit/:year/meetings',
    call: (api) => api.call('GET', `/api/kit/${YEAR}/meetings`),
    expected: only({ chairOwn: 200, chairOther: 200, officer: 200 }),
  },
  {
    route: 'GET /api/academic-years/:year/terms',
    call: (api) => api.call('GET', `/api/academic-years/${YEAR}/terms`),
    expected: everyone(200),
  },
  {
    route: 'PUT /api/academic-years/:year/terms',
    call: (api) => api.call('PUT', '/api/academic-years/2028-29/terms', { terms: terms(2028) }),
    expected: only({ officer: 200 }),
  },

  // --- funding: requests ---
  {
    route: 'POST /api/funding-requests',
    call: (api) => api.call('POST', '/api/funding-requests', requestBody(school.id)),
    expected: only({ repOwn: 201 }),
  },
  {
    route: 'GET /api/funding-requests',
    variant: 'unfiltered (each sees only what they may)',
    call: (api) => api.call('GET', '/api/funding-requests'),
    expected: everyone(200),
  },
  {
    route: 'GET /api/funding-requests',
    variant: '?communityId=',
    call: (api) => api.call('GET', `/api/funding-requests?communityId=${C}`),
    expected: only({ repOwn: 200, repNeighbour: 200, chairOwn: 200, officer: 200, practitioner: 200, adviser: 200 }),
  },
  {
    route: 'GET /api/funding-requests',
    variant: '?schoolId=',
    call: (api) => api.call('GET', `/api/funding-requests?schoolId=${school.id}`),
    expected: only({ repOwn: 200, chairOwn: 200, officer: 200, adviser: 200 }),
  },
  {
    route: 'GET /api/funding-requests/:id',
    call: async (api, ctx) => api.call('GET', `/api/funding-requests/${await ctx.fresh()}`),
    expected: only({ repOwn: 200, chairOwn: 200, officer: 200, adviser: 200 }),
  },
  {
    route: 'GET /api/funding-requests/:id/reads',
    call: async (api, ctx) => api.call('GET', `/api/funding-requests/${await ctx.fresh()}/reads`),
    expected: only({ officer: 200 }),
  },
  {
    route: 'POST /api/funding-requests/:id/decision',
    call: async (api, ctx) =>
      api.call('POST', `/api/funding-requests/${await ctx.fresh()}/decision`, {
        outcome: 'declined',
        reason: 'The school can meet this from its notional SEN budget.',
      }),
    expected: only({ chairOwn: 200 }),
  },
  {
    route: 'GET /api/funding-requests/:id/decision-options',
    call: async (api, ctx) => api.call('GET', `/api/funding-requests/${await ctx.fresh()}/decision-options`),
    expected: only({ chairOwn: 200 }),
  },
  {
    route: 'POST /api/funding-requests/:id/revoke',
    call: async (api, ctx) =>
      api.call('POST', `/api/funding-requests/${await ctx.approved()}/revoke`, { reason: 'The pupil moved school.' }),
    expected: only({ chairOwn: 200 }),
  },
  {
    route: 'GET /api/funding-request-form',
    call: (api) => api.call('GET', '/api/funding-request-form'),
    expected: only({ repOwn: 200, repNeighbour: 200, repOther: 200 }),
  },
  {
    route: 'POST /api/funding-requests/:id/withdraw',
    call: async (api, ctx) => api.call('POST', `/api/funding-requests/${await ctx.fresh()}/withdraw`),
    expected: only({ repOwn: 200 }),
  },

  // --- funding: budgets, agenda, representatives ---
  {
    route: 'GET /api/communities/:id/budget',
    call: (api) => api.call('GET', `/api/communities/${C}/budget?year=2025-26`),
    expected: only({ repOwn: 200, repNeighbour: 200, chairOwn: 200, officer: 200, practitioner: 200, adviser: 200 }),
  },
  {
    route: 'PUT /api/communities/:id/budget',
    call: (api) =>
      api.call('PUT', `/api/communities/${C}/budget?year=${YEAR}`, { allocationPence: 90000000, protections: [] }),
    expected: only({ officer: 200 }),
  },
  {
    route: 'GET /api/budgets',
    call: (api) => api.call('GET', `/api/budgets?year=${YEAR}`),
    expected: only({ officer: 200 }),
  },
  {
    route: 'GET /api/budgets.csv',
    call: (api) => api.call('GET', `/api/budgets.csv?year=${YEAR}`),
    expected: only({ officer: 200 }),
  },
  {
    route: 'POST /api/budgets/import',
    call: (api) =>
      api.call('POST', '/api/budgets/import', {
        csv: `community_id,academic_year,allocation_gbp\n${otherCommunity.id},${YEAR},1000\n`,
      }),
    expected: only({ officer: 200 }),
  },
  {
    route: 'GET /api/communities/:id/agenda',
    call: (api) => api.call('GET', `/api/communities/${C}/agenda`),
    expected: only({ chairOwn: 200, officer: 200 }),
  },
  { route: 'GET /api/next-meetings', call: (api) => api.call('GET', '/api/next-meetings'), expected: everyone(200) },
  {
    route: 'GET /api/communities/:id/representatives',
    call: (api) => api.call('GET', `/api/communities/${C}/representatives`),
    expected: only({ chairOwn: 200, officer: 200 }),
  },
  {
    route: 'POST /api/schools/:id/representative',
    variant: 'registering oneself (only staff of the school; replacing needs confirming: 409)',
    call: (api) =>
      api.call('POST', `/api/schools/${school.id}/representative`, {
        confirmDelegatedAuthority: true,
        headteacherName: 'Ms Head',
      }),
    expected: only({ repOwn: 200, chairOwn: 409 }),
  },
  {
    route: 'POST /api/schools/:id/representative',
    variant: 'registering someone else (the chair or an officer)',
    call: (api) =>
      api.call('POST', `/api/schools/${neighbourSchool.id}/representative`, {
        confirmDelegatedAuthority: true,
        headteacherName: 'Mr Head',
        personId: neighbourRepresentative.id,
      }),
    // For the neighbouring school's representative this names themselves: registering themselves again, allowed.
    expected: only({ chairOwn: 200, officer: 200, repNeighbour: 200 }),
  },

  // --- questions: FAQ ---
  {
    route: 'GET /api/faq/search',
    call: (api) => api.call('GET', '/api/faq/search?q=funding'),
    expected: everyone(200),
  },
  { route: 'GET /api/faq', call: (api) => api.call('GET', '/api/faq'), expected: everyone(200) },
  {
    route: 'GET /api/faq/export',
    call: (api) => api.call('GET', '/api/faq/export?format=md'),
    expected: everyone(200),
  },
  { route: 'GET /api/faq/:id', call: (api, ctx) => api.call('GET', `/api/faq/${ctx.faqId}`), expected: everyone(200) },
  {
    route: 'POST /api/faq',
    call: (api, ctx) =>
      api.call('POST', '/api/faq', {
        question: 'Who can register a school representative?',
        answer: 'A member of the school staff registers themselves; the chair or an officer can register them too.',
        theme: ctx.themeId,
      }),
    expected: only({ officer: 201 }),
  },
  {
    route: 'PUT /api/faq/:id',
    call: async (api, ctx) =>
      api.call('PUT', `/api/faq/${await ctx.newFaq()}`, {
        question: 'Who can register a school representative, and how?',
        answer: 'A member of the school staff registers themselves from the tab; the chair or an officer can too.',
        theme: ctx.themeId,
      }),
    expected: only({ officer: 200 }),
  },
  {
    route: 'POST /api/faq/import',
    call: (api) =>
      api.call('POST', '/api/faq/import', {
        markdown:
          '## Meetings\n\n### Who keeps the minutes of a community meeting?\n\nThe chair agrees it with the community.\n',
      }),
    expected: only({ officer: 201 }),
  },
  { route: 'GET /api/faq/ageing', call: (api) => api.call('GET', '/api/faq/ageing'), expected: only({ officer: 200 }) },
  {
    route: 'DELETE /api/faq/:id',
    call: async (api, ctx) => api.call('DELETE', `/api/faq/${await ctx.newFaq()}`),
    expected: only({ officer: 204 }),
  },
  // "Also asked as" wordings: learned from askers' questions, so only officers see and keep them.
  {
    route: 'GET /api/faq/:id/phrasings',
    call: (api, ctx) => api.call('GET', `/api/faq/${ctx.faqId}/phrasings`),
    expected: only({ officer: 200 }),
  },
  {
    route: 'POST /api/faq/:id/phrasings',
    call: async (api, ctx) =>
      api.call('POST', `/api/faq/${await ctx.newFaq()}/phrasings`, {
        text: 'Who tells us what a link practitioner does?',
      }),
    expected: only({ officer: 201 }),
  },
  {
    route: 'DELETE /api/faq/:id/phrasings/:phrasingId',
    call: async (api, ctx) => api.call('DELETE', await ctx.newPhrasing()),
    expected: only({ officer: 204 }),
  },

  // --- documents: everyone lists theirs and reads them (a community's only its people); officers keep them ---
  { route: 'GET /api/documents', call: (api) => api.call('GET', '/api/documents'), expected: everyone(200) },
  {
    route: 'POST /api/documents',
    call: (api) =>
      api.call('POST', '/api/documents', {
        title: 'Operational guidance',
        url: 'https://www.kelsi.org.uk/guidance',
        kind: 'guidance',
        audience: 'all',
      }),
    expected: only({ officer: 201 }),
  },
  {
    route: 'PUT /api/documents/:id',
    call: async (api, ctx) =>
      api.call('PUT', `/api/documents/${await ctx.newDocument()}`, {
        title: 'Community meeting papers (revised)',
        url: 'https://kentcc.sharepoint.com/sites/cos/papers-2.pdf',
        kind: 'termsOfReference',
        audience: 'community',
        communityId: C,
      }),
    expected: only({ officer: 200 }),
  },
  {
    route: 'DELETE /api/documents/:id',
    call: async (api, ctx) => api.call('DELETE', `/api/documents/${await ctx.newDocument()}`),
    expected: only({ officer: 204 }),
  },
  {
    route: 'POST /api/documents/:id/read',
    call: async (api, ctx) => api.call('POST', `/api/documents/${await ctx.newDocument()}/read`),
    expected: only(
      { repOwn: 204, repNeighbour: 204, chairOwn: 204, officer: 204, practitioner: 204, adviser: 204 },
      404,
    ),
  },
  {
    route: 'POST /api/documents/:id/announce',
    call: async (api, ctx) => api.call('POST', `/api/documents/${await ctx.newDocument()}/announce`),
    expected: only({ officer: 202 }),
  },

  // --- next year's dates, asked of the community first: the chair and officers run the poll; those asked answer ---
  {
    route: 'POST /api/communities/:id/cycles/:year/poll',
    call: (api) => api.call('POST', `/api/communities/${C}/cycles/${POLL_YEAR}/poll`, {}),
    expected: only({ chairOwn: 200, officer: 200 }),
  },
  {
    route: 'GET /api/communities/:id/cycles/:year/poll',
    call: (api) => api.call('GET', `/api/communities/${C}/cycles/${POLL_YEAR}/poll`),
    expected: only({ ...ASKED, chairOwn: 200, officer: 200 }, 404),
  },
  {
    route: 'GET /api/polls/:id',
    call: (api, ctx) => api.call('GET', `/api/polls/${ctx.pollId}`),
    expected: only({ ...ASKED, chairOwn: 200, officer: 200 }, 404),
  },
  {
    route: 'POST /api/polls/:id/answers',
    call: (api, ctx) =>
      api.call('POST', `/api/polls/${ctx.pollId}/answers`, { answers: [{ month: ctx.pollMonth, works: true }] }),
    expected: only({ ...ASKED, chairOwn: 403, officer: 403 }, 404),
  },
  {
    route: 'POST /api/polls/:id/dates/:month/replan',
    call: (api, ctx) => api.call('POST', `/api/polls/${ctx.pollId}/dates/${ctx.pollMonth}/replan`),
    expected: only(
      { repOwn: 403, repNeighbour: 403, practitioner: 403, adviser: 403, chairOwn: 200, officer: 200 },
      404,
    ),
  },
  {
    route: 'POST /api/polls/:id/confirm',
    call: (api, ctx) => api.call('POST', `/api/polls/${ctx.pollId}/confirm`),
    expected: only(
      { repOwn: 403, repNeighbour: 403, practitioner: 403, adviser: 403, chairOwn: 202, officer: 202 },
      404,
    ),
  },

  // --- events: people in an event's audience see and book it; officers create and announce it, and see who booked ---
  { route: 'GET /api/events', call: (api) => api.call('GET', '/api/events'), expected: everyone(200) },
  {
    route: 'POST /api/events',
    call: (api) => api.call('POST', '/api/events', eventBody()),
    expected: only({ officer: 201 }),
  },
  {
    route: 'GET /api/events/:id',
    call: async (api, ctx) => api.call('GET', `/api/events/${await ctx.newEvent()}`),
    expected: only(
      { repOwn: 200, repNeighbour: 200, chairOwn: 200, officer: 200, practitioner: 200, adviser: 200 },
      404,
    ),
  },
  {
    route: 'POST /api/events/:id/announce',
    call: async (api, ctx) => api.call('POST', `/api/events/${await ctx.newEvent()}/announce`),
    expected: only({ officer: 202 }),
  },
  {
    route: 'POST /api/events/:id/bookings',
    call: async (api, ctx) => api.call('POST', `/api/events/${await ctx.newEvent()}/bookings`),
    expected: only(
      { repOwn: 201, repNeighbour: 201, chairOwn: 201, officer: 201, practitioner: 201, adviser: 201 },
      404,
    ),
  },
  {
    route: 'DELETE /api/events/:id/bookings/me',
    call: async (api, ctx) => {
      const id = await ctx.newEvent();
      await api.call('POST', `/api/events/${id}/bookings`);
      return api.call('DELETE', `/api/events/${id}/bookings/me`);
    },
    expected: only(
      { repOwn: 204, repNeighbour: 204, chairOwn: 204, officer: 204, practitioner: 204, adviser: 204 },
      404,
    ),
  },
  {
    route: 'GET /api/events/:id/attendees',
    call: async (api, ctx) => api.call('GET', `/api/events/${await ctx.newEvent()}/attendees`),
    expected: only({ officer: 200 }),
  },

  // --- questions to KCC ---
  {
    route: 'GET /api/questions/themes',
    call: (api) => api.call('GET', '/api/questions/themes'),
    expected: everyone(200),
  },
  {
    route: 'PUT /api/questions/themes',
    call: (api, ctx) => api.call('PUT', '/api/questions/themes', { themes: ctx.themes }),
    expected: only({ officer: 200 }),
  },
  {
    route: 'POST /api/questions',
    call: (api, ctx) => api.call('POST', '/api/questions', { theme: ctx.themeId, text: question, draft: true }),
    expected: everyone(201),
  },
  { route: 'GET /api/questions', call: (api) => api.call('GET', '/api/questions'), expected: everyone(200) },
  {
    route: 'GET /api/questions/:id',
    call: async (api, ctx) => api.call('GET', `/api/questions/${await ctx.open()}`),
    expected: only({ repOwn: 200, officer: 200 }, 404),
  },
  {
    route: 'POST /api/questions/:id/send',
    call: async (api, ctx) => api.call('POST', `/api/questions/${await ctx.draft()}/send`),
    expected: only({ repOwn: 200 }, 404),
  },
  {
    route: 'POST /api/questions/:id/answered-by-faq',
    call: async (api, ctx) =>
      api.call('POST', `/api/questions/${await ctx.draft()}/answered-by-faq`, { faqId: ctx.faqId }),
    expected: only({ repOwn: 200 }, 404),
  },
  {
    route: 'POST /api/questions/:id/assign',
    call: async (api, ctx) => api.call('POST', `/api/questions/${await ctx.open()}/assign`),
    expected: only({ officer: 200 }),
  },
  {
    route: 'POST /api/questions/:id/answer',
    call: async (api, ctx) =>
      api.call('POST', `/api/questions/${await ctx.open()}/answer`, {
        text: 'Ask your link practitioner first; they can arrange an outreach visit.',
        publish: false,
      }),
    expected: only({ officer: 200 }),
  },
  {
    route: 'POST /api/questions/:id/duplicate',
    call: async (api, ctx) => api.call('POST', `/api/questions/${await ctx.open()}/duplicate`, { faqId: ctx.faqId }),
    expected: only({ officer: 200 }),
  },
  {
    route: 'POST /api/questions/:id/close',
    call: async (api, ctx) =>
      api.call('POST', `/api/questions/${await ctx.open()}/close`, { reason: 'Answered at the last meeting.' }),
    expected: only({ officer: 200 }),
  },
  {
    route: 'POST /api/questions/:id/feedback',
    call: async (api, ctx) => api.call('POST', `/api/questions/${await ctx.answered()}/feedback`, { helpful: true }),
    expected: only({ repOwn: 200 }, 404),
  },
  {
    route: 'POST /api/questions/:id/follow-up',
    call: async (api, ctx) =>
      api.call('POST', `/api/questions/${await ctx.answered()}/follow-up`, { text: 'And for a pupil in year 7?' }),
    expected: only({ repOwn: 200 }, 404),
  },
  {
    route: 'GET /api/question-routes',
    call: (api) => api.call('GET', '/api/question-routes'),
    expected: only({ officer: 200 }),
  },
  {
    route: 'PUT /api/question-routes/:theme',
    variant: 'a channel the app is not in (400 for an officer)',
    call: (api) => api.call('PUT', '/api/question-routes/all', { conversationId: '19:nowhere@thread.tacv2' }),
    expected: only({ officer: 400 }),
  },
];

/** The bot endpoint is covered by the card-verb matrix below. */
const BOT_ENDPOINT = 'POST /api/messages';
/** Routes outside /api: public by design (health check, the built tab and its deep links). */
const OUTSIDE_API = ['GET /healthz', 'GET /readyz', 'GET /^\\/(?!api\\/|healthz|assets\\/).*/'];

interface VerbRow {
  verb: string;
  data?: (ctx: Ctx) => Promise<Record<string, unknown>> | Record<string, unknown>;
  expected: Outcomes;
  hole?: string;
}

const slotInputs = (slots: Slot[]) =>
  Object.fromEntries(
    slots.flatMap((s) => [
      [`date_${s.month}`, s.start.slice(0, 10)],
      [`time_${s.month}`, s.start.slice(11, 16)],
    ]),
  );
const cardRequest = (idempotencyKey: string) => ({
  schoolId: school.id,
  pupilReference: 'Y5-031',
  yearGroup: '5',
  requestType: 'individual',
  areasOfNeed: 'communicationAndInteraction',
  currentProvision: 'Small-group speech and language sessions twice a week, funded from the notional SEN budget.',
  whatIsWorking: 'Visual timetables and a calm start to the day.',
  hopedForOutcomes: 'Joins whole-class carpet time for ten minutes by Easter.',
  nextSteps: 'SENCo to review with the link STLS teacher in six weeks.',
  amount: '1200.00',
  periodStart: '2026-09-01',
  periodEnd: '2027-03-31',
  prgServiceIds: 'stls',
  idempotencyKey,
});

const VERB_ROWS: VerbRow[] = [
  { verb: 'help', expected: cardFor(KNOWN) },
  // scheduling
  { verb: 'planMeetings', data: () => ({ communityId: C }), expected: cardFor(['chairOwn', 'officer']) },
  {
    verb: 'createCycle',
    data: (ctx) => ({ communityId: C, academicYear: YEAR, ...slotInputs(ctx.cycleSlots) }),
    expected: cardFor(['chairOwn', 'officer']),
  },
  {
    verb: 'rescheduleMeeting',
    data: async (ctx) => {
      const meeting = await ctx.liveMeeting();
      return { meetingId: meeting.id, date: meeting.start.slice(0, 10), time: '13:30' };
    },
    expected: cardFor(['chairOwn', 'officer']),
  },
  {
    verb: 'cancelMeeting',
    data: async (ctx) => ({ meetingId: (await ctx.liveMeeting()).id, comment: 'The hall is needed for exams.' }),
    expected: cardFor(['chairOwn', 'officer']),
  },
  { verb: 'planKit', expected: cardFor(['officer']) },
  {
    verb: 'createKit',
    data: (ctx) => ({ academicYear: YEAR, ...slotInputs(ctx.kitSlots) }),
    expected: cardFor(['officer']),
  },
  // funding
  { verb: 'requestFunding', expected: cardFor(['repOwn', 'repNeighbour', 'repOther']) },
  { verb: 'submitFunding', data: () => cardRequest(randomUUID()), expected: cardFor(['repOwn']) },
  { verb: 'myRequests', expected: cardFor(KNOWN) },
  // Everyone with a community sees its budget; an officer is told a budget belongs to a community.
  { verb: 'budget', expected: cardFor(KNOWN) },
  { verb: 'communityBudgets', expected: cardFor(['officer']) },
  // Everyone's own communities' next meetings; an officer, with no community, is told there is none to show.
  { verb: 'nextMeeting', expected: cardFor(KNOWN) },
  { verb: 'myCommunities', expected: cardFor(KNOWN) },
  { verb: 'agenda', data: () => ({ communityId: C }), expected: cardFor(['chairOwn', 'officer']) },
  {
    verb: 'readFundingRequest',
    data: async (ctx) => ({ requestId: await ctx.fresh() }),
    expected: cardFor(['repOwn', 'chairOwn', 'officer', 'adviser']),
  },
  {
    verb: 'decideFunding',
    data: async (ctx) => ({ requestId: await ctx.fresh(), outcome: 'declined', reason: 'Met from the school budget.' }),
    expected: cardFor(['chairOwn']),
  },
  // next year's dates, asked of the community first (confirmed last)
  {
    verb: 'startDatePoll',
    data: () => ({ communityId: C, academicYear: CARD_POLL_YEAR }),
    expected: cardFor(['chairOwn', 'officer']),
  },
  {
    verb: 'answerDatePoll',
    data: (ctx) => ({ pollId: ctx.cardPollId, [`works_${ctx.cardPollMonth}`]: 'yes' }),
    expected: cardFor(['repOwn', 'repNeighbour', 'practitioner', 'adviser']),
  },
  {
    verb: 'showDatePoll',
    data: (ctx) => ({ pollId: ctx.cardPollId }),
    expected: cardFor(['repOwn', 'repNeighbour', 'practitioner', 'adviser', 'chairOwn', 'officer']),
  },
  {
    verb: 'suggestPollDate',
    data: (ctx) => ({ pollId: ctx.cardPollId, month: ctx.cardPollMonth }),
    expected: cardFor(['chairOwn', 'officer']),
  },
  {
    verb: 'confirmDatePoll',
    data: (ctx) => ({ pollId: ctx.cardPollId }),
    expected: cardFor(['chairOwn', 'officer']),
  },
  // events
  {
    verb: 'bookEventPlace',
    data: async (ctx) => ({ eventId: await ctx.newEvent() }),
    expected: cardFor(['repOwn', 'repNeighbour', 'chairOwn', 'officer', 'practitioner', 'adviser']),
  },
  {
    verb: 'cancelEventPlace',
    data: async (ctx) => ({ eventId: await ctx.newEvent() }),
    expected: cardFor(['repOwn', 'repNeighbour', 'chairOwn', 'officer', 'practitioner', 'adviser']),
  },
  // The officer's card of an announced event (its refresh): officers only.
  { verb: 'eventStanding', data: async (ctx) => ({ eventId: await ctx.newEvent() }), expected: cardFor(['officer']) },
  // questions and the FAQ
  { verb: 'ask', expected: cardFor(KNOWN) },
  {
    verb: 'askQuestion',
    data: (ctx) => ({ theme: ctx.themeId, text: question, context: '', submissionId: randomUUID() }),
    expected: cardFor(KNOWN),
  },
  { verb: 'sendQuestion', data: async (ctx) => ({ questionId: await ctx.draft() }), expected: cardFor(['repOwn']) },
  {
    verb: 'questionAnsweredByFaq',
    data: async (ctx) => ({ questionId: await ctx.draft(), faqId: ctx.faqId }),
    expected: cardFor(['repOwn']),
  },
  { verb: 'questions', expected: cardFor(KNOWN) },
  {
    verb: 'questionCard',
    data: async (ctx) => ({ questionId: await ctx.open() }),
    expected: cardFor(['repOwn', 'officer']),
  },
  { verb: 'assignQuestion', data: async (ctx) => ({ questionId: await ctx.open() }), expected: cardFor(['officer']) },
  {
    verb: 'answerQuestion',
    data: async (ctx) => ({
      questionId: await ctx.open(),
      answerText: 'Ask your link practitioner first; they can arrange an outreach visit.',
      publish: false,
    }),
    expected: cardFor(['officer']),
  },
  {
    verb: 'markDuplicate',
    data: async (ctx) => ({ questionId: await ctx.open(), faqId: ctx.faqId }),
    expected: cardFor(['officer']),
  },
  {
    verb: 'closeQuestion',
    data: async (ctx) => ({ questionId: await ctx.open(), reason: 'Answered at the last meeting.' }),
    expected: cardFor(['officer']),
  },
  {
    verb: 'questionFeedback',
    data: async (ctx) => ({ questionId: await ctx.answered(), helpful: true }),
    expected: cardFor(['repOwn']),
  },
  {
    verb: 'questionFollowUp',
    data: async (ctx) => ({ questionId: await ctx.answered(), followUp: 'And for a pupil in year 7?' }),
    expected: cardFor(['repOwn']),
  },
  { verb: 'faq', data: () => ({ query: 'funding' }), expected: cardFor(KNOWN) },
  {
    verb: 'faqSave',
    data: (ctx) => ({
      question_new: 'Can a chair decide a request from their own school?',
      answer_new: 'The community decides together at its meeting; the chair records the decision.',
      theme_new: ctx.themeId,
    }),
    expected: cardFor(['officer']),
  },
  { verb: 'faqRetire', data: async (ctx) => ({ faqId: await ctx.newFaq() }), expected: cardFor(['officer']) },
];

/** Verbs the bot answers itself, outside the features' cardVerbs. */
const BUILT_IN_VERBS = ['help'];

const apiWith = (baseUrl: string, token?: string): Api => apiWithToken(baseUrl, token);

/** Every route of the Express app, as "METHOD /path". */
function routesOf(app: Express): string[] {
  return servedRoutes(app).map((r) => `${r.method} ${r.path}`);
}

function outcomeOf(answer: { status: number; body?: Record<string, unknown> }): Outcome {
  if (answer.status !== 200 || answer.body?.type !== 'application/vnd.microsoft.card.adaptive') {
    return `HTTP ${answer.status} ${String(answer.body?.type ?? '')}`.trim();
  }
  const text = cardText(answer.body.value);
  if (REFUSAL.some((pattern) => pattern.test(text))) return 'refused';
  if (text.includes('That did not work')) return 'problem';
  return 'card';
}

describe('the authorization matrix: every API route and card verb × every role', () => {
  const secret = `matrix-${randomUUID()}`;
  let service: TestService;
  let connector: CaptureConnector;
  let bot: CommunitiesBot<unknown> | undefined;
  const ctx = {} as Ctx;
  const senders = {} as Record<Role, TestSender>;
  const runSpy = jest.spyOn(CommunitiesBot.prototype, 'run');

  beforeAll(async () => {
    [service, connector] = await Promise.all([startTestService({ DEV_TOKEN_SECRET: secret }), startCaptureConnector()]);
    const people: Record<Exclude<Role, 'unknown' | 'anonymous'>, { email: string; aadObjectId: string }> = {
      repOwn: fundingCast.representative,
      repNeighbour: fundingCast.neighbourRepresentative,
      repOther: fundingCast.otherRepresentative,
      chairOwn: fundingCast.chair,
      chairOther: fundingCast.otherChair,
      officer: fundingCast.officer,
      practitioner: fundingCast.practitioner,
      adviser: fundingCast.adviser,
    };
    const apis = {} as Record<Role, Api>;
    for (const [role, person] of Object.entries(people) as [Role, { email: string; aadObjectId: string }][]) {
      const minted = await apiWith(service.baseUrl).call('POST', '/api/dev/token', { email: person.email });
      if (minted.status !== 200) throw new Error(`Dev sign-in as ${person.email} failed: ${minted.status}`);
      apis[role] = apiWith(service.baseUrl, minted.body.token);
      senders[role] = { aadObjectId: person.aadObjectId, name: role };
    }
    // A token the service itself would accept (same secret), for someone the directory does not know.
    const strangerId = randomUUID();
    apis.unknown = apiWith(
      service.baseUrl,
      await new DevTokens(secret).issue({ email: 'pat.stranger@elsewhere.example', aadObjectId: strangerId }),
    );
    senders.unknown = { aadObjectId: strangerId, name: 'Pat Stranger' };
    apis.anonymous = apiWith(service.baseUrl);
    senders.anonymous = { id: '29:no-entra-identity', name: 'Nobody' };
    ctx.apis = apis;
    const { repOwn, chairOwn, officer } = apis;

    const ok = async (answer: Promise<ApiAnswer>, what: string) => {
      const done = await answer;
      if (done.status >= 300) throw new Error(`Fixture "${what}" failed: ${done.status} ${done.text}`);
      // biome-ignore lint/suspicious/noExplicitAny: fixtures read whatever JSON the route answers.
      return done.body as any;
    };
    const waitForCycle = async (cycleId: string) => {
      for (let i = 0; i < 200; i++) {
        const cycle = await ok(officer.call('GET', `/api/cycles/${cycleId}`), 'cycle status');
        if (cycle.meetings.every((m: { status: string }) => m.status === 'created' || m.status === 'failed')) {
          return cycle;
        }
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error(`Cycle ${cycleId} did not finish`);
    };
    const slotsOf = (meetings: Slot[]): Slot[] => meetings.map(({ month, start, end }) => ({ month, start, end }));

    // Community meetings: 2026-27 stays as created (retry rows), CHANGE_YEAR is rescheduled and cancelled.
    const proposal = await ok(chairOwn.call('POST', `/api/communities/${C}/cycles/${YEAR}/proposal`, {}), 'proposal');
    ctx.cycleSlots = slotsOf(proposal.meetings);
    const created = await ok(
      chairOwn.call('POST', `/api/communities/${C}/cycles/${YEAR}`, { meetings: ctx.cycleSlots }),
      'cycle',
    );
    ctx.cycleId = created.cycleId;
    await waitForCycle(ctx.cycleId);
    await ok(officer.call('PUT', `/api/academic-years/${CHANGE_YEAR}/terms`, { terms: terms(2027) }), 'terms');
    const later = await ok(
      chairOwn.call('POST', `/api/communities/${C}/cycles/${CHANGE_YEAR}/proposal`, {}),
      'later proposal',
    );
    const laterCycle = await ok(
      chairOwn.call('POST', `/api/communities/${C}/cycles/${CHANGE_YEAR}`, { meetings: slotsOf(later.meetings) }),
      'later cycle',
    );
    await waitForCycle(laterCycle.cycleId);
    ctx.liveMeeting = async () => {
      const { meetings } = await ok(
        officer.call('GET', `/api/communities/${C}/meetings?year=${CHANGE_YEAR}`),
        'meetings',
      );
      const live = meetings.find((m: { status: string }) => m.status === 'created');
      if (!live) throw new Error('No meeting left to change');
      return live;
    };

    // Keeping in Touch meetings with every chair.
    const kit = await ok(officer.call('POST', `/api/kit/${YEAR}/proposal`, { scope: 'all' }), 'KiT proposal');
    ctx.kitSlots = slotsOf(kit.groups[0].meetings);
    const kitCreated = await ok(
      officer.call('POST', `/api/kit/${YEAR}`, { areaId: null, meetings: ctx.kitSlots }),
      'KiT meetings',
    );
    ctx.kitCycleId = kitCreated.cycleId;
    ctx.kitMeetingId = (await waitForCycle(ctx.kitCycleId)).meetings[0].id;

    // Funding requests.
    ctx.fresh = async () =>
      (await ok(repOwn.call('POST', '/api/funding-requests', requestBody(school.id)), 'request')).id;
    ctx.approved = async () => {
      const id = await ctx.fresh();
      await ok(chairOwn.call('POST', `/api/funding-requests/${id}/decision`, { outcome: 'approved' }), 'approval');
      return id;
    };

    // Questions and the FAQ.
    ctx.themes = (await ok(repOwn.call('GET', '/api/questions/themes'), 'themes')).themes.map(
      (t: { id: string; name: string }) => ({ id: t.id, name: t.name }),
    );
    ctx.themeId = ctx.themes[0]?.id as string;
    ctx.faqId = (await ok(repOwn.call('GET', '/api/faq'), 'faq')).items[0].id;
    const ask = async (draft: boolean) =>
      (await ok(repOwn.call('POST', '/api/questions', { theme: ctx.themeId, text: question, draft }), 'question')).id;
    ctx.draft = () => ask(true);
    ctx.open = () => ask(false);
    ctx.answered = async () => {
      const id = await ctx.open();
      await ok(
        officer.call('POST', `/api/questions/${id}/answer`, {
          text: 'Ask your link practitioner first; they can arrange an outreach visit.',
          publish: false,
        }),
        'answer',
      );
      return id;
    };
    ctx.newEvent = async () => (await ok(officer.call('POST', '/api/events', eventBody()), 'event')).id;
    const openPoll = async (year: string, startYear: number) => {
      await ok(officer.call('PUT', `/api/academic-years/${year}/terms`, { terms: terms(startYear) }), 'terms');
      const { pollId } = await ok(chairOwn.call('POST', `/api/communities/${C}/cycles/${year}/poll`, {}), 'poll');
      const poll = await ok(chairOwn.call('GET', `/api/polls/${pollId}`), 'the poll');
      return [pollId, poll.dates[0].month] as const;
    };
    [ctx.pollId, ctx.pollMonth] = await openPoll(POLL_YEAR, 2029);
    [ctx.cardPollId, ctx.cardPollMonth] = await openPoll(CARD_POLL_YEAR, 2030);
    ctx.newDocument = async () =>
      (
        await ok(
          officer.call('POST', '/api/documents', {
            title: 'Community meeting papers',
            url: 'https://kentcc.sharepoint.com/sites/cos/papers.pdf',
            kind: 'termsOfReference',
            audience: 'community',
            communityId: C,
          }),
          'document',
        )
      ).id;
    ctx.newFaq = async () =>
      (
        await ok(
          officer.call('POST', '/api/faq', {
            question: `What does a link practitioner do (${randomUUID().slice(0, 8)})?`,
            answer: 'They connect schools with the PRG service and join the community meetings.',
            theme: ctx.themeId,
          }),
          'faq entry',
        )
      ).id;
    ctx.newPhrasing = async () => {
      const faqId = await ctx.newFaq();
      const path = `/api/faq/${faqId}/phrasings`;
      const phrasing = await ok(officer.call('POST', path, { text: 'What is a link practitioner for?' }), 'phrasing');
      return `${path}/${phrasing.id}`;
    };

    // One activity, so the bot the service built is known (its card verbs are what the verb matrix must cover).
    await postActivity(
      service.baseUrl,
      teamsActivity(connector.serviceUrl, senders.officer, { type: 'message', text: 'help' }),
    );
    bot = runSpy.mock.contexts[0] as CommunitiesBot<unknown> | undefined;
  }, 120_000);

  afterAll(async () => {
    runSpy.mockRestore();
    await service?.stop();
    await connector?.close();
  });

  describe('the JSON API', () => {
    it('has a row for every route the running app serves, and a route for every row', () => {
      const app = service.app;
      const served = routesOf(app);
      const covered = new Set([...ROUTE_ROWS.map((r) => r.route), BOT_ENDPOINT, ...OUTSIDE_API]);
      expect({ routesWithoutARow: served.filter((r) => !covered.has(r)) }).toEqual({ routesWithoutARow: [] });
      expect({ rowsWithoutARoute: [...covered].filter((r) => !served.includes(r)) }).toEqual({
        rowsWithoutARoute: [],
      });
    });

    it.each(
      ROUTE_ROWS.map((row) => [`${row.hole ? 'HOLE ' : ''}${row.route}${row.variant ? ` (${row.variant})` : ''}`, row]),
    )('%s', async (_name, row) => {
      const actual = {} as Statuses;
      for (const role of ROLES) actual[role] = (await row.call(ctx.apis[role], ctx)).status;
      expect(actual).toEqual(row.expected);
    });
  });

  describe('the card verbs (Action.Execute at /api/messages)', () => {
    it('has a row for every card verb the bot knows, and a verb for every row', () => {
      const routes = (bot as unknown as { routes?: BotRoutes<unknown> } | undefined)?.routes;
      expect(routes?.cardVerbs).toBeDefined();
      const known = [...BUILT_IN_VERBS, ...Object.keys(routes?.cardVerbs ?? {})].sort();
      const rows = VERB_ROWS.map((r) => r.verb);
      expect({ verbsWithoutARow: known.filter((v) => !rows.includes(v)) }).toEqual({ verbsWithoutARow: [] });
      expect({ rowsWithoutAVerb: rows.filter((v) => !known.includes(v)) }).toEqual({ rowsWithoutAVerb: [] });
    });

    it.each(VERB_ROWS.map((row) => [`${row.hole ? 'HOLE ' : ''}${row.verb}`, row]))('%s', async (_name, row) => {
      const actual = {} as Outcomes;
      for (const role of ROLES) {
        const data = (await row.data?.(ctx)) ?? {};
        const invoke = teamsActivity(connector.serviceUrl, senders[role], {
          type: 'invoke',
          name: 'adaptiveCard/action',
          replyToId: 'card-1',
          value: { action: { type: 'Action.Execute', verb: row.verb, data }, trigger: 'manual' },
        });
        actual[role] = outcomeOf(await postActivity(service.baseUrl, invoke));
      }
      expect(actual).toEqual(row.expected);
    });
  });
});
