// A small ZIP writer (PKWARE APPNOTE 6.3: local headers, central directory, end record; no ZIP64).
// Entries are deflated with node:zlib, or stored when deflating would not make them smaller.
import { crc32, deflateRawSync } from 'node:zlib';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const VERSION = 20; // 2.0: deflate
const UTF8_NAMES = 0x0800;
const STORED = 0;
const DEFLATED = 8;
const MAX_32 = 0xffffffff;

/** The DOS date and time every entry carries (1980-01-01 00:00), so the same input gives the same bytes. */
export const FIXED_ENTRY_TIME = { date: (0 << 9) | (1 << 5) | 1, time: 0 };

/** Builds a ZIP archive from { name, data } entries (names use forward slashes; data is a Buffer or string). */
export function createZip(entries) {
  if (entries.length > 0xffff) throw new Error('Too many entries for a ZIP without ZIP64');
  const parts = [];
  const central = [];
  let offset = 0;
  const seen = new Set();

  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    if (seen.has(entry.name)) throw new Error(`Duplicate ZIP entry: ${entry.name}`);
    if (entry.name.startsWith('/') || entry.name.includes('\\') || entry.name.split('/').includes('..')) {
      throw new Error(`Unsafe ZIP entry name: ${entry.name}`);
    }
    seen.add(entry.name);
    const data = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    const method = deflated.length < data.length ? DEFLATED : STORED;
    const body = method === DEFLATED ? deflated : data;
    const checksum = crc32(data);
    if (data.length > MAX_32 || body.length > MAX_32 || offset > MAX_32) throw new Error('ZIP64 is not supported');

    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(FIXED_ENTRY_TIME.time, 10);
    local.writeUInt16LE(FIXED_ENTRY_TIME.date, 12);
    local.writeUInt32LE(checksum, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28); // extra field length

    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL_HEADER, 0);
    header.writeUInt16LE(VERSION, 4); // made by: MS-DOS/FAT attributes, version 2.0
    header.writeUInt16LE(VERSION, 6);
    header.writeUInt16LE(UTF8_NAMES, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(FIXED_ENTRY_TIME.time, 12);
    header.writeUInt16LE(FIXED_ENTRY_TIME.date, 14);
    header.writeUInt32LE(checksum, 16);
    header.writeUInt32LE(body.length, 20);
    header.writeUInt32LE(data.length, 24);
    header.writeUInt16LE(name.length, 28);
    // extra length, comment length, disk number, internal and external attributes stay 0
    header.writeUInt32LE(offset, 42);

    parts.push(local, name, body);
    central.push(header, name);
    offset += local.length + name.length + body.length;
  }

  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}
