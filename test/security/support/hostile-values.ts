import { gzipSync } from 'node:zlib';
import fc from 'fast-check';

/* Hostile values for fuzzing the service: JSON of wrong shapes, strange strings, path segments, header values. */

/** JSON text spliced in as it is: numbers JSON.stringify cannot write (1e400, -0, 30 digits) and deep nesting. */
class RawJson {
  constructor(readonly text: string) {}
}

/** A JSON object as ordered entries, so "__proto__" stays an own key and a key can appear twice. */
export class JsonEntries {
  constructor(readonly entries: [string, unknown][]) {}
}

/** Writes a value (with RawJson and JsonEntries parts) as JSON text; lone surrogates become \\udXXX escapes. */
export function toJsonText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (value instanceof JsonEntries) {
    return `{${value.entries.map(([k, v]) => `${JSON.stringify(k)}:${toJsonText(v)}`).join(',')}}`;
  }
  if (Array.isArray(value)) return `[${value.map(toJsonText).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return toJsonText(new JsonEntries(Object.entries(value).filter(([, v]) => v !== undefined)));
  }
  if (value === undefined) return 'null';
  return JSON.stringify(value) ?? 'null';
}

/** Keys that reach for an object's prototype or for properties every object has. */
const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  '__defineGetter__',
  'then',
  'toJSON',
  'length',
] as const;

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const oddChar = fc.constantFrom(
  '\u0000',
  '\u0001',
  '\u001f',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u200b',
  '\u200d',
  '\u202e',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ufffd',
  '\uffff',
  '\u0301',
  '\r',
  '\n',
  '\t',
  '"',
  "'",
  '\\',
  '/',
  '%',
  '<',
  '>',
  '&',
  '$',
  '{',
  '`',
  '😀',
  '\u{10ffff}',
  'é',
  'ß',
  'İ',
  'ﬃ',
);
/** One unit of a hostile string: any code point, a lone surrogate, or a character with a history of trouble. */
const hostileChar = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: loneSurrogate },
  { weight: 3, arbitrary: oddChar },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
);

const SPECIAL_STRINGS = [
  '',
  ' ',
  '\u0000',
  'null',
  'undefined',
  'true',
  'NaN',
  '[object Object]',
  '__proto__',
  'constructor',
  "' OR '1'='1",
  "'; drop table people; --",
  '$1',
  '%s%s%s%n',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection attempt, as text.
  '${7*7}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '<at>Communities</at> help',
  '../../../../etc/passwd',
  '..\\..\\windows',
  'C:\\',
  '\r\nSet-Cookie: x=1',
  'a\u0000b',
  '\ud800',
  '\udfff\ud800',
  '😀'.repeat(50),
  'e\u0301'.repeat(40),
  '\u202eevil',
  'localitymodel@kent.gov.uk',
  'nobody@example.org',
  'all',
  'help',
  'plan meetings',
  'ask',
  'questions',
  'faq funding',
  'set question channel',
];

const NUMBERS_AS_STRINGS = [
  '0',
  '-0',
  '1',
  '-1',
  '42',
  '  42 ',
  '1e3',
  '1e309',
  '-1e309',
  '0x10',
  '0b11',
  '1_000',
  '1,200.00',
  '£1200',
  '250050',
  '2500.50',
  '9007199254740993',
  '123456789012345678901234567890',
  'Infinity',
  '-Infinity',
  '1.',
  '.5',
  '+5',
];

const DATE_LIKE = [
  '2026-09-01',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '9999-12-31',
  '2026-09-01T25:61:61Z',
  '2026-09-01T13:00:00+14:00',
  '2026-09-01T13:00:00-12:00',
  '2026-09-01T13:00:00.123456789Z',
  '2026-W36',
  '2026-27',
  '2027-26',
  '1999-00',
  '2026-2027',
  '24:00',
  '23:60',
  '-1:00',
  '13:30',
  '2026-09',
  '2026-00',
  '275760-09-13',
];

/** A very long string, near and past the bodies' 100 kB limit (and the bot's 1 MB). */
const longString = fc
  .tuple(fc.constantFrom(1_000, 5_000, 40_000, 99_000, 200_000), hostileChar)
  .map(([n, c]) => c.repeat(Math.ceil(n / c.length)).slice(0, n));

