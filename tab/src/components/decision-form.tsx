import {
  Button,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { ApiError, callApi, refusalOf } from '../api/api-client';
import { useApi } from '../api/use-api';
import { useSession } from '../session/session-context';
import { ChoiceField } from './choice-field';
import { formatDay } from './dates';
import { LoadState } from './load-state';
import { formatPence, parsePounds } from './money';
import { Refusal } from './refusal';

/** The decision's choices as GET /api/funding-requests/{id}/decision-options gives them. */
interface DecisionOptions {
  request: { pupilReference: string | null; schoolName: string; amountPence: number };
  laterMeetings: { id: string; title: string; start: string }[];
  prgServices: { id: string; name: string }[];
  remainingPence: number | null;
}

type Outcome = 'approved' | 'declined' | 'deferred' | 'signposted';

const useStyles = makeStyles({
  form: { display: 'grid', gap: tokens.spacingVerticalM, maxWidth: '36rem', marginBlock: tokens.spacingVerticalM },
});

/** "Approved £10,000.00 of £14,000.00 for Y5-223", and the like for each outcome. */
function confirmation(outcome: Outcome, amountPence: number | undefined, options: DecisionOptions, where: string) {
  const { request } = options;
  const what = request.pupilReference ?? `${request.schoolName}'s whole-school request`;
  if (outcome === 'approved') {
    const of = amountPence === request.amountPence ? '' : ` of ${formatPence(request.amountPence)}`;
    return `Approved ${formatPence(amountPence ?? request.amountPence)}${of} for ${what}.`;
  }
  if (outcome === 'declined') return `Declined ${what}. The school is told why.`;
  if (outcome === 'deferred') return `Deferred ${what} to ${where}.`;
  return `Signposted ${what} to ${where}.`;
}

/** The chair's decision on one request: approve (all or part, with a reason), decline, defer or signpost. */
export function DecisionForm({ requestId, onDecided }: { requestId: string; onDecided: (message: string) => void }) {
  const styles = useStyles();
  const { token } = useSession();
  const read = useApi<DecisionOptions>(`/api/funding-requests/${requestId}/decision-options`);
  const [outcome, setOutcome] = useState<Outcome>('approved');
  const [amount, setAmount] = useState<string>();
  const [reason, setReason] = useState('');
  const [meetingId, setMeetingId] = useState('');
  const [serviceId, setServiceId] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string>();
  const options = read.data;
  if (!options) {
    return (
      <LoadState loading={read.loading} error={read.error} empty={false} loadingLabel="Loading the choices…">
        {null}
      </LoadState>
    );
  }
  const typedAmount = amount ?? (options.request.amountPence / 100).toFixed(2);
  const amountPence = outcome === 'approved' ? parsePounds(typedAmount) : undefined;
  const remaining = options.remainingPence;

  const decide = async () => {
    if (outcome === 'approved' && amountPence === undefined) {
      return setProblems({ amountPence: 'Give the amount in pounds, for example £2,500 or 2500.50.' });
    }
    setProblems({});
    setRefusal(undefined);
    try {
      await callApi(`/api/funding-requests/${requestId}/decision`, {
        token,
        method: 'POST',
        body: {
          outcome,
          ...(outcome === 'approved' ? { amountPence } : {}),
          ...(reason.trim() ? { reason } : {}),
          ...(outcome === 'deferred' && meetingId ? { deferredToMeetingId: meetingId } : {}),
          ...(outcome === 'signposted' && serviceId ? { prgServiceId: serviceId } : {}),
        },
      });
      const where =
        outcome === 'deferred'
          ? (options.laterMeetings.find((m) => m.id === meetingId)?.title ?? 'a later meeting')
          : (options.prgServices.find((s) => s.id === serviceId)?.name ?? 'a PRG service');
      onDecided(confirmation(outcome, amountPence, options, where));
    } catch (error) {
      setProblems(error instanceof ApiError ? error.fieldErrors : {});
      setRefusal(refusalOf(error, 'Nothing was recorded'));
    }
  };

  return (
    <form
      className={styles.form}
      aria-label={`Decide ${options.request.pupilReference ?? options.request.schoolName}`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void decide();
      }}
    >
      <Refusal message={refusal} />
      <Field label="Decision" validationMessage={problems.outcome}>
        <RadioGroup value={outcome} onChange={(_, d) => setOutcome(d.value as Outcome)}>
          <Radio value="approved" label="Approve" />
          <Radio value="declined" label="Decline" />
          <Radio value="deferred" label="Defer to a later meeting" disabled={options.laterMeetings.length === 0} />
          <Radio value="signposted" label="Signpost to a PRG service" />
        </RadioGroup>
      </Field>
      {outcome === 'approved' && (
        <>
          <Field
            label={`Amount to approve (£), up to ${formatPence(options.request.amountPence)}`}
            validationMessage={problems.amountPence}
          >
            <Input value={typedAmount} onChange={(_, d) => setAmount(d.value)} inputMode="decimal" />
          </Field>
          {remaining !== null && (
            <Text data-testid="pot-before-after">
              The pot has {formatPence(remaining)} left
              {amountPence !== undefined && `; after this approval, ${formatPence(remaining - amountPence)}`}.
            </Text>
          )}
        </>
      )}
      {outcome === 'deferred' && (
        <ChoiceField
          label="Later meeting"
          required
          value={meetingId}
          onChange={setMeetingId}
          choices={options.laterMeetings.map((m) => ({ id: m.id, name: `${m.title} (${formatDay(m.start)})` }))}
          placeholder="Choose a meeting"
          problem={problems.deferredToMeetingId}
        />
      )}
      {outcome === 'signposted' && (
        <ChoiceField
          label="PRG service"
          required
          value={serviceId}
          onChange={setServiceId}
          choices={options.prgServices}
          placeholder="Choose a service"
          problem={problems.prgServiceId}
        />
      )}
      <Field label="Reason (the school is told; never name a pupil)" validationMessage={problems.reason}>
        <Textarea value={reason} onChange={(_, d) => setReason(d.value)} maxLength={2000} resize="vertical" />
      </Field>
      <div>
        <Button type="submit" appearance="primary">
          Record the decision
        </Button>
      </div>
    </form>
  );
}
