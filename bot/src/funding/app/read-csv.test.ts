import { parseCsv } from './read-csv';

describe('CSV', () => {
  it('reads quoted fields, doubled quotes and CRLF, and reports an unclosed quote', () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\n\r\n1,2,3\n')).toEqual({
      rows: [
        ['a', 'b, c', 'say "hi"'],
        ['1', '2', '3'],
      ],
    });
    expect(parseCsv('a,"b')).toEqual({ error: 'A quoted field is not closed: a " is missing.' });
  });
});