/** A hostile string: random units, well-known troublemakers, numbers and dates as strings, sometimes very long. */
export function hostileString(known: readonly string[] = []): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.string({ unit: hostileChar, maxLength: 24 }) },
    { weight: 3, arbitrary: fc.constantFrom(...SPECIAL_STRINGS) },
    { weight: 3, arbitrary: fc.constantFrom(...NUMBERS_AS_STRINGS) },
    { weight: 3, arbitrary: fc.constantFrom(...DATE_LIKE) },
    { weight: 1, arbitrary: longString },
    ...(known.length > 0
      ? [
          { weight: 4, arbitrary: fc.constantFrom(...known) },
          {
            weight: 2,
            arbitrary: fc
              .tuple(
                fc.constantFrom(...known),
                fc.constantFrom(' ', '\u0000', '.ics', "'", '/..', '%00', 'x', '\ud800'),
              )
              .map(([k, s]) => (s === 'x' ? k.toUpperCase() : `${k}${s}`)),
          },
        ]
      : []),
  );
}

const RAW_NUMBERS = [
  '1e400',
  '-1e400',
  '1E-400',
  '-0',
  '0.0',
  '123456789012345678901234567890',
  '-123456789012345678901234567890',
  '9007199254740993',
  '1.7976931348623157e308',
  '4.9e-324',
  '0.1e1',
  '1.00000000000000000000000000001',
];

/** A hostile number: integers, doubles at the edges, and numbers only raw JSON can say. */
const hostileNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -1, 1, 2 ** 31, -(2 ** 31), 2 ** 53, Number.MAX_SAFE_INTEGER, Number.MAX_VALUE, Number.MIN_VALUE),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(...RAW_NUMBERS).map((t) => new RawJson(t)),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map((b) => new RawJson(b.toString())),
);

/** Nesting far deeper than any body of the app: arrays or objects, 64 to 40,000 levels (as raw JSON text). */
const deepNesting: fc.Arbitrary<RawJson> = fc
  .tuple(fc.constantFrom(64, 1_000, 5_000, 40_000), fc.constantFrom('array', 'object', 'mixed'))
  .map(([depth, kind]) => {
    if (kind === 'array') return new RawJson(`${'['.repeat(depth)}${']'.repeat(depth)}`);
    if (kind === 'object') return new RawJson(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
    return new RawJson(`${'[{"__proto__":'.repeat(depth)}null${'}]'.repeat(depth)}`);
  });

/** Object keys: prototype keys, the app's own field names, and random strings. */
function hostileKey(fieldNames: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
    { weight: 3, arbitrary: fc.constantFrom(...fieldNames) },
    { weight: 2, arbitrary: fc.string({ unit: hostileChar, maxLength: 12 }) },
  );
}

/** Any JSON of any shape: arrays, objects with odd keys, nulls, hostile numbers and strings, deep nesting. */
export function hostileJson(fieldNames: readonly string[], known: readonly string[] = []): fc.Arbitrary<unknown> {
  const leaf = fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(null, true, false) },
    { weight: 3, arbitrary: hostileNumber },
    { weight: 5, arbitrary: hostileString(known) },
    { weight: 1, arbitrary: deepNesting },
  );
  const { value } = fc.letrec<{ value: unknown; array: unknown[]; object: JsonEntries }>((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object')),
    array: fc.array(tie('value'), { maxLength: 5 }),
    object: fc
      .array(fc.tuple(hostileKey(fieldNames), tie('value')), { maxLength: 6 })
      .map((entries) => new JsonEntries(entries)),
  }));
  return value;
}

/* --- mutating a valid value: the deepest reach, since most of the body still passes validation --- */

type Tree = unknown; // plain JSON values, with objects as JsonEntries

function toTree(value: unknown): Tree {
  if (Array.isArray(value)) return value.map(toTree);
  if (value instanceof JsonEntries) return new JsonEntries(value.entries.map(([k, v]) => [k, toTree(v)]));
  if (value !== null && typeof value === 'object' && !(value instanceof RawJson)) {
    return new JsonEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, toTree(v)]),
    );
  }
  return value;
}

