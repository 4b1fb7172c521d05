import {
  Button,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Title2,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { Fragment, useState } from 'react';
import { useApi } from '../api/use-api';
import { CommunityPicker } from '../components/community-picker';
import { formatMeetingTime } from '../components/dates';
import { DecisionForm } from '../components/decision-form';
import { LoadState } from '../components/load-state';
import { formatPence } from '../components/money';
import { RequestDetail } from '../components/request-detail';
import { statusLabels } from '../components/request-labels';
import { useSession } from '../session/session-context';

/** A request on the agenda, as GET /api/communities/{id}/agenda lists it (no narrative). */
interface AgendaRequest {
  id: string;
  status: string;
  schoolName: string;
  pupilReference: string | null;
  yearGroup: string;
  areasOfNeedLabels: string[];
  amountPence: number;
}

/** The agenda of a community's next meeting. */
interface Agenda {
  communityName: string;
  meeting: { title: string; start: string; end: string } | null;
  requests: AgendaRequest[];
  carriedOver: AgendaRequest[];
  waiting: AgendaRequest[];
}

const useStyles = makeStyles({
  controls: { marginBlock: tokens.spacingVerticalL },
  section: { marginBlockStart: tokens.spacingVerticalL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** The chair's Agenda: the next meeting's funding requests, each to read and decide (officers see it, chairs decide). */
export function AgendaPage() {
  const styles = useStyles();
  const { me } = useSession();
  const [communityId, setCommunityId] = useState<string>();
  const [reading, setReading] = useState<string>();
  const [deciding, setDeciding] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const read = useApi<Agenda>(communityId ? `/api/communities/${communityId}/agenda` : null);
  const chair = me.roles.some((r) => r.role === 'chair' && r.communityId === communityId);
  const agenda = read.data;
  const decided = (message: string) => {
    setNotice(message);
    setDeciding(undefined);
    setReading(undefined);
    read.reload();
  };

  const table = (title: string, requests: AgendaRequest[]) =>
    requests.length > 0 && (
      <section className={styles.section} aria-label={title}>
        <Title3 as="h2" block>
          {title}
        </Title3>
        <Table aria-label={title} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Pupil reference</TableHeaderCell>
              <TableHeaderCell>School</TableHeaderCell>
              <TableHeaderCell>Year</TableHeaderCell>
              <TableHeaderCell>Needs</TableHeaderCell>
              <TableHeaderCell>Amount</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
              <TableHeaderCell>Actions</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {requests.map((r) => (
              <Fragment key={r.id}>
                <TableRow data-testid="agenda-row">
                  <TableCell>{r.pupilReference ?? 'Whole school'}</TableCell>
                  <TableCell>{r.schoolName}</TableCell>
                  <TableCell>{r.yearGroup}</TableCell>
                  <TableCell>{r.areasOfNeedLabels.join(', ')}</TableCell>
                  <TableCell>{formatPence(r.amountPence)}</TableCell>
                  <TableCell>{statusLabels[r.status] ?? r.status}</TableCell>
                  <TableCell>
                    <div className={styles.actions}>
                      <Button size="small" onClick={() => setReading(r.id)}>
                        Read
                      </Button>
                      {chair && (
                        <Button size="small" appearance="primary" onClick={() => setDeciding(r.id)}>
                          Decide
                        </Button>
                      )}
                    </div>
                  </TableCell>
                </TableRow>
                {deciding === r.id && (
                  <TableRow>
                    <TableCell colSpan={7}>
                      <DecisionForm requestId={r.id} onDecided={decided} />
                    </TableCell>
                  </TableRow>
                )}
              </Fragment>
            ))}
          </TableBody>
        </Table>
      </section>
    );

  return (
    <section aria-labelledby="page-title">
      <Title2 as="h1" block id="page-title">
        Agenda
      </Title2>
      <div className={styles.controls}>
        <CommunityPicker value={communityId} onChange={setCommunityId} />
      </div>
      {notice && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      <LoadState loading={read.loading} error={read.error} empty={false} loadingLabel="Loading the agenda…">
        {null}
      </LoadState>
      {agenda && (
        <>
          <Text block weight="semibold">
            {agenda.meeting
              ? `${agenda.meeting.title}: ${formatMeetingTime(agenda.meeting.start, agenda.meeting.end)}`
              : `${agenda.communityName} has no meeting planned yet: requests wait for the first one the chair plans.`}
          </Text>
          {reading && <RequestDetail requestId={reading} onClose={() => setReading(undefined)} onChanged={decided} />}
          {table('Carried over from earlier meetings', agenda.carriedOver)}
          {table('On the agenda', agenda.requests)}
          {table('Waiting for a meeting', agenda.waiting)}
          {agenda.requests.length + agenda.carriedOver.length + agenda.waiting.length === 0 && (
            <Text block>No funding requests are waiting for a decision.</Text>
          )}
        </>
      )}
    </section>
  );
}
