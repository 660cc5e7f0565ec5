// Owns the CSV export of metrics records: RFC 4180 quoting and spreadsheet formula-injection protection.
import { MetricsRecordSchema, type MetricsRecord } from './metrics-record';

type Cell = string | number | boolean | null;
type Column = readonly [name: string, read: (record: MetricsRecord) => Cell];

// Column order follows the schema, with a readable UTC time right after the raw epoch.
const COLUMNS: readonly Column[] = MetricsRecordSchema.keyof().options.flatMap((key): Column[] =>
  key === 'at'
    ? [
        ['at', (record) => record.at],
        ['atIso', (record) => new Date(record.at).toISOString()],
      ]
    : [[key, (record) => record[key]]],
);
export const CSV_COLUMNS: readonly string[] = COLUMNS.map(([name]) => name);

// Spreadsheets run a cell starting with these as a formula (OWASP "CSV injection"); tab and CR too.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell: strings that could start a formula get a leading single quote, then any cell with
 * a comma, quote, CR or LF is wrapped in quotes with inner quotes doubled (RFC 4180).
 * Numbers and booleans are written as-is (our numbers are never negative); null is empty.
 */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const row = (record: MetricsRecord): string => COLUMNS.map(([, read]) => csvCell(read(record))).join(',');

// A header row, then one row per record, CRLF line breaks and a final CRLF (RFC 4180).
export function recordsToCsv(records: readonly MetricsRecord[]): string {
  return [CSV_COLUMNS.join(','), ...records.map(row)].map((line) => `${line}\r\n`).join('');
}
