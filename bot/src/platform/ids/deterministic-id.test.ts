import { uuidV5 } from './deterministic-id';

describe('name-based ids', () => {
  it('matches the RFC 9562 version 5 test vector', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('gives the same name the same id and different names different ids', () => {
    expect(uuidV5('meeting:dartford-north:2026-27:9')).toBe(uuidV5('meeting:dartford-north:2026-27:9'));
    expect(uuidV5('meeting:dartford-north:2026-27:9')).not.toBe(uuidV5('meeting:dartford-north:2026-27:11'));
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => uuidV5('x', 'not-a-uuid')).toThrow('Not a UUID namespace');
  });
});
