import { Button, Field, Input, makeStyles, Select, Text, Textarea, Title3, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { ApiError, callApi, refusalOf } from '../api/api-client';
import { useApi } from '../api/use-api';
import { useSession } from '../session/session-context';
import { CheckboxGroup } from './checkbox-group';
import { ChoiceField } from './choice-field';
import { LoadState } from './load-state';
import { formatPence, parsePounds } from './money';
import { Refusal } from './refusal';
import { emptyDraft, type RequestDraft, requestDrafts } from './request-draft';

/** The form's choices as GET /api/funding-request-form gives them. */
interface FormOptions {
  schools: {
    id: string;
    name: string;
    communityName: string;
    submission?: { summary: string; joins: { title: string } | null };
  }[];
  prgServices: { id: string; name: string }[];
  yearGroups: string[];
  areasOfNeed: { id: string; label: string }[];
}

const NARRATIVE = [
  ['currentProvision', 'Provision already in place (including what the notional SEN budget funds)'],
  ['whatIsWorking', 'What is working'],
  ['hopedForOutcomes', 'Hoped-for outcomes'],
  ['nextSteps', 'Next steps'],
] as const;

const useStyles = makeStyles({
  form: { display: 'grid', gap: tokens.spacingVerticalM, maxWidth: '40rem', marginBlock: tokens.spacingVerticalL },
  pair: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
});

const yearLabel = (y: string) =>
  y === 'R' ? 'Year R (Reception)' : Number(y) >= 12 ? `Year ${y} (sixth form)` : `Year ${y}`;

const AMOUNT_AS_TYPED = 'Give the amount in pounds, for example £2,500 or 2500.50.';

/** The body POST /api/funding-requests takes, from the draft (without an amount that is not money as typed). */
function requestBody(draft: RequestDraft, schoolId: string): Record<string, unknown> {
  const v = draft.values;
  return {
    schoolId,
    pupilReference: v.pupilReference ?? '',
    yearGroup: v.yearGroup,
    requestType: v.requestType,
    ...(v.requestType === 'group' ? { groupSize: Number(v.groupSize) } : {}),
    areasOfNeed: draft.areasOfNeed,
    currentProvision: v.currentProvision ?? '',
    whatIsWorking: v.whatIsWorking ?? '',
    hopedForOutcomes: v.hopedForOutcomes ?? '',
    nextSteps: v.nextSteps ?? '',
    amountPence: parsePounds(v.amount ?? ''),
    periodStart: v.periodStart,
    periodEnd: v.periodEnd,
    prgServiceIds: draft.prgServiceIds,
  };
}

/** "New request" in the tab: the card's fields and rules; the draft survives a reload and is submitted once. */
export function RequestForm({ onSubmitted }: { onSubmitted: (message: string) => void }) {
  const styles = useStyles();
  const { me, token } = useSession();
  const options = useApi<FormOptions>('/api/funding-request-form');
  const [draft, setDraft] = useState<RequestDraft>(() => requestDrafts.read(me.id) ?? emptyDraft());
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string>();
  const [busy, setBusy] = useState(false);
  useEffect(() => requestDrafts.write(me.id, draft), [me.id, draft]);

  const schools = options.data?.schools ?? [];
  const schoolId = draft.values.schoolId || schools[0]?.id || '';
  const school = schools.find((s) => s.id === schoolId);
  const set = (field: string, value: string) => setDraft((d) => ({ ...d, values: { ...d.values, [field]: value } }));
  const toggle = (list: 'areasOfNeed' | 'prgServiceIds', id: string, on: boolean) =>
    setDraft((d) => ({ ...d, [list]: on ? [...d[list], id] : d[list].filter((x) => x !== id) }));
  const problem = (field: string) => problems[field];

  const submit = async () => {
    const body = requestBody(draft, schoolId);
    // An amount that is not money is sent as none, so the service names every other problem in the same answer.
    const typed: Record<string, string> = body.amountPence === undefined ? { amountPence: AMOUNT_AS_TYPED } : {};
    setProblems({});
    setRefusal(undefined);
    setBusy(true);
    try {
      await callApi('/api/funding-requests', {
        token,
        method: 'POST',
        body,
        idempotencyKey: draft.idempotencyKey,
      });
      requestDrafts.clear(me.id);
      setDraft(emptyDraft());
      const joins = school?.submission?.joins;
      onSubmitted(
        `Sent: ${String(body.pupilReference || 'whole-school provision')}, ${formatPence(Number(body.amountPence))}. ${
          joins ? `It goes to ${joins.title}.` : 'It waits for the next meeting the chair plans.'
        }`,
      );
    } catch (error) {
      setProblems({ ...(error instanceof ApiError ? error.fieldErrors : {}), ...typed });
      setRefusal(refusalOf(error, 'Nothing was sent'));
    } finally {
      setBusy(false);
    }
  };

  if (options.loading || options.error || schools.length === 0) {
    return (
      <LoadState
        loading={options.loading}
        error={options.error}
        empty={schools.length === 0}
        loadingLabel="Loading the form…"
      >
        Only a school's registered representative can request funding.
      </LoadState>
    );
  }
  return (
    <form
      className={styles.form}
      noValidate
      aria-labelledby="request-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Title3 as="h2" id="request-form-title">
        Request funding
      </Title3>
      <Text>
        Never name a pupil: use your school's own reference. Schools meet the first £6,000 per pupil from the notional
        SEN budget.
      </Text>
      {school?.submission && (
        <Text weight="semibold" data-testid="submission-window">
          {school.submission.summary}
        </Text>
      )}
      <Refusal message={refusal} />
      {schools.length > 1 && (
        <ChoiceField
          label="School"
          required
          value={schoolId}
          onChange={(id) => set('schoolId', id)}
          choices={schools}
          problem={problem('schoolId')}
        />
      )}
      <div className={styles.pair}>
        <Field label="Request for" required validationMessage={problem('requestType')}>
          <Select value={draft.values.requestType} onChange={(_, d) => set('requestType', d.value)}>
            <option value="individual">One pupil</option>
            <option value="group">A group of pupils</option>
            <option value="wholeSchool">Whole-school provision</option>
          </Select>
        </Field>
        {draft.values.requestType !== 'wholeSchool' && (
          <Field
            label="Pupil reference (your school's code, not a name)"
            required
            validationMessage={problem('pupilReference')}
          >
            <Input
              value={draft.values.pupilReference ?? ''}
              onChange={(_, d) => set('pupilReference', d.value)}
              maxLength={30}
            />
          </Field>
        )}
        {draft.values.requestType === 'group' && (
          <Field label="Number of pupils" required validationMessage={problem('groupSize')}>
            <Input
              type="number"
              min={2}
              max={500}
              value={draft.values.groupSize ?? ''}
              onChange={(_, d) => set('groupSize', d.value)}
            />
          </Field>
        )}
        <Field label="Year group" required validationMessage={problem('yearGroup')}>
          <Select value={draft.values.yearGroup ?? ''} onChange={(_, d) => set('yearGroup', d.value)}>
            <option value="">Choose</option>
            {(options.data?.yearGroups ?? []).map((y) => (
              <option key={y} value={y}>
                {yearLabel(y)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <CheckboxGroup
        label="Broad areas of need"
        choices={options.data?.areasOfNeed ?? []}
        selected={draft.areasOfNeed}
        onChange={(id, on) => toggle('areasOfNeed', id, on)}
        problem={problem('areasOfNeed')}
      />
      {NARRATIVE.map(([field, label]) => (
        <Field key={field} label={label} required validationMessage={problem(field)}>
          <Textarea
            value={draft.values[field] ?? ''}
            onChange={(_, d) => set(field, d.value)}
            maxLength={4000}
            resize="vertical"
          />
        </Field>
      ))}
      <div className={styles.pair}>
        <Field label="Amount requested (£)" required validationMessage={problem('amountPence')}>
          <Input value={draft.values.amount ?? ''} onChange={(_, d) => set('amount', d.value)} inputMode="decimal" />
        </Field>
        <Field label="From" required validationMessage={problem('periodStart')}>
          <Input type="date" value={draft.values.periodStart ?? ''} onChange={(_, d) => set('periodStart', d.value)} />
        </Field>
        <Field label="To" required validationMessage={problem('periodEnd')}>
          <Input type="date" value={draft.values.periodEnd ?? ''} onChange={(_, d) => set('periodEnd', d.value)} />
        </Field>
      </div>
      <CheckboxGroup
        label="PRG services already involved"
        choices={(options.data?.prgServices ?? []).map((p) => ({ id: p.id, label: p.name }))}
        selected={draft.prgServiceIds}
        onChange={(id, on) => toggle('prgServiceIds', id, on)}
        problem={problem('prgServiceIds')}
      />
      <div>
        <Button type="submit" appearance="primary" disabled={busy}>
          Submit request
        </Button>
      </div>
    </form>
  );
}
