import { csvCell, toCsv } from './csv';

describe('csv', () => {
  it('should quote commas, quotes, line breaks and edge spaces', () => {
    expect(['a,b', 'say "hi"', 'line\nbreak', ' padded', 'plain'].map(csvCell)).toEqual([
      '"a,b"',
      '"say ""hi"""',
      '"line\nbreak"',
      '" padded"',
      'plain',
    ]);
  });

  it('should defuse text that a spreadsheet would run as a formula', () => {
    expect(['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\tcmd'].map(csvCell)).toEqual([
      `"'=HYPERLINK(""x"")"`,
      "'+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\tcmd",
    ]);
  });

  it('should leave numbers as numbers, even negative ones, and blank out nulls', () => {
    expect([-2, 3.5, null, undefined, true].map(csvCell)).toEqual(['-2', '3.5', '', '', 'true']);
  });

  it('should join rows with CRLF and end with one', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('a,b\r\n1,x\r\n');
  });
});
