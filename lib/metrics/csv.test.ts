import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, recordsToCsv } from './csv';
import { makeRecord } from '../../tests/support/metrics-record-fixture';

describe('csvCell', () => {
  it.each([
    ['plain', 'gpt-4o', 'gpt-4o'],
    ['comma', 'a,b', '"a,b"'],
    ['quote', 'say "hi"', '"say ""hi"""'],
    ['newline', 'a\nb', '"a\nb"'],
    ['carriage return', 'a\r\nb', '"a\r\nb"'],
    ['formula =', '=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['formula +', '+1', "'+1"],
    ['formula -', '-2+3', "'-2+3"],
    ['formula @', '@cmd', "'@cmd"],
    ['tab start', '\tx', "'\tx"],
    ['formula with comma is also quoted', '=HYPERLINK("x","y")', '"\'=HYPERLINK(""x"",""y"")"'],
    ['= inside is fine', 'a=b', 'a=b'],
    ['null', null, ''],
    ['number', 0.25, '0.25'],
    ['boolean', true, 'true'],
  ])('%s', (_label, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('recordsToCsv', () => {
  it('writes a header and one CRLF-terminated row per record', () => {
    const at = Date.UTC(2025, 0, 2, 3, 4, 5);
    const csv = recordsToCsv([makeRecord({ id: 'x', at, model: '=cmd|calc', cacheError: 'quota, "full"' })]);
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(CSV_COLUMNS.slice(0, 3)).toEqual(['id', 'at', 'atIso']);
    const row = lines[1] ?? '';
    expect(row.startsWith(`x,${at},2025-01-02T03:04:05.000Z,inline,openai,'=cmd|calc,`)).toBe(true);
    expect(row).toContain(',"quota, ""full""",');
  });

  it('has one column per record field plus the ISO time', () => {
    expect(CSV_COLUMNS).toHaveLength(Object.keys(makeRecord()).length + 1);
  });

  it('is just the header for no records', () => {
    expect(recordsToCsv([])).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});
