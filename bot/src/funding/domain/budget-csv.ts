import { isAcademicYear } from '../../scheduling';
import type { Protection } from './budget-ledger';
import { parsePoundsToPence } from './pence';

/** One budget read from an import file; `line` is its line number in the file (the header is line 1). */
export interface BudgetCsvRow {
  line: number;
  communityId: string;
  academicYear: string;
  allocationPence: number;
  protections: Protection[];
}

/** The columns an import file has: the first three, then any number of protection label/amount pairs. */
const BUDGET_CSV_HEADER = 'community_id,academic_year,allocation_gbp,protection_1_label,protection_1_gbp';

/** Reads the rows of a budgets CSV; every problem is reported against its row and column (`rows[3].allocation_gbp`). */
export function readBudgetCsv(table: string[][]): { rows: BudgetCsvRow[]; problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  const [header, ...data] = table;
  const columns = (header ?? []).map((h) => h.trim().toLowerCase());
  const at = (name: string) => columns.indexOf(name);
  const missing = ['community_id', 'academic_year', 'allocation_gbp'].filter((c) => at(c) < 0);
  if (missing.length > 0) {
    return { rows: [], problems: { csv: `The first line must name the columns: ${BUDGET_CSV_HEADER}, …` } };
  }
  if (data.length === 0) return { rows: [], problems: { csv: 'The file has no budget rows under its header.' } };
  const pairs = protectionColumns(columns);
  const seen = new Map<string, number>();
  const rows = data.map((cells, index) => {
    const line = index + 2;
    const cell = (i: number) => (cells[i] ?? '').trim();
    const problem = (column: string, message: string) => {
      problems[`rows[${line}].${column}`] ??= `Row ${line}: ${message}`;
    };
    const communityId = cell(at('community_id'));
    const academicYear = cell(at('academic_year'));
    if (!communityId) problem('community_id', 'give the community id.');
    if (!isAcademicYear(academicYear)) problem('academic_year', `"${academicYear}" is not a year like 2026-27.`);
    const allocationPence = parsePoundsToPence(cell(at('allocation_gbp')));
    if (allocationPence === undefined) problem('allocation_gbp', 'give the allocation in pounds, e.g. 650000.00.');
    const protections: Protection[] = [];
    for (const pair of pairs) {
      const label = cell(pair.label);
      const amountText = cell(pair.amount);
      if (!label && !amountText) continue;
      const amountPence = parsePoundsToPence(amountText);
      if (!label) problem(columns[pair.label] as string, 'name this protection.');
      if (amountPence === undefined || amountPence === 0) {
        problem(columns[pair.amount] as string, 'give the protection in pounds, more than 0.');
      }
      protections.push({ label, amountPence: amountPence ?? 0 });
    }
    const key = `${communityId} ${academicYear}`;
    const earlier = seen.get(key);
    if (earlier) problem('community_id', `${communityId} ${academicYear} is already on row ${earlier}.`);
    seen.set(key, line);
    return { line, communityId, academicYear, allocationPence: allocationPence ?? 0, protections };
  });
  return { rows, problems };
}

function protectionColumns(columns: string[]): { label: number; amount: number }[] {
  const pairs: { label: number; amount: number }[] = [];
  columns.forEach((name, label) => {
    const match = /^protection_(\d+)_label$/.exec(name);
    const amount = match ? columns.indexOf(`protection_${match[1]}_gbp`) : -1;
    if (amount >= 0) pairs.push({ label, amount });
  });
  return pairs;
}
