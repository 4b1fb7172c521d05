import {
  Badge,
  Button,
  Card,
  CardHeader,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { downloadFile } from '../api/download-file';
import { useApi } from '../api/use-api';
import { useSession } from '../session/session-context';
import { formatMeetingTime } from './dates';
import { LoadState } from './load-state';
import { formatPence } from './money';

/** One of my communities and its next meeting, as GET /api/next-meetings returns it. */
interface CommunityNextMeeting {
  communityId: string;
  communityName: string;
  chairs: string[];
  meeting: { id: string; start: string; end: string; joinUrl: string | null; invited: string[] } | null;
  requests: { requestId: string; schoolName: string; yearGroup: string; amountPence: number; mySchool: boolean }[];
  requestsOnAgenda: number;
  forServices: string[] | null;
}

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gap: tokens.spacingVerticalM,
    gridTemplateColumns: 'repeat(auto-fill, minmax(20rem, 1fr))',
    padding: 0,
    marginBlockEnd: tokens.spacingVerticalXL,
  },
  item: { listStyle: 'none' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
});

/**
 * "Next meetings": for each of my communities, when the next meeting is, how to join, what is on its agenda, and its
 * calendar file. A card's "Add to calendar" opens the page with `?meeting=…`: that meeting's button is the primary one.
 */
export function NextMeetings() {
  const styles = useStyles();
  const { token } = useSession();
  const [searchParams] = useSearchParams();
  const wanted = searchParams.get('meeting');
  const [problem, setProblem] = useState<string>();
  const read = useApi<{ communities: CommunityNextMeeting[] }>('/api/next-meetings');
  const communities = read.data?.communities ?? [];
  const addToCalendar = (meeting: { id: string; start: string }) =>
    downloadFile(`/api/meetings/${meeting.id}.ics`, token, `meeting-${meeting.start.slice(0, 10)}.ics`).catch(
      (e: Error) => setProblem(e.message),
    );
  if (!read.loading && !read.error && communities.length === 0) return null;
  return (
    <section aria-labelledby="next-title">
      <Title3 as="h2" block id="next-title">
        Next meetings
      </Title3>
      <LoadState loading={read.loading} error={read.error} empty={false} loadingLabel="Loading your next meetings…">
        {null}
      </LoadState>
      {problem && (
        <MessageBar intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.grid}>
        {communities.map((c) => (
          <li key={c.communityId} className={styles.item}>
            <Card aria-label={c.communityName}>
              <CardHeader
                header={<Text weight="semibold">{c.communityName}</Text>}
                description={<Text size={200}>Chair: {c.chairs.join(' and ') || 'not named yet'}</Text>}
              />
              <NextMeetingBody community={c} wanted={wanted} onAddToCalendar={addToCalendar} />
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}

function NextMeetingBody({
  community: c,
  wanted,
  onAddToCalendar,
}: {
  community: CommunityNextMeeting;
  wanted: string | null;
  onAddToCalendar: (meeting: { id: string; start: string }) => void;
}) {
  const styles = useStyles();
  if (!c.meeting) {
    return <Text>No meeting is planned yet. {c.chairs.join(' and ') || 'The chair'} plans the year's meetings.</Text>;
  }
  const mine = c.requests.filter((r) => r.mySchool).length;
  return (
    <>
      <Text weight="semibold">{formatMeetingTime(c.meeting.start, c.meeting.end)}</Text>
      <Text size={200}>
        {c.forServices
          ? `${c.requests.length} of ${c.requestsOnAgenda} funding requests on the agenda name your service.`
          : `${c.requestsOnAgenda} funding requests on the agenda${mine > 0 ? `, ${mine} from your school` : ''}.`}
      </Text>
      {c.requests.length > 0 && (
        <ul>
          {c.requests.map((r) => (
            <li key={r.requestId}>
              {r.schoolName}, {r.yearGroup === 'R' ? 'Reception' : `Year ${r.yearGroup}`}: {formatPence(r.amountPence)}{' '}
              {r.mySchool && <Badge appearance="tint">Your school</Badge>}
            </li>
          ))}
        </ul>
      )}
      {!c.meeting.joinUrl && <Text size={200}>The join link arrives once the meeting is in calendars.</Text>}
      <div className={styles.actions}>
        {c.meeting.joinUrl && (
          <a href={c.meeting.joinUrl} target="_blank" rel="noopener">
            Join in Teams
          </a>
        )}
        <Button
          size="small"
          appearance={wanted === c.meeting.id ? 'primary' : 'secondary'}
          aria-label={`Add to calendar (.ics): the meeting on ${formatMeetingTime(c.meeting.start, c.meeting.end)}`}
          onClick={() => c.meeting && onAddToCalendar(c.meeting)}
        >
          Add to calendar (.ics)
        </Button>
      </div>
    </>
  );
}
