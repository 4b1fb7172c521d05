const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** Integer pence as pounds, the way people in England write it: "£12,345.60". */
export function formatPence(pence: number): string {
  return pounds.format(pence / 100);
}

const MONEY_AS_TYPED = /^£?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/** Pounds as people type them ("£12,500.50", "12500", "12500.5") in whole pence, or undefined when it is not money. */
export function parsePounds(typed: string): number | undefined {
  const match = MONEY_AS_TYPED.exec(typed.trim());
  if (!match?.[1]) return undefined;
  const pence = Number(match[1].replaceAll(',', '')) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(pence) ? pence : undefined;
}