/** Every place in a value: the root, and each object entry and array item below it. */
function placesIn(tree: Tree, at: (string | number)[] = []): (string | number)[][] {
  const places = [at];
  const children = Array.isArray(tree) ? tree : tree instanceof JsonEntries ? tree.entries.map(([, v]) => v) : [];
  for (const [i, child] of children.entries()) places.push(...placesIn(child, [...at, i]));
  return places;
}

type Mutation = 'replace' | 'replaceLeaf' | 'delete' | 'retype' | 'addKey' | 'duplicateKey' | 'wrap' | 'huge';
const MUTATIONS: Mutation[] = [
  'replace',
  'replace',
  'replaceLeaf',
  'replaceLeaf',
  'replaceLeaf',
  'delete',
  'retype',
  'addKey',
  'duplicateKey',
  'wrap',
  'huge',
];

/** A hostile scalar: what a field that wants a string, number or date most often gets wrong. */
const hostileLeaf = fc.oneof(
  { weight: 6, arbitrary: hostileString() },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false) },
);

function retyped(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 1;
  if (typeof value === 'string') return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value === '' ? null : [value];
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 1 ? value[0] : new JsonEntries(value.map((v, i) => [String(i), v]));
  if (value instanceof JsonEntries) return value.entries.map(([, v]) => v);
  return null;
}

function mutateAt(tree: Tree, place: (string | number)[], mutation: Mutation, hostile: unknown, key: string): Tree {
  if (mutation === 'replaceLeaf') return mutateAt(tree, place, 'replace', hostile, key);
  if (place.length === 0) {
    if (mutation === 'retype') return retyped(tree);
    if (mutation === 'wrap') return [tree];
    if (mutation === 'addKey' && tree instanceof JsonEntries) return new JsonEntries([...tree.entries, [key, hostile]]);
    if (mutation === 'replace') return hostile;
    return tree;
  }
  const [head, ...rest] = place as [number, ...(string | number)[]];
  if (Array.isArray(tree)) {
    if (head >= tree.length) return tree; // removed by an earlier change
    const items = [...tree];
    if (rest.length === 0 && mutation === 'delete') items.splice(head, 1);
    else if (rest.length === 0 && mutation === 'duplicateKey') items.push(hostile);
    else items[head] = mutateAt(items[head], rest, mutation, hostile, key);
    return items;
  }
  if (tree instanceof JsonEntries) {
    if (head >= tree.entries.length) return tree; // removed by an earlier change
    const entries = [...tree.entries];
    const [name, inner] = entries[head] as [string, unknown];
    if (rest.length === 0 && mutation === 'delete') entries.splice(head, 1);
    else if (rest.length === 0 && mutation === 'duplicateKey') entries.push([name, hostile]);
    else if (rest.length === 0 && mutation === 'huge') entries[head] = [name, 'x'.repeat(120_000)];
    else entries[head] = [name, mutateAt(inner, rest, mutation, hostile, key)];
    return new JsonEntries(entries);
  }
  return tree;
}

/** A valid value with one to three hostile changes at random places (replaced, deleted, retyped, extra keys…). */
export function mutated(
  valid: unknown,
  json: fc.Arbitrary<unknown>,
  fieldNames: readonly string[],
): fc.Arbitrary<unknown> {
  const places = placesIn(toTree(valid));
  const change = fc.record({
    place: fc.nat({ max: places.length - 1 }),
    mutation: fc.constantFrom(...MUTATIONS),
    hostile: json,
    leaf: hostileLeaf,
    key: hostileKey(fieldNames),
  });
  return fc.array(change, { minLength: 1, maxLength: 3 }).map((changes) => {
    let tree = toTree(valid);
    for (const { place, mutation, hostile, leaf, key } of changes) {
      // Places are those of the valid value; a change above may have removed one, then this change does nothing.
      tree = mutateAt(
        tree,
        places[place] as (string | number)[],
        mutation,
        mutation === 'replaceLeaf' ? leaf : hostile,
        key,
      );
    }
    return tree;
  });
}

/* --- bodies as bytes --- */

