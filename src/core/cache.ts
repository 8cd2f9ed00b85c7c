/**
 * Every cache that lives as long as the module does (in src/core and src/facts) is made
 * here, so each one states its bound where it is made and none can grow without end.
 * Caches only remember what a pure function already gave: emptying one changes no answer.
 *
 * - `boundedCache({ maxEntries, maxKeyLength })`: keyed by strings or numbers. At
 *   `maxEntries` it is emptied whole before the next entry (the working set — a few dates,
 *   templates, option lists — refills it at once, and the hot path pays no LRU bookkeeping);
 *   a string key longer than `maxKeyLength` is never kept.
 * - `objectCache()`: keyed by an object the cache does not own (a rule, a rule list, an
 *   evaluation context, a caller's options object). A WeakMap: an entry lives no longer
 *   than its key, so the bound is the callers' own objects.
 * - `boundedPerObject(bounds)`: the two together — per object, a bounded cache.
 */

export interface CacheBounds {
  /** Entries kept at most; the cache is emptied when one more would pass this. */
  readonly maxEntries: number;
  /** A string key longer than this is not kept (default: any length). */
  readonly maxKeyLength?: number;
}

export class BoundedCache<K extends string | number, V> {
  private readonly entries = new Map<K, V>();
  private readonly maxEntries: number;
  private readonly maxKeyLength: number;
  constructor(bounds: CacheBounds) {
    this.maxEntries = bounds.maxEntries;
    this.maxKeyLength = bounds.maxKeyLength ?? Number.POSITIVE_INFINITY;
  }
  get(key: K): V | undefined {
    return this.entries.get(key);
  }
  /** Remembers the value unless the key is too long to keep; returns the value either way. */
  set(key: K, value: V): V {
    if (typeof key === 'string' && key.length > this.maxKeyLength) return value;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, value);
    return value;
  }
  get size(): number {
    return this.entries.size;
  }
}

export const boundedCache = <K extends string | number, V>(bounds: CacheBounds): BoundedCache<K, V> => new BoundedCache(bounds);

/** Keyed by objects the cache does not own: bounded by their lifetimes. */
export const objectCache = <K extends object, V>(): WeakMap<K, V> => new WeakMap<K, V>();

/** Per object (weakly held), a bounded cache of string or number keys. */
export class BoundedPerObject<O extends object, K extends string | number, V> {
  private readonly byObject = new WeakMap<O, BoundedCache<K, V>>();
  constructor(private readonly bounds: CacheBounds) {}
  get(object: O, key: K): V | undefined {
    return this.byObject.get(object)?.get(key);
  }
  set(object: O, key: K, value: V): V {
    let cache = this.byObject.get(object);
    if (!cache) this.byObject.set(object, (cache = new BoundedCache(this.bounds)));
    return cache.set(key, value);
  }
}

export const boundedPerObject = <O extends object, K extends string | number, V>(bounds: CacheBounds): BoundedPerObject<O, K, V> =>
  new BoundedPerObject(bounds);
