import { Badge, Button, Card, makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { ApiError, callApi } from '../api/api-client';
import { downloadFile } from '../api/download-file';
import { useSession } from '../session/session-context';
import { formatDateTime } from './dates';
import { EventOfficerTools } from './event-officer-tools';
import type { EventAction, EventRow } from './event-row';

const useStyles = makeStyles({
  item: { listStyle: 'none' },
  title: { margin: 0 },
  meta: { display: 'block', color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** How full the event is, in words. */
function placesLine(e: EventRow): string {
  const perSchool =
    e.placesPerSchool === null
      ? ''
      : ` · ${e.placesPerSchool === 1 ? 'one place' : `up to ${e.placesPerSchool} places`} per school`;
  const waiting = e.waiting > 0 ? ` · ${e.waiting} on the waiting list` : '';
  const left = e.past
    ? `${e.booked} of ${e.capacity} places booked`
    : e.placesLeft > 0
      ? `${e.placesLeft} of ${e.capacity} places left`
      : `Full (${e.capacity} places)`;
  return `${left}${waiting}${perSchool}`;
}

/** One event: when, where, who for and how full; my place, and the buttons to book, cancel or add it to a calendar. */
export function EventItem(props: { event: EventRow; officer: boolean; wanted: boolean; act: EventAction }) {
  const styles = useStyles();
  const { token } = useSession();
  const e = props.event;
  const started = Date.parse(e.start) <= Date.now();
  const titleId = `event-${e.id}`;
  const bookLabel = e.placesLeft > 0 ? 'Book a place' : 'Join the waiting list';
  const canBook = !e.myPlace && e.bookingOpen;
  const canAddToCalendar = e.myPlace?.status === 'booked' && !e.past;
  const canCancel = e.myPlace !== null && !started;

  const book = () =>
    props.act(async () => {
      try {
        await callApi(`/api/events/${e.id}/bookings`, { token, method: 'POST' });
        return `You have a place at "${e.title}".`;
      } catch (error) {
        // A full event puts you on its waiting list: the API answers 409 with your place in the queue.
        const position = error instanceof ApiError && error.status === 409 ? error.body.waitingListPosition : undefined;
        if (typeof position !== 'number') throw error;
        return `"${e.title}" is full: you are number ${position} on the waiting list, and are told if a place comes up.`;
      }
    }, 'Not booked');
  const cancel = () =>
    props.act(async () => {
      await callApi(`/api/events/${e.id}/bookings/me`, { token, method: 'DELETE' });
      return `You no longer have a place at "${e.title}".`;
    }, 'Not cancelled');
  const addToCalendar = () =>
    props.act(async () => {
      await downloadFile(`/api/events/${e.id}.ics`, token, `event-${e.start.slice(0, 10)}.ics`);
      return undefined;
    }, 'Not downloaded');

  return (
    <li className={styles.item}>
      <Card aria-labelledby={titleId}>
        <Title3 as="h3" id={titleId} className={styles.title}>
          {e.title}
        </Title3>
        <Text weight="semibold">{e.when}</Text>
        <Text>{e.online ? 'Online' : e.venue}</Text>
        <Text size={200} className={styles.meta}>
          For {e.audienceLabel.toLowerCase()} · {e.areas}
        </Text>
        {e.description && <Text>{e.description}</Text>}
        <Text size={200}>
          {placesLine(e)}
          {!e.past &&
            !started &&
            (e.bookingOpen ? ` · booking closes ${formatDateTime(e.bookingCloses)}` : ' · booking has closed')}
        </Text>
        {e.myPlace && (
          <div>
            <Badge appearance="filled" color={e.myPlace.status === 'booked' ? 'success' : 'warning'}>
              {e.myPlace.status === 'booked'
                ? 'You have a place'
                : `You are number ${e.myPlace.position} on the waiting list`}
            </Badge>
          </div>
        )}
        {(canBook || canAddToCalendar || canCancel) && (
          <div className={styles.actions}>
            {canBook && (
              <Button appearance="primary" onClick={book} aria-label={`${bookLabel}: ${e.title}`}>
                {bookLabel}
              </Button>
            )}
            {canAddToCalendar && (
              <Button
                appearance={props.wanted ? 'primary' : 'secondary'}
                onClick={addToCalendar}
                aria-label={`Add to calendar (.ics): ${e.title}`}
              >
                Add to calendar (.ics)
              </Button>
            )}
            {canCancel && (
              <Button onClick={cancel} aria-label={`Cancel my place: ${e.title}`}>
                Cancel my place
              </Button>
            )}
          </div>
        )}
        {props.officer && <EventOfficerTools event={e} act={props.act} />}
      </Card>
    </li>
  );
}
