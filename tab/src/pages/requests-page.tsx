import {
  Badge,
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
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
import { useCommunityChoices } from '../components/community-picker';
import { nearAcademicYears } from '../components/dates';
import { LoadState } from '../components/load-state';
import { formatPence } from '../components/money';
import { PageControls } from '../components/page-controls';
import { RequestDetail } from '../components/request-detail';
import { RequestForm } from '../components/request-form';
import { statusLabels, typeLabels } from '../components/request-labels';
import { ShowMore } from '../components/show-more';
import { useSession } from '../session/session-context';

/** A funding request as GET /api/funding-requests returns it. */
interface FundingRequestRow {
  id: string;
  status: string;
  schoolName: string;
  communityName: string;
  academicYear: string;
  pupilReference: string | null;
  yearGroup: string;
  requestType: string;
  amountPence: number;
  agendaMeeting: { title: string; start: string } | null;
  decision: {
    outcome: string;
    amountPence: number | null;
    reason: string | null;
    signpostedTo: { name: string } | null;
    deferredTo: { title: string } | null;
  } | null;
}

/**
 * Funding requests: my school's (representative), my communities' (chair), filtered by status, community and year.
 * A representative submits a new one here; anyone who may see a request opens it, and its representative withdraws it.
 */
export function RequestsPage() {
  const { me } = useSession();
  const representative = me.roles.some((r) => r.role === 'representative');
  const communities = useCommunityChoices();
  const [status, setStatus] = useState('');
  const [communityId, setCommunityId] = useState('');
  const [year, setYear] = useState('');
  const [writing, setWriting] = useState(false);
  const [opened, setOpened] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const query = new URLSearchParams({
    ...(status ? { status } : {}),
    ...(communityId ? { communityId } : {}),
    ...(year ? { year } : {}),
  }).toString();
  const read = usePagedApi<FundingRequestRow>(`/api/funding-requests${query ? `?${query}` : ''}`);
  const rows = read.items;
  const changed = (message: string) => {
    setNotice(message);
    setWriting(false);
    setOpened(undefined);
    read.reload();
  };

  return (
    <section aria-labelledby="page-title">
      <Title2 as="h1" block id="page-title">
        Requests
      </Title2>
      {notice && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {representative && !writing && (
        <Button
          appearance="primary"
          onClick={() => setWriting(true)}
          style={{ marginBlockStart: tokens.spacingVerticalM }}
        >
          New request
        </Button>
      )}
      {writing && <RequestForm onSubmitted={changed} />}
      {opened && <RequestDetail requestId={opened} onClose={() => setOpened(undefined)} onChanged={changed} />}
      <PageControls>
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
        {communities.length > 1 && (
          <Field label="Community">
            <Select value={communityId} onChange={(_, d) => setCommunityId(d.value)}>
              <option value="">All my communities</option>
              {communities.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Field label="Year">
          <Select value={year} onChange={(_, d) => setYear(d.value)}>
            <option value="">All years</option>
            {nearAcademicYears().map((y) => (
              <option key={y}>{y}</option>
            ))}
          </Select>
        </Field>
      </PageControls>
      <LoadState loading={read.loading} error={read.error} empty={rows.length === 0} loadingLabel="Loading requests…">
        There are no funding requests {query ? 'that match' : 'yet'}.
      </LoadState>
      {rows.length > 0 && (
        <Table aria-label="Funding requests" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Pupil reference</TableHeaderCell>
              <TableHeaderCell>School</TableHeaderCell>
              <TableHeaderCell>Community</TableHeaderCell>
              <TableHeaderCell>Year</TableHeaderCell>
              <TableHeaderCell>Request</TableHeaderCell>
              <TableHeaderCell>Amount</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
              <TableHeaderCell>Decision</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.id} data-testid="request-row">
                <TableCell>
                  <Link onClick={() => setOpened(r.id)}>{r.pupilReference ?? 'Whole school'}</Link>
                </TableCell>
                <TableCell>{r.schoolName}</TableCell>
                <TableCell>{r.communityName}</TableCell>
                <TableCell>{r.academicYear}</TableCell>
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
                  {r.decision?.signpostedTo && <Text block>Signposted to {r.decision.signpostedTo.name}</Text>}
                  {r.decision?.deferredTo && <Text block>Deferred to {r.decision.deferredTo.title}</Text>}
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
