// Owns the result rows every benchmark returns and printing them as one table (terminal and Markdown).

export type Unit = 'ms' | 's' | 'KB' | 'MB' | 'MB/s' | 'calls' | 'errors' | 'chars' | 'tokens' | 'requests' | 'files';

export interface Row {
  // The benchmark's number in the issue (1–9), or 'P' for the pipeline summary.
  group: string;
  name: string;
  value: number;
  unit: Unit;
  // Measured in the same run; the ratio is value / baseline.
  baseline?: { value: number; label: string } | null;
  // met is null for figures reported against a goal they are too noisy to judge.
  goal?: GoalCheck | null;
  note?: string;
}

export interface GoalCheck {
  text: string;
  met: boolean | null;
}

export const below = (value: number, limit: number, unit: Unit): GoalCheck => ({ text: `< ${limit} ${unit}`, met: value < limit });
export const atMost = (value: number, limit: number, unit: Unit): GoalCheck => ({ text: `≤ ${limit} ${unit}`, met: value <= limit });

export function formatValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return 'n/a';
  const digits = unit === 'calls' || unit === 'errors' || unit === 'tokens' || unit === 'requests' || unit === 'files' ? 0 : Math.abs(value) < 10 ? 2 : Math.abs(value) < 100 ? 1 : 0;
  return `${value.toFixed(digits)} ${unit}`;
}

function ratioOf(row: Row): string {
  if (!row.baseline || !Number.isFinite(row.value) || !Number.isFinite(row.baseline.value) || row.baseline.value === 0) return '—';
  const ratio = row.value / row.baseline.value;
  return `×${ratio >= 10 ? ratio.toFixed(0) : ratio >= 1 ? ratio.toFixed(1) : ratio.toPrecision(2)}`;
}

const HEADERS = ['#', 'Measurement', 'Figure', 'Baseline (same run)', 'Ratio', 'Goal', 'Met'];

// Cells per row; notes are numbered and listed under the table.
function cells(rows: readonly Row[]): { body: string[][]; notes: string[] } {
  const notes: string[] = [];
  const body = rows.map((row) => {
    let name = row.name;
    if (row.note) {
      notes.push(row.note);
      name += ` [${notes.length}]`;
    }
    return [
      row.group,
      name,
      formatValue(row.value, row.unit),
      row.baseline ? `${formatValue(row.baseline.value, row.unit)} (${row.baseline.label})` : '—',
      ratioOf(row),
      row.goal?.text ?? '—',
      row.goal?.met === true ? 'yes' : row.goal?.met === false ? 'NO' : '—',
    ];
  });
  return { body, notes };
}

export function terminalTable(rows: readonly Row[]): string {
  const { body, notes } = cells(rows);
  const widths = HEADERS.map((header, column) => Math.max(header.length, ...body.map((line) => line[column]?.length ?? 0)));
  const line = (values: readonly string[]) => values.map((value, column) => value.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(HEADERS), rule, ...body.map(line), '', ...notes.map((note, index) => `[${index + 1}] ${note}`)].join('\n');
}

export function markdownTable(rows: readonly Row[]): string {
  const { body, notes } = cells(rows);
  const escape = (value: string) => value.replaceAll('|', '\\|');
  const line = (values: readonly string[]) => `| ${values.map(escape).join(' | ')} |`;
  return [line(HEADERS), line(HEADERS.map(() => '---')), ...body.map(line), '', ...notes.map((note, index) => `${index + 1}. ${note}`)].join('\n');
}
