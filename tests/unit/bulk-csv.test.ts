import { describe, expect, test } from 'vitest';
import { neutralizeCell, toCsv } from '@/lib/csv-writer';

describe('neutralizeCell', () => {
  test('prefixes an apostrophe to cells a spreadsheet would run as formulas', () => {
    for (const s of ['=1+1', '+55 11', '-2', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x")']) expect(neutralizeCell(s)).toBe(`'${s}`);
  });
  test('leaves ordinary cells alone', () => {
    for (const s of ['João', 'a=b', 'x-1', '', '5511']) expect(neutralizeCell(s)).toBe(s);
    expect(neutralizeCell(null)).toBe('');
  });
});

describe('toCsv', () => {
  test('quotes delimiters, quotes and line breaks, and neutralizes inside quotes', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        ['=cmd|"/c calc"!A1', 'x;y'],
        ['line\nbreak', 'ok'],
      ],
      ';',
    );
    expect(csv.startsWith('\uFEFFa;b\r\n')).toBe(true);
    expect(csv).toContain(`"'=cmd|""/c calc""!A1";"x;y"\r\n`);
    expect(csv).toContain('"line\nbreak";ok\r\n');
  });
});
