import { parsePoundsToPence } from '../domain/pence';

/**
 * Turns the values of a submitted request card into the API's request shape: multi-select choices arrive as
 * comma-separated text, numbers as text, and the amount as pounds (`amount`, e.g. "1,250.50"). Validation happens
 * afterwards in the use case, so a value that cannot be read is passed on as it is and reported against its field.
 */
export function requestFromCardValues(values: Record<string, unknown>): Record<string, unknown> {
  const text = (key: string) => (typeof values[key] === 'string' ? (values[key] as string).trim() : values[key]);
  const list = (key: string) => {
    const value = text(key);
    if (typeof value !== 'string') return value ?? [];
    return value === '' ? [] : value.split(',').map((part) => part.trim());
  };
  const number = (value: unknown) =>
    typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value === '' ? undefined : value;
  const amount = text('amount');
  return {
    schoolId: text('schoolId'),
    pupilReference: text('pupilReference'),
    yearGroup: text('yearGroup'),
    requestType: text('requestType'),
    groupSize: number(text('groupSize')),
    areasOfNeed: list('areasOfNeed'),
    currentProvision: text('currentProvision'),
    whatIsWorking: text('whatIsWorking'),
    hopedForOutcomes: text('hopedForOutcomes'),
    nextSteps: text('nextSteps'),
    amountPence: typeof amount === 'string' ? (parsePoundsToPence(amount) ?? amount) : number(text('amountPence')),
    periodStart: text('periodStart'),
    periodEnd: text('periodEnd'),
    prgServiceIds: list('prgServiceIds'),
  };
}
