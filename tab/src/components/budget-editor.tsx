import { Button, Field, Input, makeStyles, Title3, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ApiError, callApi, refusalOf } from '../api/api-client';
import { useSession } from '../session/session-context';
import { parsePounds } from './money';
import { Refusal } from './refusal';

/** A budget as the editor starts from: the community's current one, or nothing yet. */
export interface EditableBudget {
  allocationPence: number;
  protections: { label: string; amountPence: number }[];
}

const useStyles = makeStyles({
  section: { marginBlockStart: tokens.spacingVerticalXL, maxWidth: '36rem' },
  row: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
    marginBlockStart: tokens.spacingVerticalS,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, marginBlockStart: tokens.spacingVerticalM },
});

const asPounds = (pence: number) => (pence / 100).toFixed(2);

/** For officers: sets a community's allocation and protections for a year, money typed as people write it. */
export function BudgetEditor(props: {
  communityId: string;
  communityName: string;
  year: string;
  current?: EditableBudget;
  /** Called with what to tell the officer once the budget is saved. */
  onSaved: (note: string) => void;
}) {
  const styles = useStyles();
  const { token } = useSession();
  const [allocation, setAllocation] = useState(props.current ? asPounds(props.current.allocationPence) : '');
  const [protections, setProtections] = useState(
    (props.current?.protections ?? []).map((p) => ({ label: p.label, amount: asPounds(p.amountPence) })),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string>();
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const typed: Record<string, string> = {};
    const allocationPence = parsePounds(allocation);
    if (allocationPence === undefined) typed.allocationPence = 'Give the allocation in pounds, like £250,000.00.';
    const amounts = protections.map((p, i) => {
      const pence = parsePounds(p.amount);
      if (pence === undefined) typed[`protections[${i}].amountPence`] = 'Give the amount in pounds, like £5,000.';
      return pence ?? 0;
    });
    setErrors(typed);
    setRefusal(undefined);
    if (Object.keys(typed).length > 0) return;
    setBusy(true);
    try {
      await callApi(`/api/communities/${props.communityId}/budget?year=${props.year}`, {
        token,
        method: 'PUT',
        body: {
          allocationPence,
          protections: protections.map((p, i) => ({ label: p.label, amountPence: amounts[i] })),
        },
      });
      props.onSaved(`Saved the ${props.year} budget of ${props.communityName}.`);
    } catch (error) {
      setErrors(error instanceof ApiError ? error.fieldErrors : {});
      setRefusal(refusalOf(error, 'Nothing was saved'));
    } finally {
      setBusy(false);
    }
  };

  const change = (index: number, part: 'label' | 'amount', value: string) =>
    setProtections((list) => list.map((p, i) => (i === index ? { ...p, [part]: value } : p)));

  return (
    <section className={styles.section} aria-labelledby="edit-budget-title">
      <Title3 as="h2" block id="edit-budget-title">
        Set the {props.year} budget of {props.communityName}
      </Title3>
      <Field label="Allocation (£)" validationMessage={errors.allocationPence} required>
        <Input value={allocation} onChange={(_, d) => setAllocation(d.value)} inputMode="decimal" />
      </Field>
      {protections.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: protections are edited in place and have no id of their own.
        <div className={styles.row} key={i}>
          <Field label={`Protection ${i + 1}`} validationMessage={errors[`protections[${i}].label`]}>
            <Input value={p.label} onChange={(_, d) => change(i, 'label', d.value)} />
          </Field>
          <Field label="Amount (£)" validationMessage={errors[`protections[${i}].amountPence`]}>
            <Input value={p.amount} onChange={(_, d) => change(i, 'amount', d.value)} inputMode="decimal" />
          </Field>
          <Button onClick={() => setProtections((list) => list.filter((_, j) => j !== i))}>Remove</Button>
        </div>
      ))}
      <div className={styles.actions}>
        <Button onClick={() => setProtections((list) => [...list, { label: '', amount: '' }])}>Add a protection</Button>
        <Button appearance="primary" onClick={save} disabled={busy}>
          Save budget
        </Button>
      </div>
      <Refusal message={refusal} />
    </section>
  );
}
