import {
  Badge,
  Field,
  makeStyles,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { usePagedApi } from '../api/use-paged-api';
import { LoadState } from '../components/load-state';
import { formatPence } from '../components/money';
import { ShowMore } from '../components/show-more';

/** A funding request as GET /api/funding-requests returns it. */
interface FundingRequestRow {
  id: string;
  status: string;
  schoolName: string;
  communityName: string;
  pupilReference: string;
  yearGroup: string;
  requestType: 'individual' | 'group' | 'wholeSchool';
  amountPence: number;
  submittedAt: string;
  agendaMeeting: { title: string; start: string } | null;
  decision: { outcome: string; amountPence: number | null; reason: string | null } | null;
}

const statusLabels: Record<string, string> = {
  submitted: 'Submitted',
  onAgenda: 'On the agenda',
  approved: 'Approved',
  declined: 'Declined',
  deferred: 'Deferred',
  signposted: 'Signposted',
  withdrawn: 'Withdrawn',
  revoked: 'Approval revoked',
};
const typeLabels = { individual: 'One pupil', group: 'A group', wholeSchool: 'Whole school' };

const useStyles = makeStyles({ controls: { marginBlock: tokens.spacingVerticalL, maxWidth: '16rem' } });

/** My school's (representative) or my community's (chair) funding requests, with status and decision. */
export function RequestsPage() {
  const styles = useStyles();
  const [status, setStatus] = useState('');
  const read = usePagedApi<FundingRequestRow>(`/api/funding-requests${status ? `?status=${status}` : ''}`);
  const rows = read.items;

  return (
    <section aria-labelledby="page-title">
      <Title2 as="h1" block id="page-title">
        Requests
      </Title2>
      <div className={styles.controls}>
        <Field label="Status">
          <Select value={status} onChange={(_, d) => setStatus(d.value)}>
            <option value="">All</option>
            {Object.entries(statusLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <LoadState loading={read.loading} error={read.error} empty={rows.length === 0} loadingLabel="Loading requests…">
        There are no funding requests {status ? `with the status "${statusLabels[status]}"` : 'yet'}.
      </LoadState>
      {rows.length > 0 && (
        <Table aria-label="Funding requests" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Pupil reference</TableHeaderCell>
              <TableHeaderCell>School</TableHeaderCell>
              <TableHeaderCell>Request</TableHeaderCell>
              <TableHeaderCell>Amount</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
              <TableHeaderCell>Decision</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.id}>
                <TableCell>{r.pupilReference}</TableCell>
                <TableCell>{r.schoolName}</TableCell>
                <TableCell>
                  {typeLabels[r.requestType]}, Year {r.yearGroup}
                </TableCell>
                <TableCell>{formatPence(r.amountPence)}</TableCell>
                <TableCell>
                  <Badge appearance="tint">{statusLabels[r.status] ?? r.status}</Badge>
                  {r.agendaMeeting && !r.decision && (
                    <Text size={200} block>
                      {r.agendaMeeting.title}
                    </Text>
                  )}
                </TableCell>
                <TableCell>
                  {r.decision?.amountPence != null && formatPence(r.decision.amountPence)}
                  {r.decision?.reason && (
                    <Text size={200} block>
                      {r.decision.reason}
                    </Text>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <ShowMore read={read} what="requests" />
    </section>
  );
}
