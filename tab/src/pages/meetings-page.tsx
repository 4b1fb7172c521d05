import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Title2,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { downloadFile } from '../api/download-file';
import { useApi } from '../api/use-api';
import { AcademicYearSelect } from '../components/academic-year-select';
import { CommunityPicker } from '../components/community-picker';
import { DatePollPanel } from '../components/date-poll-panel';
import { academicYearOf, formatMeetingTime, nearAcademicYears } from '../components/dates';
import { LoadState } from '../components/load-state';
import { NextMeetings } from '../components/next-meetings';
import { PageControls } from '../components/page-controls';
import { TermDatesForm } from '../components/term-dates-form';
import { useSession } from '../session/session-context';

/** A meeting as the API returns it. */
interface MeetingRow {
  id: string;
  title: string;
  start: string;
  end: string;
  status: 'planned' | 'creating' | 'created' | 'failed' | 'cancelled';
  joinUrl: string | null;
  cancelComment?: string;
}

const statusLabels: Record<MeetingRow['status'], string> = {
  planned: 'Being added',
  creating: 'Being added',
  created: 'In calendars',
  failed: 'Not created',
  cancelled: 'Cancelled',
};

/**
 * My communities' next meetings, then the year's meetings of one community, with join links and calendar files; a
 * year's dates being asked of the community (`?year=` opens that year); and, for officers, the year's term dates.
 */
export function MeetingsPage() {
  const { me, token } = useSession();
  const [searchParams] = useSearchParams();
  const [communityId, setCommunityId] = useState<string>();
  const thisYear = academicYearOf(new Date());
  const asked = searchParams.get('year');
  const [year, setYear] = useState(asked && nearAcademicYears().includes(asked) ? asked : thisYear);
  const meetings = useApi<{ calendar?: 'graph' | 'local'; meetings: MeetingRow[] }>(
    communityId ? `/api/communities/${communityId}/meetings?year=${year}` : null,
  );
  const [problem, setProblem] = useState<string>();
  const isChair = me.roles.some((r) => r.role === 'chair' && r.communityId === communityId);
  const isOfficer = me.roles.some((r) => r.role === 'officer');
  const now = Date.now();
  const rows = meetings.data?.meetings ?? [];
  const download = (path: string, name: string) =>
    downloadFile(path, token, name).catch((e: Error) => setProblem(e.message));

  return (
    <section aria-labelledby="page-title">
      <Title2 as="h1" block id="page-title">
        Meetings
      </Title2>
      <NextMeetings />
      <PageControls>
        <CommunityPicker value={communityId} onChange={setCommunityId} />
        <AcademicYearSelect value={year} onChange={setYear} />
        {rows.length > 0 && (
          <Button
            onClick={() => void download(`/api/communities/${communityId}/cycles/${year}.ics`, `meetings-${year}.ics`)}
          >
            Download all (.ics)
          </Button>
        )}
      </PageControls>
      {communityId && (
        <DatePollPanel
          key={`${communityId}:${year}`}
          communityId={communityId}
          year={year}
          canStart={(isChair || isOfficer) && !meetings.loading && rows.length === 0 && year >= thisYear}
          onConfirmed={meetings.reload}
        />
      )}
      {problem && (
        <MessageBar intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      <LoadState
        loading={meetings.loading}
        error={meetings.error}
        empty={rows.length === 0}
        loadingLabel="Loading meetings…"
      >
        No meetings are planned for {year} yet.
        {isChair
          ? ' Plan the year in the Communities of Schools chat: type "plan meetings" or choose Plan meetings. To agree the dates with your community first, choose Ask the community first.'
          : ' Your chair plans them; they will appear here.'}
      </LoadState>
      {rows.length > 0 && (
        <Table aria-label={`Meetings in ${year}`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>When</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
              <TableHeaderCell>Actions</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((m) => (
              <TableRow key={m.id}>
                <TableCell>
                  <Text weight={Date.parse(m.start) >= now ? 'semibold' : 'regular'}>
                    {formatMeetingTime(m.start, m.end)}
                  </Text>
                  {Date.parse(m.end) < now && <Badge appearance="outline">Past</Badge>}
                </TableCell>
                <TableCell>
                  {m.status === 'created' && meetings.data?.calendar === 'local'
                    ? 'Saved in the app: add it with the .ics'
                    : statusLabels[m.status]}
                  {m.cancelComment ? `: ${m.cancelComment}` : ''}
                </TableCell>
                <TableCell>
                  {m.joinUrl && m.status === 'created' && (
                    <Button as="a" href={m.joinUrl} target="_blank" rel="noopener" appearance="primary" size="small">
                      Join
                    </Button>
                  )}{' '}
                  {m.status !== 'cancelled' && (
                    <Button
                      size="small"
                      onClick={() => void download(`/api/meetings/${m.id}.ics`, `meeting-${m.start.slice(0, 10)}.ics`)}
                    >
                      Add to calendar (.ics)
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {isOfficer && (
        <Accordion collapsible>
          <AccordionItem value="terms">
            <AccordionHeader as="h2">Term dates for {year}</AccordionHeader>
            <AccordionPanel>
              <TermDatesForm key={year} year={year} />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </section>
  );
}
