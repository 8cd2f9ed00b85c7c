/**
 * Reading values that come from outside (facts, options, rule definitions) without
 * trusting them: own enumerable data properties only, at every depth. A getter is
 * never called, a Proxy trap that throws or a revoked Proxy is caught, a sparse hole
 * or a cycle is named with its path, and every bound is checked before the work it
 * guards, so the time spent is linear in what was read.
 */

/** Size bounds on what one evaluation reads; each exceeded bound is one issue. */
export interface Limits {
  /** Items in one array (and keys in one object) of a fact. */
  readonly maxArrayLength: number;
  /** Issues in one report; past it, one summary issue says how many more there were. */
  readonly maxIssues: number;
  /** Nesting of arrays and objects inside one fact (a fact itself is depth 0). */
  readonly maxDepth: number;
  /** Characters in one string. */
  readonly maxStringLength: number;
}

export const DEFAULT_LIMITS: Limits = Object.freeze({ maxArrayLength: 10_000, maxIssues: 100, maxDepth: 8, maxStringLength: 10_000 });

/** Why a value could not be read as plain data. */
export type Problem = 'unreadable' | 'accessor' | 'cycle' | 'sparse' | 'too-deep' | 'too-long' | 'too-many-items';

export type Copy = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: Problem; readonly path: (string | number)[] };

export interface CopyBounds {
  readonly maxArrayLength: number;
  readonly maxDepth: number;
  readonly maxStringLength: number;
}

class Refusal {
  constructor(
    readonly problem: Problem,
    readonly path: (string | number)[],
  ) {}
}

/** An own property's descriptor, or a Refusal: a Proxy trap may throw. */
const descriptorOf = (value: object, key: string | number): PropertyDescriptor | undefined | Refusal => {
  try {
    return Object.getOwnPropertyDescriptor(value, key);
  } catch {
    return new Refusal('unreadable', []);
  }
};

interface Walk {
  readonly bounds: CopyBounds;
  /**
   * Values visited so far, against maxArrayLength × (maxDepth + 1): an object shared (not a
   * cycle) a thousand times at each of eight levels is a small input but a huge tree, and
   * the copy must stay linear in what was passed.
   */
  visited: number;
  readonly budget: number;
  /** The objects being copied, outermost first: a cycle is an object met again among them (at most maxDepth + 1). */
  readonly ancestors: object[];
  readonly path: (string | number)[];
}

const refuse = (walk: Walk, problem: Problem): never => {
  throw new Refusal(problem, [...walk.path]);
};

/** One own enumerable data property's value, or a Refusal thrown with its path. */
const ownValue = (walk: Walk, current: object, key: string | number, missing: Problem): unknown => {
  const d = descriptorOf(current, key);
  if (d instanceof Refusal) return refuse(walk, 'unreadable');
  if (d === undefined) return refuse(walk, missing);
  if (!('value' in d)) return refuse(walk, 'accessor');
  return d.value;
};

// A plain recursive function over one walk state: called for every object fact of every case.
const copyOf = (walk: Walk, current: unknown, depth: number): unknown => {
  if (++walk.visited > walk.budget) refuse(walk, 'too-many-items');
  if (typeof current === 'string') return current.length > walk.bounds.maxStringLength ? refuse(walk, 'too-long') : current;
  if (current === null || typeof current !== 'object') return current;
  if (depth > walk.bounds.maxDepth) refuse(walk, 'too-deep');
  if (walk.ancestors.includes(current)) refuse(walk, 'cycle');
  let isArray: boolean;
  try {
    isArray = Array.isArray(current);
  } catch {
    // A revoked Proxy.
    return refuse(walk, 'unreadable');
  }
  walk.ancestors.push(current);
  let out: unknown;
  if (isArray) {
    const length = descriptorOf(current, 'length');
    if (length instanceof Refusal || length === undefined || !('value' in length) || typeof length.value !== 'number') return refuse(walk, 'unreadable');
    const n = length.value;
    // Decided from the length alone: `new Array(1e7)` is refused without visiting a hole.
    if (n > walk.bounds.maxArrayLength) refuse(walk, 'too-many-items');
    const items: unknown[] = [];
    for (let i = 0; i < n; i++) {
      walk.path.push(i);
      items.push(copyOf(walk, ownValue(walk, current, i, 'sparse'), depth + 1));
      walk.path.pop();
    }
    out = items;
  } else {
    let keys: string[];
    try {
      keys = Object.keys(current);
    } catch {
      return refuse(walk, 'unreadable');
    }
    if (keys.length > walk.bounds.maxArrayLength) refuse(walk, 'too-many-items');
    // No prototype: a schema reading the copy can never find a polluted Object.prototype's value.
    const record = Object.create(null) as Record<string, unknown>;
    for (const key of keys) {
      walk.path.push(key);
      // A key Object.keys listed may be gone by now (a Proxy): unreadable.
      record[key] = copyOf(walk, ownValue(walk, current, key, 'unreadable'), depth + 1);
      walk.path.pop();
    }
    out = record;
  }
  walk.ancestors.pop();
  return out;
};

/**
 * A plain copy of `value`: arrays and plain objects rebuilt from own enumerable data
 * properties, primitives and functions as they are. Whatever the input, it returns;
 * the first thing that is not plain data is reported with its path.
 */
export const plainCopy = (value: unknown, bounds: CopyBounds): Copy => {
  const walk: Walk = { bounds, visited: 0, budget: bounds.maxArrayLength * (bounds.maxDepth + 1), ancestors: [], path: [] };
  try {
    return { ok: true, value: copyOf(walk, value, 0) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: error.problem, path: error.path };
    // A RangeError from a stack exhausted by some exotic object: still an answer, not a crash.
    return { ok: false, problem: 'unreadable', path: [...walk.path] };
  }
};

/**
 * A checked copy given back to callers with ordinary prototypes (a null-prototype object
 * prints oddly and lacks hasOwnProperty). Object.fromEntries defines every key as an own
 * property, so a '__proto__' key stays data.
 */
export const withPrototypes = <T>(value: T): T => {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(withPrototypes) as T;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withPrototypes(inner)])) as T;
};

/** What a value is, for a message: never calls toJSON, toString or a getter. */
export const describe = (value: unknown): string => {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case 'number':
      return Number.isNaN(value) ? 'NaN' : String(value);
    case 'bigint':
      return 'a BigInt';
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      try {
        return Array.isArray(value) ? 'an array' : 'an object';
      } catch {
        return 'a revoked Proxy';
      }
  }
};

/**
 * Freezes every object reachable through data properties (functions are left as they
 * are: rules carry closures); returns its argument. Objects already frozen are walked
 * too, so a frozen shell cannot hide a mutable inside.
 */
export const deepFreeze = <T>(value: T, skip?: (value: object) => boolean): T => {
  const seen = new WeakSet<object>();
  const walk = (current: unknown): void => {
    if (current === null || typeof current !== 'object' || seen.has(current) || skip?.(current)) return;
    seen.add(current);
    Object.freeze(current);
    for (const key of Reflect.ownKeys(current)) {
      const d = Object.getOwnPropertyDescriptor(current, key);
      if (d && 'value' in d) walk(d.value);
    }
  };
  walk(value);
  return value;
};
