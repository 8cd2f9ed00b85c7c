import type { FactKind } from './kinds.js';

const WORDS: Record<FactKind['expects'], string> = {
  nonnegative: 'number ≥ 0',
  share: 'share, 0 … 1',
  integer: 'whole number ≥ 0',
  'positive-integer': 'whole number ≥ 1',
  year: 'calendar year (1900 … 2200)',
  degrees: 'degrees, 0 … 90',
  grade: 'quality grade, whole number 1 (best) … 10 (worst)',
  area: 'area',
  date: "calendar date 'YYYY-MM-DD'",
  boolean: 'true | false',
  string: 'string',
  format: 'six-digit code',
  array: 'list',
};

/** What a fact accepts, in words for the docs pages (kept out of runtime bundles). */
export const describeKind = (kind: FactKind, values?: readonly string[]): string => {
  if (kind.type === 'area') return `area ≥ 0 in ${kind.unit}, or { value, unit: 'm2' | 'mu' | 'ha' }`;
  if (values) return `${values.map((v) => `'${v}'`).join(' | ')} | other`;
  if (kind.type === 'array' && kind.nested && Object.keys(kind.nested).length) return `list of { ${Object.keys(kind.nested).join(', ')} }`;
  return WORDS[kind.expects];
};
