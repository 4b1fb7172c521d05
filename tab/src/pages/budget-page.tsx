import {
  MessageBar,
  MessageBarBody,
  makeStyles,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Title2,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { useApi } from '../api/use-api';
import { AcademicYearSelect } from '../components/academic-year-select';
import { PotSplitChart, SpendByMeetingChart } from '../components/budget-charts';
import { BudgetEditor } from '../components/budget-editor';
import { CommunityPicker } from '../components/community-picker';
import { CountyBudgets } from '../components/county-budgets';
import { academicYearOf } from '../components/dates';
import { formatPence } from '../components/money';
import { PageControls } from '../components/page-controls';
import { useSession } from '../session/session-context';

/** The budget as GET /api/communities/{id}/budget returns it. */
interface Budget {
  communityName: string;
  academicYear: string;
  allocationPence: number;
  protections: { label: string; amountPence: number }[];
  potPence: number;
  committedPence: number;
  remainingPence: number;
  bySchool: { schoolId: string; name: string; approvedPence: number; requestCount: number }[];
  byMeeting: {
    meetingId: string | null;
    title: string;
    approvedPence: number;
    requestCount: number;
    approvedCount: number;
    waitingCount: number;
  }[];
}

const useStyles = makeStyles({
  figures: {
    display: 'grid',
    gridTemplateColumns: 'max-content max-content',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  section: { marginBlockStart: tokens.spacingVerticalXL },
});

/**
 * My community's budget: allocation, protections, pot, committed and remaining, by meeting and by school. Officers
 * see every community first, open one from the table, and set its budget.
 */
export function BudgetPage() {
  const styles = useStyles();
  const { me } = useSession();
  const officer = me.roles.some((r) => r.role === 'officer');
  const [communityId, setCommunityId] = useState<string>();
  const [communityName, setCommunityName] = useState<string>();
  const choose = useCallback((id: string, name: string) => {
    setCommunityId(id);
    setCommunityName(name);
  }, []);
  const [year, setYear] = useState(academicYearOf(new Date()));
  const [saved, setSaved] = useState<{ count: number; note?: string }>({ count: 0 });
  const read = useApi<Budget>(communityId ? `/api/communities/${communityId}/budget?year=${year}` : null);
  const b = read.data;

  return (
    <section aria-labelledby="page-title">
      <Title2 as="h1" block id="page-title">
        Budget
      </Title2>
      <PageControls>
        <CommunityPicker value={communityId} onChange={choose} />
        <AcademicYearSelect value={year} onChange={setYear} />
      </PageControls>
      {officer && (
        <CountyBudgets
          year={year}
          version={saved.count}
          onOpen={(id, name) => {
            choose(id, name);
            document.getElementById('community-budget')?.scrollIntoView();
          }}
        />
      )}
      <div id="community-budget" />
      {read.loading && <Spinner label="Loading the budget…" />}
      {read.error && (
        <MessageBar intent={read.error.includes('no budget') ? 'info' : 'error'}>
          <MessageBarBody>{read.error}</MessageBarBody>
        </MessageBar>
      )}
      {b && (
        <>
          <dl className={styles.figures} aria-label={`${b.communityName} budget for ${b.academicYear}`}>
            <dt>Allocation</dt>
            <dd data-testid="allocation">{formatPence(b.allocationPence)}</dd>
            {b.protections.map((p) => (
              <FigureRow key={p.label} label={`Less: ${p.label}`} value={`−${formatPence(p.amountPence)}`} />
            ))}
            <dt>
              <strong>Pot</strong>
            </dt>
            <dd data-testid="pot">
              <strong>{formatPence(b.potPence)}</strong>
            </dd>
            <dt>Committed</dt>
            <dd data-testid="committed">{formatPence(b.committedPence)}</dd>
            <dt>Remaining</dt>
            <dd data-testid="remaining">{formatPence(b.remainingPence)}</dd>
          </dl>
          <section className={styles.section} aria-labelledby="split-title">
            <Title3 as="h2" block id="split-title">
              How the pot is used
            </Title3>
            <PotSplitChart committedPence={b.committedPence} remainingPence={b.remainingPence} />
          </section>
          {b.byMeeting.length > 0 && (
            <section className={styles.section} aria-labelledby="meetings-title">
              <Title3 as="h2" block id="meetings-title">
                Approved at each meeting
              </Title3>
              <SpendByMeetingChart meetings={b.byMeeting} />
            </section>
          )}
          <section className={styles.section} aria-labelledby="schools-title">
            <Title3 as="h2" block id="schools-title">
              By school
            </Title3>
            <Table aria-labelledby="schools-title" size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>School</TableHeaderCell>
                  <TableHeaderCell>Requests</TableHeaderCell>
                  <TableHeaderCell>Approved</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {b.bySchool.map((s) => (
                  <TableRow key={s.schoolId}>
                    <TableCell>{s.name}</TableCell>
                    <TableCell>{s.requestCount}</TableCell>
                    <TableCell>{formatPence(s.approvedPence)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </section>
        </>
      )}
      {saved.note && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{saved.note}</MessageBarBody>
        </MessageBar>
      )}
      {officer && communityId && communityName && !read.loading && (
        <BudgetEditor
          key={`${communityId}-${year}-${saved.count}`}
          communityId={communityId}
          communityName={communityName}
          year={year}
          current={b}
          onSaved={(note) => {
            setSaved((s) => ({ count: s.count + 1, note }));
            read.reload();
          }}
        />
      )}
    </section>
  );
}

function FigureRow({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}
