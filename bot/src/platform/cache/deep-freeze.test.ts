import { deepFreeze } from './deep-freeze';

describe('deepFreeze', () => {
  it('freezes every object and array inside the value and returns the same value', () => {
    const value = { name: 'Oakwell', pots: [{ pence: 100 }], meta: { years: ['2026-27'] } };
    const frozen = deepFreeze(value);
    expect(frozen).toBe(value);
    expect(() => {
      (frozen.pots[0] as { pence: number }).pence = 1;
    }).toThrow(TypeError);
    expect(() => frozen.meta.years.push('2027-28')).toThrow(TypeError);
    expect(value.pots[0]?.pence).toBe(100);
  });

  it('leaves primitives as they are and reaches inside objects frozen before', () => {
    expect(deepFreeze(undefined)).toBeUndefined();
    expect(deepFreeze(3)).toBe(3);
    const inner = { b: [1] };
    const outer = Object.freeze({ inner });
    deepFreeze(outer);
    expect(Object.isFrozen(inner.b)).toBe(true);
  });
});
