import { Badge, Card, CardHeader, makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { useApi } from '../api/use-api';
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
});

/** "Next meetings": for each of my communities, when the next meeting is, how to join, and what is on its agenda. */
export function NextMeetings() {
  const styles = useStyles();
  const read = useApi<{ communities: CommunityNextMeeting[] }>('/api/next-meetings');
  const communities = read.data?.communities ?? [];
  if (!read.loading && !read.error && communities.length === 0) return null;
  return (
    <section aria-labelledby="next-title">
      <Title3 as="h2" block id="next-title">
        Next meetings
      </Title3>
      <LoadState loading={read.loading} error={read.error} empty={false} loadingLabel="Loading your next meetings…">
        {null}
      </LoadState>
      <ul className={styles.grid}>
        {communities.map((c) => (
          <li key={c.communityId} className={styles.item}>
            <Card aria-label={c.communityName}>
              <CardHeader
                header={<Text weight="semibold">{c.communityName}</Text>}
                description={<Text size={200}>Chair: {c.chairs.join(' and ') || 'not named yet'}</Text>}
              />
              <NextMeetingBody community={c} />
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}

function NextMeetingBody({ community: c }: { community: CommunityNextMeeting }) {
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
      {c.meeting.joinUrl ? (
        <a href={c.meeting.joinUrl} target="_blank" rel="noopener">
          Join in Teams
        </a>
      ) : (
        <Text size={200}>The join link arrives once the meeting is in calendars.</Text>
      )}
    </>
  );
}
