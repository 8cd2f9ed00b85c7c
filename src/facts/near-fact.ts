import { boundedCache } from '../core/cache.js';
import { nearestOf } from '../core/near.js';

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
  const match = nearestOf(folded, names.map(fold), folded.length < 8 ? 1 : 2);
  return match === undefined ? undefined : names.find((name) => fold(name) === match);
};
