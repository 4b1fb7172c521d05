import type { Person } from '../../directory';
import { requireOfficer } from '../../directory';
import { invalid } from '../../platform/validation/checked-input';
import { readBudgetCsv } from '../domain/budget-csv';
import { potOf } from '../domain/budget-ledger';
import { formatPence } from '../domain/pence';
import type { FundingPorts } from './ports';
import { parseCsv } from './read-csv';

/** What an import changed. */
export interface ImportResult {
  imported: number;
  created: number;
  updated: number;
}

const MAX_CSV_CHARACTERS = 1_000_000;

/** Sets many budgets from a CSV file (officers only): every row is checked first, and all are saved or none. */
export async function importBudgetsCsv(ports: FundingPorts, person: Person, csv: string): Promise<ImportResult> {
  requireOfficer(person);
  if (typeof csv !== 'string' || csv.trim() === '') {
    throw invalid('The import', { csv: 'Send the CSV file as the request body (Content-Type: text/csv).' });
  }
  if (csv.length > MAX_CSV_CHARACTERS) throw invalid('The import', { csv: 'The file is larger than 1 MB.' });
  const parsed = parseCsv(csv);
  if ('error' in parsed) throw invalid('The import', { csv: parsed.error });
  const { rows, problems } = readBudgetCsv(parsed.rows);
  const communities = await ports.budgets.existingCommunities([...new Set(rows.map((r) => r.communityId))]);
  const years = await ports.budgets.academicYears();
  for (const row of rows) {
    const problem = (column: string, message: string) => {
      problems[`rows[${row.line}].${column}`] ??= `Row ${row.line}: ${message}`;
    };
    if (row.communityId && !communities.has(row.communityId)) {
      problem('community_id', `there is no community "${row.communityId}".`);
    }
    if (row.academicYear && !years.has(row.academicYear)) {
      problem('academic_year', `${row.academicYear} is not set up yet; add its term dates first.`);
    }
    const pot = potOf(row.allocationPence, row.protections);
    if (pot < 0) {
      problem('allocation_gbp', `the protections (${formatPence(row.allocationPence - pot)}) exceed the allocation.`);
    }
  }
  if (Object.keys(problems).length > 0) throw invalid('The import', problems);
  const byIndex = rows.map((r) => r.line);
  const result = await ports.budgets.setBudgets(
    rows.map(({ communityId, academicYear, allocationPence, protections }) => ({
      communityId,
      academicYear,
      allocationPence,
      protections,
    })),
    person.id,
    (index) => `rows[${byIndex[index]}].allocation_gbp`,
  );
  return { imported: rows.length, ...result };
}
