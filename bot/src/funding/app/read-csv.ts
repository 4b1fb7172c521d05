import { CsvError, parse } from 'csv-parse/sync';

/** Splits CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF) into rows of fields; blank lines are skipped. */
export function parseCsv(text: string): { rows: string[][] } | { error: string } {
  try {
    const rows = parse(text, {
      bom: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    });
    return { rows: rows.filter((row) => row.length > 1 || row[0]?.trim() !== '') };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return {
      error: error.code === 'CSV_QUOTE_NOT_CLOSED' ? 'A quoted field is not closed: a " is missing.' : error.message,
    };
  }
}
