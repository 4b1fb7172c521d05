import type { DirectoryPort, Person } from '../directory';
import { normalisedCommand } from '../platform/bot/text-command';
import type { Feature, FeatureMigrations } from '../platform/feature';
import { parseBody } from '../platform/http/parse-body';
import { OutboxRepository } from '../platform/outbox/outbox-repository';
import type { PlatformParts } from '../platform/platform-parts';
import { pollRoutes } from './api/poll-routes';
import { schedulingRoutes } from './api/scheduling-routes';
import { CycleRunner } from './app/cycle-runner';
import { datePolls } from './app/date-polls';
import { queueMeetingReminders } from './app/queue-meeting-reminders';
import { resumeCalendarWorkJob } from './app/resume-calendar-work';
import { schedulingService } from './app/scheduling-service';
import { GraphCalendar } from './calendar/graph/graph-calendar';
import { LocalCalendar } from './calendar/local/local-calendar';
import { registerCalendarWorkGauges } from './store/calendar-work-gauges';
import { CycleCardWatchesRepository } from './store/cycle-card-watches-repository';
import { DatePollsRepository } from './store/date-polls-repository';
import { MeetingsRepository } from './store/meetings-repository';
import * as meetings from './store/migrations/0002-meetings';
import * as cycleCardWatches from './store/migrations/0011-cycle-card-watches';
import * as datePollTables from './store/migrations/0017-date-polls';
import * as datePollEarlierDates from './store/migrations/0022-date-poll-earlier-dates';
import { CycleCardRefresher } from './teams/cycle-card-refresher';
import { datePollVerbs } from './teams/date-poll-verbs';
import { finishedCycleCard } from './teams/finished-cycle-view';
import { createKitFromCard, planKitCard } from './teams/plan-kit';
import {
  changeMeetingFromCard,
  createCycleFromCard,
  cycleCard,
  type PlanData,
  planMeetingsCard,
  watchCycleCard,
} from './teams/plan-meetings';
import { sendPlanningCard } from './teams/plan-meetings-message';
import { pollNotificationCards } from './teams/poll-notification-cards';
import { POLL_VERBS } from './teams/poll-question-card';
import { schedulingNotificationCards } from './teams/scheduling-notification-cards';
import type { SchedulingTeamsDeps } from './teams/scheduling-teams-deps';

/** "plan meetings" and its variants, with what follows them (a community's name) as the second group. */
const PLAN_COMMAND = /^(plan meetings?|plan the year)\s*(.*)$/;

/** Scheduling's tables, in the order they were added. */
export const schedulingMigrations: FeatureMigrations = {
  '0002-meetings': meetings,
  '0011-cycle-card-watches': cycleCardWatches,
  '0017-date-polls': datePollTables,
  '0022-date-poll-earlier-dates': datePollEarlierDates,
};

/** Community meetings, KiT meetings and reminders, wired to Graph (when configured) or the local calendar. */
export function composeScheduling(platform: PlatformParts, directory: DirectoryPort): Feature<Person> {
  const { config, db, logger, clock } = platform;
  const calendar = platform.graph ? new GraphCalendar(platform.graph) : new LocalCalendar();
  const ports = {
    meetings: new MeetingsRepository(db),
    calendar,
    now: clock,
  };
  const runner = new CycleRunner(ports);
  const scheduling = schedulingService(ports, config.scheduling, runner, (err, cycleId) =>
    logger.error({ err, cycleId }, 'creating calendar events failed'),
  );
  const watches = new CycleCardWatchesRepository(db);
  const cycleCards = new CycleCardRefresher(platform.adapter, platform.botAppId, watches, logger);
  runner.onFinished((cycle) => cycleCards.cycleFinished(cycle, (c) => finishedCycleCard(ports, c)));
  const polls = datePolls({
    store: new DatePollsRepository(db),
    ports,
    settings: config.scheduling,
    createCycle: scheduling.create,
    newId: platform.newId,
  });
  const pollVerbs = datePollVerbs(polls);
  const deps: SchedulingTeamsDeps = { directory, scheduling, polls, cycleCards, now: clock };
  registerCalendarWorkGauges(db, clock);
  const reminderPorts = { ...ports, outbox: new OutboxRepository(db) };
  return {
    name: 'scheduling',
    routes: [schedulingRoutes({ useCases: scheduling, parse: parseBody }), pollRoutes(polls)],
    cardVerbs: {
      planMeetings: ({ person, data }) => planMeetingsCard(person, data as PlanData, deps),
      createCycle: ({ context, person, data }) => createCycleFromCard(context, person, data as PlanData, deps),
      rescheduleMeeting: ({ person, data }) => changeMeetingFromCard(person, 'rescheduleMeeting', data, deps),
      cancelMeeting: ({ person, data }) => changeMeetingFromCard(person, 'cancelMeeting', data, deps),
      planKit: ({ person, data }) => planKitCard(person, data, deps),
      createKit: ({ context, person, data }) => createKitFromCard(context, person, data, deps),
      [POLL_VERBS.start]: ({ person, data }) => pollVerbs.start(person, data),
      [POLL_VERBS.answer]: ({ person, data }) => pollVerbs.answer(person, data),
      [POLL_VERBS.show]: ({ person, data }) => pollVerbs.show(person, data),
      [POLL_VERBS.suggest]: ({ person, data }) => pollVerbs.suggest(person, data),
      [POLL_VERBS.confirm]: ({ context, person, data }) =>
        pollVerbs.confirm(person, data, async (cycleId) => {
          await watchCycleCard(context, person, cycleId, deps);
          return cycleCard(person, cycleId, deps);
        }),
    },
    textCommands: [
      {
        name: 'plan meetings',
        // "plan meetings", or "plan meetings for Gravesham North" (a chair of several communities).
        matches: (text) => PLAN_COMMAND.test(normalisedCommand(text)),
        run: (context, text) =>
          sendPlanningCard(context, deps, normalisedCommand(text).replace(PLAN_COMMAND, '$2').replace(/^for /, '')),
      },
    ],
    notificationCards: { ...schedulingNotificationCards(config.publicBaseUrl), ...pollNotificationCards },
    jobs: [
      {
        name: 'meeting-reminders',
        everyMs: 5 * 60_000,
        exclusive: true,
        run: () => queueMeetingReminders(reminderPorts),
      },
      resumeCalendarWorkJob(runner),
      { name: 'date-poll-reminders', everyMs: 60 * 60_000, exclusive: true, run: () => polls.queueReminders() },
    ],
    start: () => {
      runner.resumeUnfinished().catch((err: unknown) => logger.error({ err }, 'resuming calendar work failed'));
    },
    stop: () => runner.idle(),
  };
}
