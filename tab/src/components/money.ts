const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** Integer pence as pounds, the way people in England write it: "£12,345.60". */
export function formatPence(pence: number): string {
  return pounds.format(pence / 100);
}
