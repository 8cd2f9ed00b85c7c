/**
 * Exact rational arithmetic for thresholds and facts.
 *
 * Binary floating point gets bounds wrong (0.05 × 300 = 15.000000000000002, so a
 * 15 m² reserve would "exceed" 5% of 300 m²). Every number a rule compares is
 * therefore read from its shortest decimal form — what the caller wrote — into a
 * fraction of BigInts, and compared exactly.
 */
export interface Exact {
  readonly num: bigint;
  /** Always > 0, and the fraction is kept in lowest terms. */
  readonly den: bigint;
  /**
   * A number whose shortest decimal form is exactly this value, when one is known
   * (the number it was read from). Two such values compare as their numbers do,
   * since the shortest decimal form orders as the numbers themselves.
   */
  readonly shown?: number;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const rest = x % y;
    x = y;
    y = rest;
  }
  return x === 0n ? 1n : x;
};

export const fraction = (num: bigint, den: bigint): Exact => {
  if (den === 1n) return { num, den };
  if (den === 0n) throw new RangeError('denominator is zero');
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den);
  return { num: (sign * num) / g, den: (sign * den) / g };
};

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

const fromText = (text: string): Exact => {
  const match = DECIMAL.exec(text);
  if (!match) throw new RangeError(`not a decimal number: ${text}`);
  const [, sign = '', whole = '0', decimals = '', exponentText = '0'] = match;
  const digits = BigInt(whole + decimals) * (sign === '-' ? -1n : 1n);
  const exponent = Number(exponentText) - decimals.length;
  return exponent >= 0 ? fraction(digits * 10n ** BigInt(exponent), 1n) : fraction(digits, 10n ** BigInt(-exponent));
};

const smallGcd = (a: number, b: number): number => {
  while (b !== 0) {
    const rest = a % b;
    a = b;
    b = rest;
  }
  return a;
};

/**
 * A number's fraction. Whole numbers and plain decimals such as 499.99 — nearly all
 * that callers send — are read in double arithmetic: the digits a safe integer, the
 * scale a power of ten up to 10¹², both exact. Anything else takes the decimal text.
 */
const fromNumber = (number: number): Exact => {
  if (Number.isSafeInteger(number)) return { num: BigInt(number), den: 1n };
  const text = String(number);
  let digits = 0;
  let decimals = -1;
  for (let i = number < 0 ? 1 : 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 46 && decimals < 0) decimals = 0;
    else if (code >= 48 && code <= 57) {
      digits = digits * 10 + (code - 48);
      if (decimals >= 0) decimals += 1;
    } else return fromText(text);
  }
  if (decimals <= 0 || decimals > 12 || !Number.isSafeInteger(digits)) return fromText(text);
  const scale = 10 ** decimals;
  const g = smallGcd(digits, scale);
  return { num: BigInt(number < 0 ? -digits / g : digits / g), den: BigInt(scale / g) };
};

/**
 * A number a caller sent. Most are only compared and shown, which the number itself
 * does exactly (see `shown`); the fraction is worked out the first time arithmetic
 * needs it.
 */
class ReadNumber implements Exact {
  #fraction: Exact | undefined;
  constructor(readonly shown: number) {}
  get num(): bigint {
    return (this.#fraction ??= fromNumber(this.shown)).num;
  }
  get den(): bigint {
    return (this.#fraction ??= fromNumber(this.shown)).den;
  }
}

/** Reads a finite number or a decimal string ('0.05', '1e-7') exactly. */
export const exact = (value: number | string): Exact => {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`not finite: ${value}`);
    return new ReadNumber(value);
  }
  const text = value.trim();
  const read = fromText(text);
  // A literal written as a number prints ('500', '0.75') is also compared as that number.
  const number = Number(text);
  return String(number) === text ? { num: read.num, den: read.den, shown: number } : read;
};

export const add = (a: Exact, b: Exact): Exact => fraction(a.num * b.den + b.num * a.den, a.den * b.den);
export const sub = (a: Exact, b: Exact): Exact => fraction(a.num * b.den - b.num * a.den, a.den * b.den);
export const mul = (a: Exact, b: Exact): Exact => fraction(a.num * b.num, a.den * b.den);
export const div = (a: Exact, b: Exact): Exact => fraction(a.num * b.den, a.den * b.num);

/** -1, 0 or 1 as a is below, equal to or above b. */
export const compare = (a: Exact, b: Exact): -1 | 0 | 1 => {
  const x = a.shown;
  const y = b.shown;
  if (x !== undefined && y !== undefined) return x < y ? -1 : x > y ? 1 : 0;
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
};

export const max = (a: Exact, b: Exact): Exact => (compare(a, b) >= 0 ? a : b);
export const ZERO: Exact = fraction(0n, 1n);

/** Whether a number's shortest decimal form has at most 12 decimals (and no exponent). */
const showsWithin12Decimals = (number: number): boolean => {
  if (Number.isInteger(number)) return Math.abs(number) <= Number.MAX_SAFE_INTEGER;
  const text = String(number);
  const dot = text.indexOf('.');
  return dot > 0 && text.length - dot - 1 <= 12 && !text.includes('e');
};

/** The nearest double, for display only; exact values up to 12 decimals print as typed. */
export const toNumber = (value: Exact): number => {
  const shown = value.shown;
  // -0 shows as 0, as the fraction (which has no sign of zero) would.
  if (shown !== undefined && showsWithin12Decimals(shown)) return shown === 0 ? 0 : shown;
  const { num, den } = value;
  if (num <= 9_007_199_254_740_991n && num >= -9_007_199_254_740_991n && den <= 1_000_000_000_000n) {
    // Whole numbers, and fractions of at most 12 decimals (den divides 10¹²): two exact
    // doubles divided round once, to the same number the decimal text would give.
    const d = Number(den);
    if (1e12 % d === 0) return Number(num) / d;
  }
  const scale = 10n ** 12n;
  const negative = value.num < 0n;
  const abs = negative ? -value.num : value.num;
  // Round half up on the magnitude, so -x shows as the mirror of x.
  const scaled = (abs * scale * 2n + value.den) / (value.den * 2n);
  const whole = scaled / scale;
  const part = (scaled % scale).toString().padStart(12, '0');
  return Number(`${negative && scaled !== 0n ? '-' : ''}${whole}.${part}`);
};

export const isExact = (value: unknown): value is Exact =>
  value instanceof ReadNumber ||
  (typeof value === 'object' && value !== null && typeof (value as Exact).num === 'bigint' && typeof (value as Exact).den === 'bigint');
