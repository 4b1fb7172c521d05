import { Button, Checkbox, Field, Input, makeStyles, Textarea, Title3, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ApiError, callApi, refusalOf } from '../api/api-client';
import { useSession } from '../session/session-context';
import { useAreaChoices } from './area-choices';
import { CheckboxGroup } from './checkbox-group';
import { ChoiceField } from './choice-field';
import { londonInstant } from './dates';
import { Refusal } from './refusal';

/** Who an event can be for, as POST /api/events names them. */
const AUDIENCES = [
  { id: 'everyone', name: 'Everyone with a role' },
  { id: 'headteachers', name: 'Headteachers' },
  { id: 'chairs', name: 'Community chairs' },
  { id: 'representatives', name: 'School representatives' },
];

/** The form's fields as typed: dates as London wall-clock times ("2027-06-04T13:00"). */
interface EventDraft {
  title: string;
  description: string;
  allKent: boolean;
  areaIds: string[];
  audience: string;
  online: boolean;
  venue: string;
  start: string;
  end: string;
  bookingCloses: string;
  capacity: string;
  onePerSchool: boolean;
}

const EMPTY: EventDraft = {
  title: '',
  description: '',
  allKent: true,
  areaIds: [],
  audience: 'everyone',
  online: false,
  venue: '',
  start: '',
  end: '',
  bookingCloses: '',
  capacity: '',
  onePerSchool: true,
};

const useStyles = makeStyles({
  form: { display: 'grid', gap: tokens.spacingVerticalM, maxWidth: '40rem', marginBlockEnd: tokens.spacingVerticalXL },
  times: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM },
});

/** The body POST /api/events takes, from the draft: times with their UK offset, an empty area list for all of Kent. */
function eventBody(d: EventDraft) {
  const instant = (local: string) => (local ? londonInstant(local) : null);
  return {
    title: d.title,
    description: d.description.trim() || null,
    areaIds: d.allKent ? [] : d.areaIds,
    audience: d.audience,
    venue: d.online ? null : d.venue,
    start: instant(d.start),
    end: instant(d.end),
    bookingCloses: instant(d.bookingCloses),
    capacity: d.capacity.trim() === '' ? null : Number(d.capacity),
    placesPerSchool: d.onePerSchool ? 1 : null,
  };
}

/** For officers: creates an event people book places at, for all of Kent or some areas, in person or online. */
export function EventForm(props: { onSaved: (note: string) => void; onCancel: () => void }) {
  const styles = useStyles();
  const { token } = useSession();
  const areas = useAreaChoices();
  const [draft, setDraft] = useState<EventDraft>(EMPTY);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string>();
  const [saving, setSaving] = useState(false);
  const set = (change: Partial<EventDraft>) => setDraft((d) => ({ ...d, ...change }));
  const areaProblem = Object.entries(problems).find(([field]) => field.startsWith('areaIds'))?.[1];

  const save = async () => {
    setProblems({});
    setRefusal(undefined);
    if (!draft.online && !draft.venue.trim()) {
      setProblems({ venue: 'Give the venue and its address, or tick Online.' });
      setRefusal('Not created: check the field marked below.');
      return;
    }
    setSaving(true);
    try {
      await callApi('/api/events', { token, method: 'POST', body: eventBody(draft) });
      props.onSaved(`Created "${draft.title.trim()}". Announce it when you are ready for people to book.`);
    } catch (e) {
      setProblems(e instanceof ApiError ? e.fieldErrors : {});
      setRefusal(refusalOf(e, 'Not created'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className={styles.form}
      aria-labelledby="event-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Title3 as="h2" id="event-form-title">
        New event
      </Title3>
      <Refusal message={refusal} />
      <Field label="Title" required validationMessage={problems.title}>
        <Input value={draft.title} onChange={(_, d) => set({ title: d.value })} maxLength={200} />
      </Field>
      <Field label="Description" validationMessage={problems.description}>
        <Textarea
          value={draft.description}
          onChange={(_, d) => set({ description: d.value })}
          maxLength={2000}
          resize="vertical"
        />
      </Field>
      <Checkbox
        label="For all of Kent"
        checked={draft.allKent}
        onChange={(_, d) => set({ allKent: d.checked === true })}
      />
      {!draft.allKent && (
        <CheckboxGroup
          label="Areas"
          choices={areas}
          selected={draft.areaIds}
          onChange={(id, on) =>
            set({ areaIds: on ? [...draft.areaIds, id] : draft.areaIds.filter((chosen) => chosen !== id) })
          }
          problem={areaProblem}
        />
      )}
      <ChoiceField
        label="For"
        value={draft.audience}
        onChange={(audience) => set({ audience })}
        choices={AUDIENCES}
        problem={problems.audience}
      />
      <Checkbox label="Online" checked={draft.online} onChange={(_, d) => set({ online: d.checked === true })} />
      {!draft.online && (
        <Field label="Venue and address" required validationMessage={problems.venue}>
          <Input value={draft.venue} onChange={(_, d) => set({ venue: d.value })} maxLength={300} />
        </Field>
      )}
      <div className={styles.times}>
        <Field label="Starts" required validationMessage={problems.start}>
          <Input type="datetime-local" value={draft.start} onChange={(_, d) => set({ start: d.value })} />
        </Field>
        <Field label="Ends" required validationMessage={problems.end}>
          <Input type="datetime-local" value={draft.end} onChange={(_, d) => set({ end: d.value })} />
        </Field>
        <Field label="Booking closes" required validationMessage={problems.bookingCloses}>
          <Input
            type="datetime-local"
            value={draft.bookingCloses}
            onChange={(_, d) => set({ bookingCloses: d.value })}
          />
        </Field>
      </div>
      <Field label="Places" required validationMessage={problems.capacity}>
        <Input type="number" min={1} value={draft.capacity} onChange={(_, d) => set({ capacity: d.value })} />
      </Field>
      <Field validationMessage={problems.placesPerSchool}>
        <Checkbox
          label="One place per school"
          checked={draft.onePerSchool}
          onChange={(_, d) => set({ onePerSchool: d.checked === true })}
        />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={saving}>
          Create the event
        </Button>
        <Button onClick={props.onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
