import { createHash } from 'node:crypto';

/** The namespace under which the app derives its name-based UUIDs. */
const APP_NAMESPACE = 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f607';

/** A name-based UUID (RFC 9562 version 5): the same name always gives the same id. */
export function uuidV5(name: string, namespace: string = APP_NAMESPACE): string {
  const namespaceBytes = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (namespaceBytes.length !== 16) throw new Error(`Not a UUID namespace: ${namespace}`);
  const hash = createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
