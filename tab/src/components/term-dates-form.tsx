import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { callApi } from '../api/api-client';
import { useApi } from '../api/use-api';
import { useSession } from '../session/session-context';
import { Outcome } from './outcome';
import { Refusal } from './refusal';
import { useFormSend } from './use-form-send';

/** One term's first and last days, as GET and PUT /api/academic-years/{year}/terms have them. */
interface TermRow {
  term: number;
  startsOn: string;
  endsOn: string;
}

/** Kent's schools have six terms a year. */
const TERMS = [1, 2, 3, 4, 5, 6];

const useStyles = makeStyles({
  form: { display: 'grid', gap: tokens.spacingVerticalM, maxWidth: '36rem' },
  term: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-start' },
});

/** The six rows of the form: the year's terms as stored, blanks where there are none. */
function rowsFrom(terms: TermRow[] | undefined): TermRow[] {
  return TERMS.map((term) => terms?.find((t) => t.term === term) ?? { term, startsOn: '', endsOn: '' });
}

/** What is missing before the form can be sent, by the API's field names. */
function blanks(rows: TermRow[]): Record<string, string> {
  const problems: Record<string, string> = {};
  rows.forEach((t, i) => {
    if (!t.startsOn) problems[`terms[${i}].startsOn`] = `Give term ${t.term}'s first day.`;
    if (!t.endsOn) problems[`terms[${i}].endsOn`] = `Give term ${t.term}'s last day.`;
  });
  return problems;
}

/**
 * For officers: an academic year's six terms, which planning meetings needs (KCC publishes them a year or two
 * ahead). Shows what the app holds, and adds or corrects them.
 */
export function TermDatesForm({ year }: { year: string }) {
  const styles = useStyles();
  const { token } = useSession();
  const read = useApi<{ academicYear: string; terms: TermRow[] }>(`/api/academic-years/${year}/terms`);
  const [draft, setDraft] = useState<TermRow[]>();
  const { problems, refusal, sending, send, refuse } = useFormSend();
  const [note, setNote] = useState<string>();
  const rows = draft ?? rowsFrom(read.data?.terms);
  const missing = read.status === 404;
  const set = (i: number, change: Partial<TermRow>) =>
    setDraft(rows.map((row, at) => (at === i ? { ...row, ...change } : row)));

  const save = () => {
    setNote(undefined);
    const empty = blanks(rows);
    if (Object.keys(empty).length > 0) {
      refuse(empty, 'Not saved: give the first and last day of every term.');
      return;
    }
    void send(async () => {
      await callApi(`/api/academic-years/${year}/terms`, { token, method: 'PUT', body: { terms: rows } });
      setNote(`Term dates for ${year} saved: meetings can now be planned for ${year}.`);
      setDraft(undefined);
      read.reload();
    }, 'Not saved');
  };

  if (read.loading) return null;
  if (read.error && !missing) return <Refusal message={read.error} />;
  return (
    <form
      className={styles.form}
      aria-label={`Term dates for ${year}`}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <Text as="p" block>
        {missing
          ? `Term dates for ${year} are not in the app yet, so nobody can plan meetings for ${year}. Add them as KCC publishes them.`
          : `The term dates meetings for ${year} are planned around. Correct them here if KCC changes them.`}
      </Text>
      <Outcome note={note} refusal={refusal} />
      {rows.map((t, i) => (
        <div className={styles.term} key={t.term}>
          <Field label={`Term ${t.term} starts`} validationMessage={problems[`terms[${i}].startsOn`]}>
            <Input type="date" value={t.startsOn} onChange={(_, d) => set(i, { startsOn: d.value })} />
          </Field>
          <Field
            label={`Term ${t.term} ends`}
            validationMessage={problems[`terms[${i}].endsOn`] ?? problems[`terms[${i}]`]}
          >
            <Input type="date" value={t.endsOn} onChange={(_, d) => set(i, { endsOn: d.value })} />
          </Field>
        </div>
      ))}
      <div>
        <Button type="submit" appearance="primary" disabled={sending}>
          Save the term dates for {year}
        </Button>
      </div>
    </form>
  );
}
