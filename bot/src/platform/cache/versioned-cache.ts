import { BoundedMap } from './bounded-map';

/** How a cache learns the current version of what it holds: any change to the source must change the version. */
export type VersionSource = () => Promise<string>;

interface Entry<V> {
  version: string;
  value: V;
}

/**
 * Values computed from a versioned source (the database), each kept with the version it was loaded under. Every
 * `get` asks the source for its current version first, so an entry loaded before a change is never served after it:
 * the cache saves the loading, not the asking. A value is loaded only after the version was read, so it is at least
 * as new as the version it is stored under.
 */
export class VersionedCache<V> {
  private readonly entries: BoundedMap<string, Entry<V>>;

  constructor(
    private readonly currentVersion: VersionSource,
    capacity: number,
  ) {
    this.entries = new BoundedMap(capacity);
  }

  /** The value for a key at the source's current version: the kept one if still current, else `load`'s. */
  async get(key: string, load: () => Promise<V>): Promise<V> {
    const version = await this.currentVersion();
    const kept = this.entries.get(key);
    if (kept && kept.version === version) return kept.value;
    const value = await load();
    this.entries.set(key, { version, value });
    return value;
  }
}
