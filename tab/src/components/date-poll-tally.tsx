import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { callApi } from '../api/api-client';
import { useSession } from '../session/session-context';
import type { PollAction, PollJson } from './date-poll-json';
import { monthName } from './date-poll-json';
import { formatMeetingTime } from './dates';

/** For the chair and officers: each date's answers by name, Suggest another date where someone can't, and Confirm. */
export function DatePollTally({ poll, act }: { poll: PollJson; act: PollAction }) {
  const { token } = useSession();
  const names = new Map((poll.invitees ?? []).map((i) => [i.personId, i.displayName]));
  const nameOf = (id: string) => names.get(id) ?? 'Someone no longer asked';
  const open = poll.status === 'open';

  const suggest = (month: string) =>
    act(async () => {
      await callApi(`/api/polls/${poll.id}/dates/${month}/replan`, { token, method: 'POST' });
      return `A new date for ${monthName(month)} has gone to everyone asked; only that month is asked again.`;
    }, 'No new date');
  const confirm = () =>
    act(async () => {
      await callApi(`/api/polls/${poll.id}/confirm`, { token, method: 'POST' });
      return `Confirmed: ${poll.communityName}'s ${poll.academicYear} meetings are being added to calendars.`;
    }, 'Not confirmed');

  return (
    <>
      <Table aria-label={`Answers for ${poll.academicYear}`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Date</TableHeaderCell>
            <TableHeaderCell>Works</TableHeaderCell>
            <TableHeaderCell>Can't make it</TableHeaderCell>
            <TableHeaderCell>Not answered</TableHeaderCell>
            {open && <TableHeaderCell>Actions</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {poll.dates.map((d) => (
            <TableRow key={d.month}>
              <TableCell>{formatMeetingTime(d.start, d.end)}</TableCell>
              <TableCell>{d.works?.length ?? 0}</TableCell>
              <TableCell>
                {(d.cannot ?? []).map((c) => (
                  <Text block key={c.personId}>
                    {nameOf(c.personId)}
                    {c.reason ? `: ${c.reason}` : ''}
                  </Text>
                ))}
              </TableCell>
              <TableCell>{(d.pending ?? []).map(nameOf).join(', ')}</TableCell>
              {open && (
                <TableCell>
                  {(d.cannot?.length ?? 0) > 0 && (
                    <Button size="small" onClick={() => suggest(d.month)}>
                      Suggest another date for {monthName(d.month)}
                    </Button>
                  )}
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {open && (
        <div>
          <Button appearance="primary" onClick={confirm}>
            Confirm these dates
          </Button>
        </div>
      )}
    </>
  );
}
