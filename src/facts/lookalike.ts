/**
 * Look-alikes of enumerated values: a string that is not exactly a known value but
 * becomes one once normalised (NFKC, case, whitespace, dashes and underscores,
 * zero-width and other format characters, Cyrillic and Greek letters that look Latin).
 * Such a value is refused rather than read as "some other value", which would pass or
 * silently fail a negative list.
 */

import { boundedCache } from '../core/cache.js';

// Letters drawn like Latin ones (after lower-casing), from Unicode's confusables for the
// scripts a copied value is likely to carry.
const LETTERS: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ӏ: 'l',
  ɡ: 'g',
  ı: 'i',
  ȷ: 'j',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
};
const LETTER = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'gu');
// Format characters (zero-width space, joiners, BOM, soft hyphen, bidi marks) vanish.
const FORMAT = /\p{Cf}/gu;
// Runs of spaces, dashes of every kind and underscores read as one hyphen.
const SEPARATORS = /[\s\p{Pd}_\u2212\u2043]+/gu;

/** The form two strings share when one looks like the other. */
const skeleton = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(FORMAT, '')
    .toLowerCase()
    .replace(LETTER, (c) => LETTERS[c] ?? c)
    .replace(SEPARATORS, '-')
    .replace(/^-+|-+$/g, '');

/** For a list of known values: which one a string only looks like, or undefined. */
export const lookalikeFinder = (values: readonly string[]): ((text: string) => string | undefined) => {
  const known = new Set(values);
  const bySkeleton = new Map<string, string>();
  for (const value of values) if (!bySkeleton.has(skeleton(value))) bySkeleton.set(skeleton(value), value);
  // Other values repeat from case to case: their verdicts are kept, bounded in entries and key length.
  // A verdict of "none" is kept as null, so one lookup answers.
  const verdicts = boundedCache<string, string | null>({ maxEntries: 1024, maxKeyLength: 64 });
  return (text) => {
    if (known.has(text)) return undefined;
    let verdict = verdicts.get(text);
    if (verdict === undefined) verdict = verdicts.set(text, bySkeleton.get(skeleton(text)) ?? null);
    return verdict ?? undefined;
  };
};
