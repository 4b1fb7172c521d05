import { pageOfList, pageStart } from './keyset-page';

interface Row {
  id: string;
  name: string;
}

const rows: Row[] = ['Émile', 'ada', 'Bea', 'Zoë', 'bea', 'Chloé', 'Ada', 'Dan'].map((name, i) => ({
  id: `r${i}`,
  name,
}));
const keyOf = (r: Row) => ({ sort: r.name, id: r.id });

/** Every row, read a page of `limit` at a time through the cursors, from a list that may change between pages. */
function walk(limit: number, listAt: (page: number) => Row[]): Row[] {
  const seen: Row[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 100; page++) {
    const result = pageOfList(listAt(page), pageStart({ limit: String(limit), cursor }, 'text'), keyOf);
    seen.push(...result.items);
    if (!result.nextCursor) return seen;
    cursor = result.nextCursor;
  }
  throw new Error('The cursors never ended.');
}

describe('keyset pages', () => {
  it('sorts texts as English readers do and reads each item once whatever the page size', () => {
    const whole = walk(100, () => rows).map((r) => r.name);
    expect(whole).toEqual(['ada', 'Ada', 'bea', 'Bea', 'Chloé', 'Dan', 'Émile', 'Zoë']);
    for (const limit of [1, 2, 3, 7]) expect(walk(limit, () => rows).map((r) => r.name)).toEqual(whole);
  });

  it('neither repeats nor skips the items that stay when others are added or removed between pages', () => {
    const seen = walk(2, (page) =>
      page === 0 ? rows : [...rows.filter((r) => r.name !== 'Bea'), { id: 'new', name: 'Aaron' }],
    );
    const names = seen.map((r) => r.name);
    expect(new Set(seen.map((r) => r.id)).size).toBe(seen.length);
    expect(names).toEqual(expect.arrayContaining(['ada', 'Ada', 'bea', 'Chloé', 'Dan', 'Émile', 'Zoë']));
  });

  it('refuses limits out of range, repeated parameters and cursors it did not write', () => {
    for (const limit of ['0', '101', '1.5', '-1', 'ten', ['5', '6']]) {
      expect(() => pageStart({ limit })).toThrow(expect.objectContaining({ details: { limit: expect.any(String) } }));
    }
    const instantCursor = Buffer.from(JSON.stringify([1_700_000_000_000, 'r1'])).toString('base64url');
    const textCursor = Buffer.from(JSON.stringify(['Bea', 'r1'])).toString('base64url');
    expect(pageStart({ cursor: instantCursor }).after).toEqual({ sort: 1_700_000_000_000, id: 'r1' });
    expect(pageStart({ cursor: textCursor }, 'text').after).toEqual({ sort: 'Bea', id: 'r1' });
    for (const [cursor, kind] of [
      [textCursor, 'instant'],
      [instantCursor, 'text'],
      ['not base64!', 'text'],
      [Buffer.from('{"a":1}').toString('base64url'), 'text'],
      [Buffer.from(JSON.stringify(['x'.repeat(201), 'r1'])).toString('base64url'), 'text'],
      [Buffer.from(JSON.stringify(['Bea', 'id with spaces'])).toString('base64url'), 'text'],
    ] as const) {
      const read = () => (kind === 'text' ? pageStart({ cursor }, 'text') : pageStart({ cursor }));
      expect(read).toThrow(expect.objectContaining({ details: { cursor: expect.any(String) } }));
    }
  });
});
