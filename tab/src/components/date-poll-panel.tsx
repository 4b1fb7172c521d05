import { Button, makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { callApi, refusalOf } from '../api/api-client';
import { useApi } from '../api/use-api';
import { useSession } from '../session/session-context';
import { DatePollAnswers } from './date-poll-answers';
import type { PollAction, PollJson } from './date-poll-json';
import { DatePollTally } from './date-poll-tally';
import { formatDateTime } from './dates';
import { Outcome } from './outcome';

const useStyles = makeStyles({
  panel: { display: 'grid', gap: tokens.spacingVerticalM, marginBlock: tokens.spacingVerticalL },
});

/**
 * A year's dates put to the community before they are made meetings (KCC's June/July meeting): those asked answer
 * here; the chair sees the answers, suggests another date for a month, and confirms. With no poll, a chair who has no
 * meetings for the year yet can ask the community first.
 */
export function DatePollPanel(props: {
  communityId: string;
  year: string;
  canStart: boolean;
  onConfirmed: () => void;
}) {
  const styles = useStyles();
  const { me, token } = useSession();
  const read = useApi<PollJson>(`/api/communities/${props.communityId}/cycles/${props.year}/poll`);
  const [note, setNote] = useState<string>();
  const [refusal, setRefusal] = useState<string>();
  const act: PollAction = (work, nothingDone) => {
    setNote(undefined);
    setRefusal(undefined);
    work().then(
      (said) => {
        setNote(said);
        read.reload();
        props.onConfirmed();
      },
      (e: unknown) => setRefusal(refusalOf(e, nothingDone)),
    );
  };
  const messages = <Outcome note={note} refusal={refusal} />;
  const poll = read.data;

  if (poll?.status !== 'open') {
    if (read.loading || read.status !== 404 || !props.canStart) return note ? messages : null;
    const start = () =>
      act(async () => {
        await callApi(`/api/communities/${props.communityId}/cycles/${props.year}/poll`, {
          token,
          method: 'POST',
          body: {},
        });
        return `The planner's dates for ${props.year} have gone to the community; their answers appear here.`;
      }, 'Nobody was asked');
    return (
      <section className={styles.panel} aria-label={`Ask the community about ${props.year}`}>
        {messages}
        <Text as="p" block>
          Before the {props.year} meetings are made, you can put the planner's dates to your schools' representatives,
          the SEN Inclusion Adviser and the link practitioners, and confirm them together.
        </Text>
        <div>
          <Button onClick={start}>Ask the community first</Button>
        </div>
      </section>
    );
  }

  const manager = poll.invitees !== undefined;
  const asked = !manager || poll.invitees?.some((i) => i.personId === me.id);
  return (
    <section className={styles.panel} aria-labelledby="poll-title">
      <Title3 as="h2" id="poll-title">
        {poll.academicYear} dates, asked of the community
      </Title3>
      <Text>Answers are open until {formatDateTime(poll.closesAt)}.</Text>
      {messages}
      {asked && <DatePollAnswers key={poll.dates.map((d) => d.start).join()} poll={poll} act={act} />}
      {manager && <DatePollTally poll={poll} act={act} />}
    </section>
  );
}
