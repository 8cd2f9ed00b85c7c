import { boundedCache } from '../core/cache.js';

/**
 * The fact name a caller's key nearly spells — the same but for case and separators
 * (`site_area_m2`), or one or two letters off (`siteAreaM`, `floorArea`) — so that a typo
 * is named instead of silently ignored. Keys far from every name (an `id`, a register's
 * own columns) get nothing: they are the caller's, not mistakes.
 */
export const nearFactName = (key: string, names: readonly string[]): string | undefined => {
  if (key.length > MAX_KEY) return undefined;
  const known = verdicts.get(key);
  if (known !== undefined) return known === NONE ? undefined : known;
  const found = search(key, names);
  verdicts.set(key, found ?? NONE);
  return found;
};

/** No fact name is longer than this; a longer key is nobody's typo of one. */
const MAX_KEY = 64;
const NONE = '';
// Batch registers repeat the same few column names line after line: each is judged once.
const verdicts = boundedCache<string, string>({ maxEntries: 1024, maxKeyLength: MAX_KEY });

const fold = (text: string): string => text.toLowerCase().replace(/[-_\s]/g, '');

const search = (key: string, names: readonly string[]): string | undefined => {
  const folded = fold(key);
  const same = names.find((name) => fold(name) === folded);
  if (same !== undefined) return same;
  // Short keys are too easily one letter from some fact; longer ones may be two off.
  if (folded.length < 5) return undefined;
  const allowed = folded.length < 8 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  let tied = false;
  for (const name of names) {
    const distance = editDistance(folded, fold(name), allowed);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
      tied = false;
    } else if (distance === bestDistance) tied = true;
  }
  // Two names equally near: which was meant is not ours to guess.
  return bestDistance <= allowed && !tied ? best : undefined;
};

/** Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`. */
const editDistance = (a: string, b: string, limit: number): number => {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
};
