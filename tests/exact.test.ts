import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, exact, fraction, mul, toNumber } from '../src/core/exact.js';

/** The same value without the number it was read from: toNumber must work it out. */
const bare = (value: { num: bigint; den: bigint }) => ({ num: value.num, den: value.den });

describe('exact numbers', () => {
  it('reads a number as the fraction its decimal text gives, in lowest terms', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.integer({ min: -1e12, max: 1e12 }).chain((whole) => fc.integer({ min: 0, max: 15 }).map((places) => whole / 10 ** places)),
        ),
        (value) => {
          expect(bare(exact(value))).toEqual(bare(exact(String(value))));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('shows a number it read as the same number the slow display gives', () => {
    const decimals = fc.integer({ min: -1e9, max: 1e9 }).chain((whole) => fc.integer({ min: 0, max: 15 }).map((places) => whole / 10 ** places));
    fc.assert(
      fc.property(fc.oneof(decimals, fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 })), (value) => {
        expect(toNumber(exact(value))).toBe(toNumber(bare(exact(value))));
      }),
      { numRuns: 5000 },
    );
  });

  it('compares numbers and literals as their fractions do', () => {
    const number = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer().map((n) => n / 100),
      fc.constantFrom(0, -0, 500, 499.99, 500.01),
    );
    fc.assert(
      fc.property(number, number, fc.boolean(), (a, b, literal) => {
        const right = literal ? exact(String(b)) : exact(b);
        expect(compare(exact(a), right)).toBe(compare(bare(exact(a)), bare(right)));
      }),
      { numRuns: 5000 },
    );
  });

  it('shows a fraction of at most 12 decimals as the number its decimal text gives', () => {
    // The decimal text worked out with BigInts alone, as a reference.
    const text = (num: bigint, den: bigint) => {
      const negative = num < 0n;
      const scaled = ((negative ? -num : num) * 10n ** 12n) / den;
      return `${negative ? '-' : ''}${scaled / 10n ** 12n}.${(scaled % 10n ** 12n).toString().padStart(12, '0')}`;
    };
    const den = fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 })).map(([twos, fives]) => 2n ** BigInt(twos) * 5n ** BigInt(fives));
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 53n) + 1n, max: 2n ** 53n - 1n }), den, (num, d) => {
        const value = fraction(num, d);
        expect(toNumber(value)).toBe(Number(text(value.num, value.den)) + 0);
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps bounds exact where doubles do not: 5% of 300 is 15, 0.1 + 0.2 is 0.3', () => {
    expect(compare(mul(exact(0.05), exact(300)), exact(15))).toBe(0);
    expect(compare(exact(0.30000000000000004), exact(0.3))).toBe(1);
    expect(bare(exact(499.99))).toEqual({ num: 49_999n, den: 100n });
    expect(bare(exact(-0.5))).toEqual({ num: -1n, den: 2n });
    expect(toNumber(exact(0.0000000000001))).toBe(0);
    expect(toNumber(exact(1.0000000000005))).toBe(1.000000000001);
  });
});