/** Bytes that are not UTF-8 (or only nearly), inside and outside JSON strings. */
export const notUtf8 = fc.constantFrom(
  Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]),
  Buffer.from('{"text":"\xff\xfe\xc0\xaf"}', 'latin1'),
  Buffer.from('{"text":"\xed\xa0\x80"}', 'latin1'),
  Buffer.from('{"text":"\xf4\x90\x80\x80"}', 'latin1'),
  Buffer.from('\xef\xbb\xbf{"a":1}', 'latin1'),
  Buffer.from('{"a":"\xc3"}', 'latin1'),
  Buffer.from([0x00, 0x00, 0x00, 0x7b]),
);

const BROKEN_JSON = [
  '',
  ' ',
  '{',
  '}',
  '{"a":',
  '{"a" 1}',
  "{'a':1}",
  '[1,]',
  '{"a":1,}',
  'NaN',
  'undefined',
  '{"a":1}garbage',
  '{"a":1}{"b":2}',
  '\ufeff{}',
  '{"a":"\\ud800"}',
  '{"a":"\\udfff\\ud800"}',
  '{"a":"\\u0000"}',
  '"\\uDFFF"',
  '{"a":"\\x41"}',
  '{"a":01}',
  '{"a":.5}',
  '{"a":+1}',
  '{"a":0x10}',
  '{"__proto__":{"isOfficer":true,"roles":[{"role":"officer"}]}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"a":1,"a":{"__proto__":[]}}',
  'null',
  'true',
  '0',
  '"string"',
  '[]',
  '[null]',
  '{}',
  '\u0000',
  'community_id,academic_year,allocation_gbp\n',
  'a=1&b=2',
  '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--',
];

/** Text that is not JSON, or is JSON of a kind no route expects. */
export const brokenJson = fc.constantFrom(...BROKEN_JSON);

/** A huge body: long arrays or strings, around the 100 kB and 1 MB limits. */
export const hugeBody = fc.constantFrom(
  () => JSON.stringify(Array.from({ length: 30_000 }, (_, i) => i)),
  () => JSON.stringify({ text: 'x'.repeat(99_900) }),
  () => JSON.stringify({ text: 'x'.repeat(1_100_000) }),
  () => `[${'{},'.repeat(300_000)}{}]`,
);

/** A gzip body made of zeros that inflates far past any limit (a small zip bomb). */
export const gzipBomb = (): Buffer => gzipSync(Buffer.alloc(20_000_000));

/* --- path segments --- */

/** UTF-8 bytes of a JavaScript string, writing a lone surrogate as the three bytes CESU-8 would (not valid UTF-8). */
function wtf8(text: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i) as number;
    if (code > 0xffff) i++;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else {
      bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    }
  }
  return bytes;
}

const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

/** Percent-encodes a string: every byte, or only what must be (leaving unreserved characters as they are). */
function percentEncoded(text: string, everyByte: boolean): string {
  return wtf8(text)
    .map((b) => {
      const c = String.fromCharCode(b);
      return !everyByte && b < 0x80 && UNRESERVED.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}

/** Latin-1 text an HTTP client puts on the request line as it is (no space, control character or '/'). */
const rawPathChar = fc.oneof(
  fc.integer({ min: 0x21, max: 0x7e }).filter((c) => c !== 0x2f && c !== 0x3f && c !== 0x23),
  fc.integer({ min: 0x80, max: 0xff }),
);

const SPECIAL_SEGMENTS = [
  '%00',
  'a%00b',
  '%',
  '%%',
  '%G0',
  '%0',
  '%E0%A4%A',
  '%C0%AF',
  '%C0%AE%C0%AE',
  '%2F',
  '%2f..%2f..%2fme',
  '%2e%2e',
  '%2e',
  '..',
  '.',
  '...',
  '%5C..%5C',
  '%FF',
  '%FE%FF',
  '%ED%A0%80',
  '%ED%BF%BF%ED%A0%80',
  '%F4%90%80%80',
  '%EF%BF%BE',
  '%u0041',
  '%0A',
  '%0D%0ASet-Cookie:%20a=1',
  '%7F',
  '%C2%85',
  '%E2%80%AE',
  '+',
  '*',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'toString',
  'prototype',
  '%24%7B7*7%7D',
  "'%20OR%20'1'='1",
  'null',
  'undefined',
  '0',
  '-1',
  '1e400',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'x.ics',
  '.ics',
  '2026-27.ics',
  '2026-27.ics.ics',
  '2026-27.ICS',
  '9999-99.ics',
];

/** A path segment: a known good one, a hostile string percent-encoded, raw Latin-1, malformed escapes, very long. */
export function pathSegment(known: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    ...(known.length > 0
      ? [
          { weight: 7, arbitrary: fc.constantFrom(...known).map((k) => percentEncoded(k, false)) },
          {
            weight: 1,
            arbitrary: fc
              .tuple(
                fc.constantFrom(...known),
                fc.constantFrom('%00', '%20', '.', '..', '%2F', '%ED%A0%80', '%', ';a=1'),
              )
              .map(([k, s]) => `${percentEncoded(k, false)}${s}`),
          },
        ]
      : []),
    { weight: 3, arbitrary: fc.constantFrom(...SPECIAL_SEGMENTS) },
    { weight: 2, arbitrary: fc.tuple(hostileString(), fc.boolean()).map(([s, all]) => percentEncoded(s, all)) },
    {
      weight: 1,
      arbitrary: fc.array(rawPathChar, { minLength: 1, maxLength: 20 }).map((cs) => String.fromCharCode(...cs)),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(300, 2_000, 8_000, 20_000), fc.constantFrom('a', '%41', '%00', '%E2%82%AC', '..%2F'))
        .map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length))),
    },
  );
}

