import { Badge, Button, makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { callApi } from '../api/api-client';
import { useApi } from '../api/use-api';
import { useSession } from '../session/session-context';
import { formatDateTime } from './dates';
import { LoadState } from './load-state';
import { formatPence } from './money';
import { Refusal } from './refusal';
import { statusLabels } from './request-labels';

/** One step of a request's history, as GET /api/funding-requests/{id} gives it. */
interface HistoryStep {
  event: string;
  at: string;
  by: string | null;
  meeting: string | null;
  amountPence: number | null;
  reason: string | null;
}

/** One request with its narrative and history. */
interface FullRequest {
  id: string;
  status: string;
  schoolId: string;
  schoolName: string;
  communityName: string;
  academicYear: string;
  pupilReference: string | null;
  yearGroup: string;
  requestType: string;
  groupSize: number | null;
  areasOfNeedLabels: string[];
  amountPence: number;
  periodStart: string;
  periodEnd: string;
  currentProvision: string;
  whatIsWorking: string;
  hopedForOutcomes: string;
  nextSteps: string;
  submittedAt: string;
  history: HistoryStep[];
}

const UNDECIDED = ['submitted', 'onAgenda', 'deferred'];

const useStyles = makeStyles({
  panel: {
    marginBlock: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    maxWidth: '48rem',
  },
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalL, margin: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, marginBlockStart: tokens.spacingVerticalM },
});

/** "Submitted by Amira Shah", "Approved £10,000.00 at Dover East, December 2026 by Helen Marsh: …". */
function describe(step: HistoryStep): string {
  const by = step.by ? ` by ${step.by}` : '';
  const at = step.meeting ? ` (${step.meeting})` : '';
  const money = step.amountPence != null ? ` ${formatPence(step.amountPence)}` : '';
  const why = step.reason ? `: ${step.reason}` : '';
  const what: Record<string, string> = {
    submitted: `Submitted${by}`,
    placedOnAgenda: `Put on the agenda${at}`,
    approved: `Approved${money}${at}${by}${why}`,
    declined: `Declined${at}${by}${why}`,
    deferred: `Deferred to a later meeting${at}${by}${why}`,
    signposted: `Signposted to a PRG service${by}${why}`,
    revoked: `Approval revoked${by}${why}`,
    withdrawn: `Withdrawn${by}`,
  };
  return what[step.event] ?? step.event;
}

/** An opened request: its facts, the narrative, what happened to it and who did it; its representative may withdraw it. */
export function RequestDetail(props: { requestId: string; onClose: () => void; onChanged: (message: string) => void }) {
  const styles = useStyles();
  const { me, token } = useSession();
  const read = useApi<FullRequest>(`/api/funding-requests/${props.requestId}`);
  const [confirming, setConfirming] = useState(false);
  const [refusal, setRefusal] = useState<string>();
  const r = read.data;
  const mine = r && me.roles.some((role) => role.role === 'representative' && role.schoolId === r.schoolId);

  const withdraw = async () => {
    try {
      await callApi(`/api/funding-requests/${props.requestId}/withdraw`, { token, method: 'POST' });
      props.onChanged(
        `Withdrawn: ${r?.pupilReference ?? 'the whole-school request'}. The chair no longer sees it on the agenda.`,
      );
    } catch (error) {
      setRefusal((error as Error).message);
    }
  };

  return (
    <section className={styles.panel} aria-labelledby="request-title">
      <LoadState loading={read.loading} error={read.error} empty={false} loadingLabel="Opening the request…">
        {null}
      </LoadState>
      {r && (
        <>
          <Title3 as="h2" block id="request-title">
            {r.pupilReference ?? 'Whole-school provision'}, {r.schoolName}{' '}
            <Badge appearance="tint">{statusLabels[r.status] ?? r.status}</Badge>
          </Title3>
          <dl className={styles.facts}>
            <dt>Community</dt>
            <dd>
              {r.communityName}, {r.academicYear}
            </dd>
            <dt>Year group</dt>
            <dd>{r.yearGroup}</dd>
            <dt>Areas of need</dt>
            <dd>{r.areasOfNeedLabels.join(', ')}</dd>
            <dt>Amount</dt>
            <dd>{formatPence(r.amountPence)}</dd>
            <dt>Period</dt>
            <dd>
              {r.periodStart} to {r.periodEnd}
            </dd>
            <dt>Provision in place</dt>
            <dd>{r.currentProvision}</dd>
            <dt>What is working</dt>
            <dd>{r.whatIsWorking}</dd>
            <dt>Hoped-for outcomes</dt>
            <dd>{r.hopedForOutcomes}</dd>
            <dt>Next steps</dt>
            <dd>{r.nextSteps}</dd>
          </dl>
          <Title3 as="h3" block>
            History
          </Title3>
          <ol aria-label="History">
            {r.history.length === 0 && (
              <li>
                <Text>Submitted</Text> <Text size={200}>{formatDateTime(r.submittedAt)}</Text>
              </li>
            )}
            {r.history.map((step) => (
              <li key={`${step.event}-${step.at}`}>
                <Text>{describe(step)}</Text> <Text size={200}>{formatDateTime(step.at)}</Text>
              </li>
            ))}
          </ol>
          <Refusal message={refusal} />
          <div className={styles.actions}>
            {mine && UNDECIDED.includes(r.status) && !confirming && (
              <Button onClick={() => setConfirming(true)}>Withdraw this request</Button>
            )}
            {confirming && (
              <>
                <Text>Withdraw it? The chair will no longer see it.</Text>
                <Button appearance="primary" onClick={withdraw}>
                  Yes, withdraw
                </Button>
                <Button onClick={() => setConfirming(false)}>Keep it</Button>
              </>
            )}
            <Button appearance="subtle" onClick={props.onClose}>
              Close
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
