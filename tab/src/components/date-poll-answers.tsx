import { Button, Field, Input, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { callApi } from '../api/api-client';
import { useSession } from '../session/session-context';
import type { PollAction, PollDateJson, PollJson } from './date-poll-json';
import { monthName } from './date-poll-json';
import { formatMeetingTime } from './dates';

/** One date's answer as typed: nothing chosen yet, works, or can't (with an optional reason). */
interface Draft {
  choice: '' | 'works' | 'cannot';
  reason: string;
}

const useStyles = makeStyles({
  form: { display: 'grid', gap: tokens.spacingVerticalM, maxWidth: '40rem' },
  date: { display: 'grid', gap: tokens.spacingVerticalXS },
});

/** What I answered before, as the form's starting point. */
function draftOf(d: PollDateJson): Draft {
  if (!d.mine) return { choice: '', reason: '' };
  return { choice: d.mine.works ? 'works' : 'cannot', reason: d.mine.reason ?? '' };
}

/** For those asked: Works or Can't make it for each date (with a reason), changeable until the chair confirms. */
export function DatePollAnswers({ poll, act }: { poll: PollJson; act: PollAction }) {
  const styles = useStyles();
  const { token } = useSession();
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() =>
    Object.fromEntries(poll.dates.map((d) => [d.month, draftOf(d)])),
  );
  const set = (month: string, change: Partial<Draft>) =>
    setDrafts((all) => ({ ...all, [month]: { ...(all[month] as Draft), ...change } }));
  const answers = poll.dates
    .filter((d) => drafts[d.month]?.choice)
    .map((d) => {
      const draft = drafts[d.month] as Draft;
      const works = draft.choice === 'works';
      return { month: d.month, works, ...(works || !draft.reason.trim() ? {} : { reason: draft.reason.trim() }) };
    });

  const send = () =>
    act(async () => {
      await callApi(`/api/polls/${poll.id}/answers`, { token, method: 'POST', body: { answers } });
      const left = poll.dates.length - answers.length;
      return left === 0
        ? 'Your answers are with the chair. You can change them until the dates are confirmed.'
        : `Your answers are with the chair; ${left === 1 ? 'one date is' : `${left} dates are`} still to answer.`;
    }, 'Your answers were not sent');

  return (
    <form
      className={styles.form}
      aria-label={`My answers for ${poll.academicYear}`}
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      {poll.dates.map((d) => {
        const draft = drafts[d.month] as Draft;
        return (
          <div className={styles.date} key={d.month}>
            <Field label={`${monthName(d.month)}: ${formatMeetingTime(d.start, d.end)}`}>
              <RadioGroup
                layout="horizontal"
                value={draft.choice}
                onChange={(_, data) => set(d.month, { choice: data.value as Draft['choice'] })}
              >
                <Radio value="works" label="Works" />
                <Radio value="cannot" label="Can't make it" />
              </RadioGroup>
            </Field>
            {draft.choice === 'cannot' && (
              <Field label={`Why not, for ${monthName(d.month)} (optional, no pupils' names)`}>
                <Input value={draft.reason} maxLength={300} onChange={(_, v) => set(d.month, { reason: v.value })} />
              </Field>
            )}
          </div>
        );
      })}
      <div>
        <Button type="submit" appearance="primary" disabled={answers.length === 0}>
          Send my answers
        </Button>
      </div>
    </form>
  );
}
