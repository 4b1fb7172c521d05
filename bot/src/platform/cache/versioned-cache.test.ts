import { BoundedMap } from './bounded-map';
import { freshRead } from './fresh-read';
import { notifiedVersion } from './notified-version';
import { VersionedCache } from './versioned-cache';

describe('a cache checked against its source version', () => {
  const counted = (values: string[]) => {
    let loads = 0;
    return {
      load: async () => values[loads++] ?? 'more',
      loads: () => loads,
    };
  };

  it('serves a kept value while the version stays the same, without loading again', async () => {
    const cache = new VersionedCache<string>(async () => '7', 10);
    const source = counted(['chair']);
    expect(await cache.get('p1', source.load)).toBe('chair');
    expect(await cache.get('p1', source.load)).toBe('chair');
    expect(source.loads()).toBe(1);
  });

  it('loads again once the version has changed, so a removed role is refused on the very next get', async () => {
    let version = '1';
    const cache = new VersionedCache<string[]>(async () => version, 10);
    let roles = ['representative'];
    const load = async () => [...roles];
    expect(await cache.get('p1', load)).toEqual(['representative']);
    roles = [];
    version = '2';
    expect(await cache.get('p1', load)).toEqual([]);
  });

  it('asks for the version on every get, even for a kept value', async () => {
    let asked = 0;
    const cache = new VersionedCache<string>(async () => {
      asked++;
      return '1';
    }, 10);
    for (let i = 0; i < 3; i++) await cache.get('p1', async () => 'x');
    expect(asked).toBe(3);
  });

  it('keeps a value loaded as "nobody" too, until the version changes', async () => {
    const cache = new VersionedCache<string | undefined>(async () => '1', 10);
    let loads = 0;
    const nobody = async () => {
      loads++;
      return undefined;
    };
    expect(await cache.get('stranger', nobody)).toBeUndefined();
    expect(await cache.get('stranger', nobody)).toBeUndefined();
    expect(loads).toBe(1);
  });
});

describe('a bounded map', () => {
  it('forgets the least recently used entry when full', () => {
    const map = new BoundedMap<string, number>(2);
    map.set('a', 1);
    map.set('b', 2);
    map.get('a');
    map.set('c', 3);
    expect([map.get('a'), map.get('b'), map.get('c'), map.size]).toEqual([1, undefined, 3, 2]);
  });
});

describe('a fresh read shared by concurrent callers', () => {
  it('runs one read at a time and never answers a caller with a read that began before it asked', async () => {
    let version = 0;
    const started: number[] = [];
    const ends: (() => void)[] = [];
    const read = freshRead(() => {
      started.push(version);
      const seen = version;
      return new Promise<number>((resolve) => ends.push(() => resolve(seen)));
    });
    const first = read();
    version = 1; // a change commits while the first read is running
    const second = read();
    const third = read();
    expect(started).toEqual([0]);
    ends[0]?.();
    expect(await first).toBe(0);
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1]);
    ends[1]?.();
    expect([await second, await third]).toEqual([1, 1]);
    const fourth = read();
    expect(started).toEqual([0, 1, 1]);
    ends[2]?.();
    expect(await fourth).toBe(1);
  });

  it('passes a failed read to its callers, and reads again for the next', async () => {
    let fail = true;
    const read = freshRead(async () => {
      if (fail) throw new Error('connection lost');
      return 'ok';
    });
    await expect(read()).rejects.toThrow('connection lost');
    fail = false;
    expect(await read()).toBe('ok');
  });
});

describe('a version bumped by in-process notifications', () => {
  it('waits for the subscription, then changes with each notification', async () => {
    let notify = () => {};
    let subscribed = () => {};
    const version = notifiedVersion((channel, onNotify) => {
      expect(channel).toBe('directory_changed');
      notify = onNotify;
      return new Promise<void>((resolve) => {
        subscribed = resolve;
      });
    }, 'directory_changed');
    const first = version();
    subscribed();
    const before = await first;
    expect(await version()).toBe(before);
    notify();
    expect(await version()).not.toBe(before);
  });
});
