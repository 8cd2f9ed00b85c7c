import { boundedCache } from '../core/cache.js';
import { nearestOf } from '../core/near.js';
import { FACT_KINDS } from './vocabulary.js';

/**
 * The fact name a caller's key nearly spells — the same but for case and separators
 * (`site_area_m2`), or one or two letters off (`siteAreaM`, `floorArea`) — so that a typo
 * is named instead of silently ignored. Keys far from every name (an `id`, a register's
 * own columns) get nothing: they are the caller's, not mistakes.
 */
export const nearFactName = (key: string): string | undefined => {
  if (key.length > MAX_KEY) return undefined;
  const known = verdicts.get(key);
  if (known !== undefined) return known === NONE ? undefined : known;
  const found = search(key);
  verdicts.set(key, found ?? NONE);
  return found;
};

/** No fact name is longer than this; a longer key is nobody's typo of one. */
const MAX_KEY = 64;
const NONE = '';
// Batch registers repeat the same few column names line after line: each is judged once.
const verdicts = boundedCache<string, string>({ maxEntries: 1024, maxKeyLength: MAX_KEY });

const fold = (text: string): string => text.toLowerCase().replace(/[-_\s]/g, '');

/** Every fact name by its folded form, worked out once. */
const BY_FOLDED: ReadonlyMap<string, string> = new Map([...FACT_KINDS.keys()].map((name) => [fold(name), name]));
const FOLDED: readonly string[] = [...BY_FOLDED.keys()];

const search = (key: string): string | undefined => {
  const folded = fold(key);
  const same = BY_FOLDED.get(folded);
  if (same !== undefined) return same;
  // Short keys are too easily one letter from some fact; longer ones may be two off.
  if (folded.length < 5) return undefined;
  const match = nearestOf(folded, FOLDED, folded.length < 8 ? 1 : 2);
  return match === undefined ? undefined : BY_FOLDED.get(match);
};
