import { type Exact, fraction, div, mul } from './exact.js';

export const AREA_UNITS = ['m2', 'mu', 'ha'] as const;
export type AreaUnit = (typeof AREA_UNITS)[number];

/** Square metres in one unit: 1 ha = 15 mu = 10 000 m² exactly (conventions §3). */
const SQUARE_METRES: Record<AreaUnit, Exact> = {
  m2: fraction(1n, 1n),
  mu: fraction(10_000n, 15n),
  ha: fraction(10_000n, 1n),
};

// Square metres, the usual unit, need no arithmetic.
export const toSquareMetres = (value: Exact, unit: AreaUnit): Exact => (unit === 'm2' ? value : mul(value, SQUARE_METRES[unit]));
export const fromSquareMetres = (squareMetres: Exact, unit: AreaUnit): Exact => (unit === 'm2' ? squareMetres : div(squareMetres, SQUARE_METRES[unit]));

export const UNIT_LABEL: Record<AreaUnit, { 'zh-Hans': string; 'zh-Hant': string; en: string }> = {
  m2: { 'zh-Hans': '平方米', 'zh-Hant': '平方米', en: 'm²' },
  mu: { 'zh-Hans': '亩', 'zh-Hant': '畝', en: 'mu' },
  ha: { 'zh-Hans': '公顷', 'zh-Hant': '公頃', en: 'ha' },
};
