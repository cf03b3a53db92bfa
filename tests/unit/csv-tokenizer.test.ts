import { describe, expect, test } from 'vitest';
import { CSV_LIMITS, CsvTokenizer, type CsvRecord } from '@/bulk/user-import/csv-tokenizer';

/** Tokenizes `text` fed in pieces of `size` characters (a chunk boundary anywhere must not matter). */
function tokenize(text: string, delimiter = ',', size = text.length || 1): CsvRecord[] {
  const out: CsvRecord[] = [];
  const t = new CsvTokenizer(delimiter, (r) => out.push({ ...r, fields: [...r.fields] }));
  for (let i = 0; i < text.length; i += size) t.feed(text.slice(i, i + size));
  t.end();
  return out;
}
const brief = (rs: CsvRecord[]) => rs.map((r) => `${r.line}:${r.problem ?? r.fields.join('|')}`);

describe('CsvTokenizer', () => {
  test.each([1, 2, 3, 7, 1000])('reads quotes, doubled quotes, delimiters and line breaks in cells, in pieces of %i', (size) => {
    const text = 'a,b,c\n"x, y","say ""hi""","two\nlines"\n\nlast,,\n';
    expect(brief(tokenize(text, ',', size))).toEqual(['1:a|b|c', '2:x, y|say "hi"|two\nlines', '5:last||']);
  });

  test('reads the last line without a line break, and semicolons and tabs', () => {
    expect(brief(tokenize('a;b\n1;2', ';'))).toEqual(['1:a|b', '2:1|2']);
    expect(brief(tokenize('a\tb\n1\t2', '\t'))).toEqual(['1:a|b', '2:1|2']);
  });

  test('makes an unclosed quote a problem of its line and reads the next lines as usual', () => {
    const text = 'h1,h2\nok,1\n"never closed,2\n' + 'fine,3\n'.repeat(CSV_LIMITS.maxQuotedLines + 2) + 'end,4\n';
    for (const size of [5, 64, text.length]) {
      const rs = brief(tokenize(text, ',', size));
      expect(rs[0]).toBe('1:h1|h2');
      expect(rs[1]).toBe('2:ok|1');
      expect(rs[2]).toBe('3:unclosed-quote');
      expect(rs.slice(3, -1).every((r, i) => r === `${4 + i}:fine|3`)).toBe(true);
      expect(rs.at(-1)).toBe(`${4 + CSV_LIMITS.maxQuotedLines + 2}:end|4`);
    }
  });

  test('makes a quote still open at the end of the file a problem of its line only', () => {
    expect(brief(tokenize('h\na\n"b\nc\nd\n'))).toEqual(['1:h', '2:a', '3:unclosed-quote', '4:c', '5:d']);
    expect(brief(tokenize('h\n"b'))).toEqual(['1:h', '2:unclosed-quote']);
  });

  test('makes a long quoted cell that does close a cell-too-long line, not an unclosed quote', () => {
    expect(brief(tokenize(`h\n"${'q'.repeat(200_000)}",1\nok,2\n`, ',', 65_536))).toEqual(['1:h', '2:cell-too-long', '3:ok|2']);
  });

  test('makes a line with NUL and a line with a cell over the limit problems', () => {
    const rs = tokenize(`h\nab\u0000c,1\n${'x'.repeat(CSV_LIMITS.maxCell + 1)},2\nok,3\n`);
    expect(brief(rs)).toEqual(['1:h', '2:nul', '3:cell-too-long', '4:ok|3']);
    expect(rs[2].fields[0].length).toBe(CSV_LIMITS.maxCell);
  });

  test('keeps at most maxFields fields of a line, counting the rest and whether one is not blank', () => {
    const [wide, padded] = tokenize(`${'a,'.repeat(40_000)}b\n${'c'}${','.repeat(40_000)}\n`);
    expect(wide.fields).toHaveLength(CSV_LIMITS.maxFields);
    expect(wide.fieldCount).toBe(40_001);
    expect(wide.overflowNonBlank).toBe(true);
    expect(padded).toMatchObject({ fieldCount: 40_001, overflowNonBlank: false });
  });

  test.each([
    ['a quote on every line', '"x\n'.repeat(300_000)],
    ['a lone quote before many short lines', ('"\n' + 'x\n'.repeat(CSV_LIMITS.maxQuotedLines)).repeat(30_000)],
    ['a quote then 1 MB of text without a line break', '"\n"' + 'y'.repeat(1_000_000) + '\n' + 'ok\n'.repeat(10)],
    ['40,000 empty header cells', ','.repeat(40_000) + '\n' + 'a,b\n'.repeat(1000)],
    ['one 2 MB cell', 'h\n' + 'z'.repeat(2_000_000) + '\n'],
  ])(
    'reads %s with each character read at most three times',
    (_shape, body) => {
      const text = 'h\n' + body;
      const out: CsvRecord[] = [];
      const t = new CsvTokenizer(',', (r) => out.push(r));
      for (let i = 0; i < text.length; i += 65_536) t.feed(text.slice(i, i + 65_536));
      t.end();
      expect(t.scanned).toBeLessThanOrEqual(3 * text.length);
      expect(out.length).toBeGreaterThan(0);
      expect(out.every((r) => r.fields.length <= CSV_LIMITS.maxFields && r.fields.every((f) => f.length <= CSV_LIMITS.maxCell))).toBe(true);
      // Megabytes of input: the bound is on characters read, not on time; a busy machine needs room.
    },
    60_000,
  );
});
