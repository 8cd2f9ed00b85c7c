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
  /** The number it was read from, when that number shows it exactly (at most 12 decimals). */
  readonly shown?: number;
}

const smallGcd = (a: number, b: number): number => {
  while (b !== 0) {
    const rest = a % b;
    a = b;
    b = rest;
  }
  return a;
};

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
};

export const fraction = (num: bigint, den: bigint): Exact => {
  if (den === 1n) return { num, den };
  if (den === 0n) throw new RangeError('denominator is zero');
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den);
  return { num: (sign * num) / g, den: (sign * den) / g };
};

/**
 * A number's text such as '499.99' or '-0.75', the next most common case after whole
 * numbers, read in double arithmetic: its digits as a safe integer and its scale a
 * power of ten up to 10¹², both exact. Anything else (exponents, more digits) is left
 * to the general reading below.
 */
const plainDecimal = (text: string): { digits: number; scale: number } | undefined => {
  let digits = 0;
  let decimals = -1;
  for (let i = text.charCodeAt(0) === 45 ? 1 : 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 46 && decimals < 0) decimals = 0;
    else if (code >= 48 && code <= 57) {
      digits = digits * 10 + (code - 48);
      if (decimals >= 0) decimals += 1;
    } else return undefined;
  }
  if (decimals <= 0 || decimals > 12 || !Number.isSafeInteger(digits)) return undefined;
  return { digits, scale: 10 ** decimals };
};

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/** Reads a finite number or a decimal string ('0.05', '1e-7') exactly. */
export const exact = (value: number | string): Exact => {
  // Whole numbers, the common case, need no decimal parsing.
  if (typeof value === 'number' && Number.isSafeInteger(value)) return { num: BigInt(value), den: 1n };
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`not finite: ${value}`);
  const text = typeof value === 'number' ? String(value) : value.trim();
  if (typeof value === 'number') {
    const plain = plainDecimal(text);
    if (plain !== undefined) {
      const g = smallGcd(plain.digits, plain.scale);
      return { num: BigInt(value < 0 ? -plain.digits / g : plain.digits / g), den: BigInt(plain.scale / g), shown: value };
    }
  }
  const match = DECIMAL.exec(text);
  if (!match) throw new RangeError(`not a decimal number: ${text}`);
  const [, sign = '', whole = '0', decimals = '', exponentText = '0'] = match;
  const digits = BigInt(whole + decimals) * (sign === '-' ? -1n : 1n);
  const exponent = Number(exponentText) - decimals.length;
  return exponent >= 0 ? fraction(digits * 10n ** BigInt(exponent), 1n) : fraction(digits, 10n ** BigInt(-exponent));
};

export const add = (a: Exact, b: Exact): Exact => fraction(a.num * b.den + b.num * a.den, a.den * b.den);
export const sub = (a: Exact, b: Exact): Exact => fraction(a.num * b.den - b.num * a.den, a.den * b.den);
export const mul = (a: Exact, b: Exact): Exact => fraction(a.num * b.num, a.den * b.den);
export const div = (a: Exact, b: Exact): Exact => fraction(a.num * b.den, a.den * b.num);

/** -1, 0 or 1 as a is below, equal to or above b. */
export const compare = (a: Exact, b: Exact): -1 | 0 | 1 => {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
};

export const max = (a: Exact, b: Exact): Exact => (compare(a, b) >= 0 ? a : b);
export const ZERO: Exact = fraction(0n, 1n);

/** The nearest double, for display only; exact values up to 12 decimals print as typed. */
export const toNumber = (value: Exact): number => {
  if (value.shown !== undefined) return value.shown;
  // Whole numbers within double precision need no decimal expansion.
  if (value.den === 1n && value.num <= 9_007_199_254_740_991n && value.num >= -9_007_199_254_740_991n) return Number(value.num);
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
  typeof value === 'object' && value !== null && typeof (value as Exact).num === 'bigint' && typeof (value as Exact).den === 'bigint';
