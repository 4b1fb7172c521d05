import { FirstReads } from './first-reads';

describe('the answers that come with the sign-in', () => {
  afterEach(() => jest.useRealTimers());

  it('serves each path once, and nothing for a path the sign-in did not answer', () => {
    const reads = new FirstReads({ '/api/a': { n: 1 } });
    expect(reads.take('/api/b')).toBeUndefined();
    expect(reads.take('/api/a')).toEqual({ data: { n: 1 } });
    expect(reads.take('/api/a')).toBeUndefined();
  });

  it('lets a page read afresh once the answers are half a minute old', () => {
    jest.useFakeTimers({ now: Date.parse('2026-12-03T09:00:00Z') });
    const reads = new FirstReads({ '/api/a': { n: 1 }, '/api/b': { n: 2 } });
    jest.setSystemTime(Date.parse('2026-12-03T09:00:29Z'));
    expect(reads.take('/api/a')).toEqual({ data: { n: 1 } });
    jest.setSystemTime(Date.parse('2026-12-03T09:00:31Z'));
    expect(reads.take('/api/b')).toBeUndefined();
  });

  it('shows an answer to a first render without using it up, until it is taken or stale', () => {
    jest.useFakeTimers({ now: Date.parse('2026-12-03T09:00:00Z') });
    const reads = new FirstReads({ '/api/a': { n: 1 }, '/api/b': { n: 2 } });
    expect(reads.peek('/api/a')).toEqual({ data: { n: 1 } });
    expect(reads.take('/api/a')).toEqual({ data: { n: 1 } });
    expect(reads.peek('/api/a')).toBeUndefined();
    jest.setSystemTime(Date.parse('2026-12-03T09:00:31Z'));
    expect(reads.peek('/api/b')).toBeUndefined();
  });
});