/** A query string (or none): the app's own parameters and others, with hostile, repeated and bracketed values. */
export function queryString(known: readonly string[]): fc.Arbitrary<string> {
  const key = fc.oneof(
    fc.constantFrom('year', 'q', 'communityId', 'schoolId', 'status', 'format', 'theme', 'scope', 'draft'),
    fc.constantFrom('__proto__', 'constructor', 'q[]', 'q[__proto__]', 'q[a][b]', 'hasOwnProperty', ''),
    fc.string({ unit: hostileChar, maxLength: 8 }).map((s) => percentEncoded(s, false)),
  );
  const value = fc.oneof(
    pathSegment(known),
    fc.constantFrom('', 'md', 'docx', 'csv', 'open', 'approved', '2026-27', 'all', 'speech', '%', '%00', '&&', '=='),
  );
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant('') },
    {
      weight: 2,
      arbitrary: fc
        .array(fc.tuple(key, fc.option(value, { nil: undefined })), { minLength: 1, maxLength: 5 })
        .map((pairs) => `?${pairs.map(([k, v]) => (v === undefined ? k : `${k}=${v}`)).join('&')}`),
    },
    { weight: 1, arbitrary: fc.constantFrom('?', '??', '?&', '?=', '?#', '?q=a#frag', `?${'a=1&'.repeat(3000)}`) },
  );
}

/* --- header values --- */

/** A header value an HTTP client can send: tab, printable ASCII and Latin-1 (no CR, LF or NUL). */
export const headerText = (maxLength: number) =>
  fc
    .array(
      fc.oneof(
        { weight: 6, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) },
        { weight: 1, arbitrary: fc.integer({ min: 0x80, max: 0xff }) },
        { weight: 1, arbitrary: fc.constant(0x09) },
      ),
      { maxLength },
    )
    .map((cs) => String.fromCharCode(...cs));

/** Content types and charsets, right and wrong. */
export const CONTENT_TYPES = [
  'application/json',
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=UTF-8',
  'application/json;charset="utf-8"',
  'Application/JSON',
  'application/json; charset=utf-16',
  'application/json; charset=utf-16le',
  'application/json; charset=latin1',
  'application/json; charset=iso-8859-1',
  'application/json; charset=klingon',
  'application/json; charset=',
  'application/json; charset',
  'application/json; boundary=x; charset=utf-8; charset=ascii',
  'application/json;;;',
  'application/merge-patch+json',
  'application/vnd.api+json',
  'application/problem+json',
  'application/json-seq',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'text/plain',
  'text/plain; charset=utf-8',
  'text/csv',
  'text/csv; charset=windows-1252',
  'text/csv; charset=klingon',
  'text/html',
  'application/octet-stream',
  '*/*',
  'json',
  '',
  ';',
  '/',
  'application/',
];
