/** The largest amount the app accepts anywhere (£100 million), so sums stay exact integers. */
export const MAX_PENCE = 10_000_000_000;

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', signDisplay: 'negative' });

/** An amount of pence as people read it: "£1,234.50" ("-£0.05" below zero, never "-£0.00"). */
export function formatPence(pence: number): string {
  return pounds.format(pence / 100);
}

/** What a card's money field accepts, as people write money: "2500", "2500.5", "£2,500.50". */
export const MONEY_INPUT_PATTERN = '^\\s*£?\\s*(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?\\s*$';

/** Reads pounds written by a person ("1234.5", "£1,234.56") as exact integer pence; undefined when it is not money. */
export function parsePoundsToPence(text: string): number | undefined {
  const match = /^£?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match?.[1]) return undefined;
  const pounds = Number(match[1].replace(/,/g, ''));
  const pence = Number((match[2] ?? '').padEnd(2, '0'));
  const total = pounds * 100 + pence;
  return Number.isSafeInteger(total) && total <= MAX_PENCE ? total : undefined;
}
