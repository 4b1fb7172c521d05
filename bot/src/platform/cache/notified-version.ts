import type { VersionSource } from './versioned-cache';

/**
 * A version kept in this process and bumped by a database notification that arrives before the committing query
 * returns (an embedded database: see `InProcessNotifications`), so reading it costs no query. The first read waits
 * until the subscription is in place; nothing is cached before then.
 */
export function notifiedVersion(
  subscribe: (channel: string, onNotify: () => void) => Promise<void>,
  channel: string,
): VersionSource {
  let version = 0;
  const subscribed = subscribe(channel, () => {
    version++;
  });
  return async () => {
    await subscribed;
    return `notified:${version}`;
  };
}
