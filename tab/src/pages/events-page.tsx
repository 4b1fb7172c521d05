import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  Text,
  Title2,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { refusalOf } from '../api/api-client';
import { useApi } from '../api/use-api';
import { EventForm } from '../components/event-form';
import { EventItem } from '../components/event-item';
import type { EventAction, EventRow } from '../components/event-row';
import { LoadState } from '../components/load-state';
import { Outcome } from '../components/outcome';
import { useSession } from '../session/session-context';

const useStyles = makeStyles({
  group: { marginBlockStart: tokens.spacingVerticalXL },
  list: { padding: 0, display: 'grid', gap: tokens.spacingVerticalM },
});

/**
 * KCC's briefings and events for me: book a place (or join the waiting list), cancel it, add it to my calendar; past
 * events below. Officers create events, announce them and see who booked. A card's "Add to calendar" opens the page
 * with `?event=…`: that event comes first, its calendar button the primary one.
 */
export function EventsPage() {
  const styles = useStyles();
  const { me } = useSession();
  const officer = me.roles.some((r) => r.role === 'officer');
  const [searchParams] = useSearchParams();
  const wanted = searchParams.get('event');
  const read = useApi<{ items: EventRow[] }>('/api/events');
  const [creating, setCreating] = useState(false);
  const [note, setNote] = useState<string>();
  const [refusal, setRefusal] = useState<string>();
  const items = read.data?.items ?? [];
  const upcoming = items.filter((e) => !e.past).sort((a, b) => Number(b.id === wanted) - Number(a.id === wanted));
  const past = items.filter((e) => e.past).reverse();

  const act: EventAction = (work, notDone) => {
    setNote(undefined);
    setRefusal(undefined);
    work().then(
      (said) => {
        if (said) setNote(said);
        read.reload();
      },
      (e: unknown) => setRefusal(refusalOf(e, notDone)),
    );
  };
  const list = (events: EventRow[]) => (
    <ul className={styles.list}>
      {events.map((e) => (
        <EventItem key={e.id} event={e} officer={officer} wanted={e.id === wanted} act={act} />
      ))}
    </ul>
  );

  return (
    <section aria-labelledby="page-title">
      <Title2 as="h1" block id="page-title">
        Events
      </Title2>
      <Text as="p" block>
        KCC's briefings and events for you. Book a place here; when an event is full you can join its waiting list, and
        you are told if a place comes up.
      </Text>
      <Outcome note={note} refusal={refusal} />
      {officer && !creating && (
        <Button appearance="primary" onClick={() => setCreating(true)}>
          New event
        </Button>
      )}
      {officer && creating && (
        <EventForm
          onCancel={() => setCreating(false)}
          onSaved={(saved) => {
            setCreating(false);
            setNote(saved);
            read.reload();
          }}
        />
      )}
      <section className={styles.group} aria-labelledby="upcoming-title">
        <Title3 as="h2" block id="upcoming-title">
          Upcoming
        </Title3>
        <LoadState
          loading={read.loading && !read.data}
          error={read.error}
          empty={read.data !== undefined && upcoming.length === 0}
          loadingLabel="Loading events…"
        >
          There are no events coming up for you. KCC announces new ones in Teams, and they appear here.
        </LoadState>
        {list(upcoming)}
      </section>
      {past.length > 0 && (
        <Accordion collapsible className={styles.group}>
          <AccordionItem value="past">
            <AccordionHeader as="h2">Past events ({past.length})</AccordionHeader>
            <AccordionPanel>{list(past)}</AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </section>
  );
}
