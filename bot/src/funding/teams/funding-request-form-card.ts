import {
  type AdaptiveCard,
  adaptiveCard,
  type CardElement,
  executeAction,
  text,
} from '../../platform/cards/adaptive-card';
import { problemsByField } from '../../platform/cards/problems-by-field';
import { MONEY_INPUT_PATTERN } from '../domain/pence';

/** Why the last submission was refused: in one sentence, and field by field (service field names). */
export interface FormRefusal {
  problem: string;
  byField: Record<string, string>;
}

/** The choices and (after a refused submission) the values and problems the request form shows. */
export interface FundingFormView {
  idempotencyKey: string;
  /** When a request submitted now is discussed ("Submit by … for the meeting on …"), one line per school. */
  deadlines: string[];
  schools: { id: string; name: string }[];
  yearGroups: readonly string[];
  areasOfNeed: { id: string; label: string }[];
  prgServices: { id: string; name: string }[];
  values?: Record<string, string>;
  refusal?: FormRefusal;
}

const choice = (title: string, value: string) => ({ title, value });

/** The representative's funding request form (Adaptive Card 1.5, validated on the card and again on the server). */
export function fundingRequestFormCard(view: FundingFormView): AdaptiveCard {
  const v = view.values ?? {};
  const long = (id: string, label: string, placeholder: string): CardElement => ({
    type: 'Input.Text',
    id,
    label,
    placeholder,
    isMultiline: true,
    isRequired: true,
    maxLength: 2000,
    value: v[id] ?? '',
    errorMessage: `Fill in "${label}".`,
  });
  const fields = problemsByField(formFields(view, v, long), view.refusal?.byField ?? {}, { amountPence: 'amount' });
  return adaptiveCard(
    [
      text('Request funding', { size: 'Large', weight: 'Bolder', style: 'heading' }),
      text(
        "Never name a pupil: use your school's own reference. Schools meet the first £6,000 per pupil from the notional SEN budget.",
        { isSubtle: true },
      ),
      ...view.deadlines.map((line) => text(line, { weight: 'Bolder', wrap: true })),
      ...refusalLines(view.refusal, fields.elsewhere),
      ...fields.body,
    ],
    [executeAction('Submit request', 'submitFunding', { idempotencyKey: view.idempotencyKey })],
  );
}

/** Above the form: that it was not sent, and any problem no field shows (or the whole sentence if none does). */
function refusalLines(refusal: FormRefusal | undefined, elsewhere: string[]): CardElement[] {
  if (!refusal) return [];
  const byFields = Object.keys(refusal.byField).length > 0;
  const lines = byFields
    ? ['Not sent yet: change what is marked in red below, then submit again.', ...elsewhere]
    : [refusal.problem];
  return lines.map((line) => text(line, { color: 'Attention', weight: 'Bolder' }));
}

function formFields(
  view: FundingFormView,
  v: Record<string, string>,
  long: (id: string, label: string, placeholder: string) => CardElement,
): CardElement[] {
  return [
    {
      type: 'Input.ChoiceSet',
      id: 'schoolId',
      label: 'School',
      isRequired: true,
      value: v.schoolId ?? view.schools[0]?.id ?? '',
      choices: view.schools.map((s) => choice(s.name, s.id)),
      errorMessage: 'Choose the school.',
    },
    {
      type: 'Input.Text',
      id: 'pupilReference',
      label: "Pupil reference (your school's code, not a name)",
      isRequired: true,
      regex: '^[A-Za-z0-9][A-Za-z0-9 /_-]{0,29}$',
      maxLength: 30,
      value: v.pupilReference ?? '',
      errorMessage: 'Use your school code, for example Y4-017; letters, digits, - and / only.',
    },
    {
      type: 'Input.ChoiceSet',
      id: 'yearGroup',
      label: 'Year group',
      isRequired: true,
      value: v.yearGroup ?? '',
      choices: view.yearGroups.map((y) =>
        choice(y === 'R' ? 'Year R (Reception)' : Number(y) >= 12 ? `Year ${y} (sixth form)` : `Year ${y}`, y),
      ),
      errorMessage: 'Choose the year group.',
    },
    {
      type: 'Input.ChoiceSet',
      id: 'requestType',
      label: 'Request for',
      isRequired: true,
      value: v.requestType ?? 'individual',
      choices: [
        choice('One pupil', 'individual'),
        choice('A group of pupils', 'group'),
        choice('Whole-school provision', 'wholeSchool'),
      ],
      errorMessage: 'Choose what the request is for.',
    },
    {
      type: 'Input.Number',
      id: 'groupSize',
      label: 'Number of pupils (for a group)',
      min: 2,
      max: 500,
      value: v.groupSize ? Number(v.groupSize) : undefined,
    },
    ...choiceSetIfAny(view.areasOfNeed.length, {
      type: 'Input.ChoiceSet',
      id: 'areasOfNeed',
      label: 'Broad areas of need',
      isMultiSelect: true,
      isRequired: true,
      value: v.areasOfNeed ?? '',
      choices: view.areasOfNeed.map((a) => choice(a.label, a.id)),
      errorMessage: 'Choose at least one area of need.',
    }),
    long(
      'currentProvision',
      'Provision already in place (including what the notional SEN budget funds)',
      'What the school already provides',
    ),
    long('whatIsWorking', 'What is working', 'What has helped so far'),
    long('hopedForOutcomes', 'Hoped-for outcomes', 'What you hope will change'),
    long('nextSteps', 'Next steps', 'What happens next, and who does it'),
    {
      type: 'Input.Text',
      id: 'amount',
      label: 'Amount requested (£)',
      isRequired: true,
      regex: MONEY_INPUT_PATTERN,
      value: v.amount ?? '',
      errorMessage: 'Give the amount in pounds, for example £2,500 or 2500.50.',
    },
    {
      type: 'Input.Date',
      id: 'periodStart',
      label: 'From',
      isRequired: true,
      value: v.periodStart ?? '',
      errorMessage: 'Choose when the funding starts.',
    },
    {
      type: 'Input.Date',
      id: 'periodEnd',
      label: 'To',
      isRequired: true,
      value: v.periodEnd ?? '',
      errorMessage: 'Choose when the funding ends.',
    },
    ...choiceSetIfAny(view.prgServices.length, {
      type: 'Input.ChoiceSet',
      id: 'prgServiceIds',
      label: 'PRG services already involved',
      isMultiSelect: true,
      value: v.prgServiceIds ?? '',
      choices: view.prgServices.map((s) => choice(s.name, s.id)),
    }),
  ];
}

/** A choice set with no choices is invalid Adaptive Card JSON: leave it out instead. */
function choiceSetIfAny(count: number, element: CardElement): CardElement[] {
  return count > 0 ? [element] : [];
}
