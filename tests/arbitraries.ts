import fc from 'fast-check';
import { leavesOf } from '../src/core/conditions.js';
import { FACT_VALUES } from '../src/facts/descriptions.js';
import { FACTS, FACT_NAMES, type FactName } from '../src/facts/vocabulary.js';
import { RULES } from '../src/rules/index.js';

/** Numbers near the documents' bounds, where mistakes hide. */
const BOUNDS = [0, 0.05, 0.1, 0.15, 0.5, 0.8, 0.99, 1, 2, 3, 4, 5, 10, 14, 20, 24.99, 25, 25.01, 58, 60, 100, 134, 159, 200, 400, 500, 600, 805.2, 1000];
const nearBound = fc.oneof(
  fc.constantFrom(...BOUNDS),
  fc
    .constantFrom(...BOUNDS)
    .chain((b) => fc.constantFrom(b - 0.01, b + 0.01, b * 20, b / 15))
    .filter((n) => n >= 0),
  fc.double({ min: 0, max: 20_000, noNaN: true }),
  fc.integer({ min: 0, max: 3000 }),
);
const share = fc.oneof(fc.constantFrom(0, 0.05, 0.1, 0.15, 0.6, 0.8, 0.99, 1), fc.double({ min: 0, max: 1, noNaN: true }));
const day = fc
  .date({ min: new Date(1985, 0, 1), max: new Date(2032, 11, 31), noInvalidDate: true })
  .map((d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`);
const edgeDay = fc.constantFrom(
  '1986-12-31',
  '1987-01-01',
  '2009-12-31',
  '2010-01-01',
  '2020-12-31',
  '2021-01-01',
  '2021-03-31',
  '2021-04-01',
  '2023-02-28',
  '2023-03-01',
  '2023-12-03',
  '2023-12-04',
  '2024-02-29',
  '2025-03-31',
  '2025-12-31',
  '2026-01-01',
  '2026-12-03',
  '2026-12-04',
  '2029-03-15',
);
const date = fc.oneof(edgeDay, day);

/** A valid value of the fact, most of the time one that rules care about. */
export const validFact = (name: FactName): fc.Arbitrary<unknown> => {
  const kind = FACTS[name];
  switch (kind.type) {
    case 'boolean':
      return fc.boolean();
    case 'string':
      if (name === 'countyCode') return fc.constantFrom('450225', '450226', '450202', '340000');
      {
        const values = FACT_VALUES[name];
        return values ? fc.constantFrom(...values, 'other') : fc.string({ minLength: 1 });
      }
    case 'date':
      return date;
    case 'area':
      return fc.oneof(nearBound, fc.record({ value: nearBound, unit: fc.constantFrom('m2', 'mu', 'ha') }));
    case 'number':
      if (kind.expects === 'share') return share;
      if (kind.expects === 'year') return fc.integer({ min: 2019, max: 2027 });
      if (kind.expects === 'degrees') return fc.constantFrom(0, 24.99, 25, 25.01, 45, 90);
      if (kind.expects === 'grade') return fc.integer({ min: 1, max: 10 });
      if (kind.expects === 'positive-integer') return fc.integer({ min: 1, max: 60 });
      if (kind.expects === 'integer') return fc.integer({ min: 0, max: 200 });
      return nearBound;
    case 'array':
      if (name === 'parcels')
        return fc.array(fc.record({ id: fc.string({ minLength: 1, maxLength: 3 }), slopeDegrees: fc.constantFrom(0, 24.99, 25, 30) }), { maxLength: 4 });
      if (name === 'siteAlternatives') {
        return fc.array(
          fc.record({ id: fc.string({ minLength: 1, maxLength: 3 }), cultivatedLandShare: share, permanentBasicFarmlandShare: share, chosen: fc.boolean() }),
          { maxLength: 4 },
        );
      }
      if (name === 'previousProvincialRanks') return fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 60 }));
      return fc.array(fc.constantFrom('point-indication', 'project-list', 'use-blank', 'other'), { maxLength: 3 });
  }
};

/** Values that make a rule's selectors hold, so most generated cases reach its decision. */
const selectorValue = (rule: (typeof RULES)[number], name: FactName): fc.Arbitrary<unknown> => {
  const wanted = leavesOf(rule.selects)
    .filter((leaf) => leaf.fact === name && (leaf.operator === 'equal' || leaf.operator === 'in'))
    .flatMap((leaf) => (Array.isArray(leaf.value) ? leaf.value : [leaf.value]));
  return wanted.length ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...wanted) }, { weight: 1, arbitrary: validFact(name) }) : validFact(name);
};

/** A fact set of valid values aimed at one rule (most of its facts, some left out), plus a few others. */
export const validFacts: fc.Arbitrary<Record<string, unknown>> = fc.constantFrom(...RULES).chain((rule) =>
  fc
    .tuple(
      fc.record(Object.fromEntries(rule.facts.map((n) => [n, selectorValue(rule, n)])), { requiredKeys: [] }),
      fc.uniqueArray(fc.constantFrom(...FACT_NAMES), { maxLength: 4 }).chain((names) => fc.record(Object.fromEntries(names.map((n) => [n, validFact(n)])))),
    )
    .map(([own, others]) => ({ ...others, ...own })),
);

/** Anything JSON can carry, at the top and under fact names, mixed with valid facts. */
export const anyFacts: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(fc.constantFrom(...FACT_NAMES, '__proto__', 'constructor', 'toString', 'x'), fc.jsonValue(), { maxKeys: 12 }),
  fc
    .tuple(
      validFacts,
      fc.dictionary(fc.constantFrom(...FACT_NAMES), fc.oneof(fc.jsonValue(), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, '300', null)), {
        maxKeys: 4,
      }),
    )
    .map(([valid, noise]) => ({ ...valid, ...noise })),
);

/**
 * Hostile fact sets, as recipes (plain data fast-check can print and shrink) that
 * `materialise` turns into getters, Proxies, prototype chains, sparse arrays,
 * confusable strings and extreme dates.
 */
export type Hostility = 'plain' | 'getter' | 'throwing-getter' | 'proxy' | 'throwing-proxy' | 'revoked' | 'inherited' | 'nested-getter' | 'sparse' | 'cycle';
export interface Recipe {
  readonly name: FactName;
  readonly how: Hostility;
  readonly value: unknown;
}

const CONFUSE: readonly ((text: string) => string)[] = [
  (t) => t.replace(/-/g, '\u2010'),
  (t) => t.replace(/o/g, '\u043E'),
  (t) => `${t} `,
  (t) => t.toUpperCase(),
  (t) => (t.length > 1 ? `${t.slice(0, 1)}\u200B${t.slice(1)}` : `\u200B${t}`),
  (t) => t.replace(/-/g, '_'),
  (t) => t.normalize('NFKC').replace(/[a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
];
/** A known enumerated value, made to look like itself. */
export const confusable = (name: FactName): fc.Arbitrary<string> | undefined => {
  const values = FACT_VALUES[name];
  return values ? fc.tuple(fc.constantFrom(...values), fc.constantFrom(...CONFUSE)).map(([value, confuse]) => confuse(value)) : undefined;
};

/** Dates at and beyond the years 0001–9999, and the ends of the range. */
export const extremeDate = fc.constantFrom(
  '0000-12-31',
  '0001-01-01',
  '0001-01-02',
  '0099-12-31',
  '9999-12-30',
  '9999-12-31',
  '10000-01-01',
  '-0001-01-01',
  '+02025-06-30',
);

const hostileValue = (name: FactName): fc.Arbitrary<unknown> => {
  const kind = FACTS[name];
  const lookalike = confusable(name);
  if (kind.type === 'date') return fc.oneof(extremeDate, validFact(name));
  if (lookalike) return fc.oneof(lookalike, validFact(name));
  return validFact(name);
};

export const recipe: fc.Arbitrary<Recipe> = fc.constantFrom(...FACT_NAMES).chain((name) =>
  fc.record({
    name: fc.constant(name),
    how: fc.constantFrom<Hostility>(
      'plain',
      'getter',
      'throwing-getter',
      'proxy',
      'throwing-proxy',
      'revoked',
      'inherited',
      'nested-getter',
      'sparse',
      'cycle',
    ),
    value: hostileValue(name),
  }),
);

/** Valid facts aimed at a rule, with a few hostile ones laid over them. */
export const hostileFacts: fc.Arbitrary<{ base: Record<string, unknown>; recipes: Recipe[] }> = fc.record({
  base: validFacts,
  recipes: fc.uniqueArray(recipe, { minLength: 1, maxLength: 4, selector: (r) => r.name }),
});

/** Calls of getters and Proxy get traps: the reader must make none. */
export const calls = { count: 0 };

const boom = (): never => {
  throw new Error('hostile');
};

/** The object a recipe describes; `inherited` ones go on the prototype. */
export const materialise = ({ base, recipes }: { base: Record<string, unknown>; recipes: readonly Recipe[] }): object => {
  const own: Record<string, unknown> = { ...base };
  const inherited: Record<string, unknown> = {};
  for (const { name, how, value } of recipes) {
    delete own[name];
    const object = typeof value === 'object' && value !== null ? value : { value, unit: 'm2' };
    switch (how) {
      case 'plain':
        own[name] = value;
        break;
      case 'getter':
        Object.defineProperty(own, name, { enumerable: true, configurable: true, get: () => ((calls.count += 1), value) });
        break;
      case 'throwing-getter':
        Object.defineProperty(own, name, { enumerable: true, configurable: true, get: () => ((calls.count += 1), boom()) });
        break;
      case 'proxy':
        // A pass-through Proxy whose get trap counts: the reader reads descriptors only.
        own[name] = new Proxy(object, { get: (target, key, receiver) => ((calls.count += 1), Reflect.get(target, key, receiver)) });
        break;
      case 'throwing-proxy':
        own[name] = new Proxy(object, { ownKeys: boom, getOwnPropertyDescriptor: boom, get: boom, has: boom });
        break;
      case 'revoked': {
        const { proxy, revoke } = Proxy.revocable(object, {});
        revoke();
        own[name] = proxy;
        break;
      }
      case 'inherited':
        inherited[name] = value;
        break;
      case 'nested-getter': {
        const copy = Array.isArray(object) ? [...object] : { ...object };
        const keys = Object.keys(copy);
        const key = keys[0] ?? '0';
        const inner = (copy as Record<string, unknown>)[key];
        Object.defineProperty(copy, key, { enumerable: true, configurable: true, get: () => ((calls.count += 1), inner) });
        own[name] = copy;
        break;
      }
      case 'sparse':
        own[name] = Array.isArray(value) && value.length > 0 ? Object.assign(new Array(value.length + 1), { 0: value[0] }) : [, value];
        break;
      case 'cycle': {
        const copy: Record<string, unknown> = { ...object };
        copy.self = copy;
        own[name] = Array.isArray(value) ? [copy] : copy;
        break;
      }
    }
  }
  // Descriptors, not Object.assign, which would call the getters.
  return Object.keys(inherited).length ? Object.defineProperties(Object.create(inherited) as object, Object.getOwnPropertyDescriptors(own)) : own;
};

/** The same recipes with every `inherited` one left out: what the reader must see. */
export const withoutInherited = (hostile: { base: Record<string, unknown>; recipes: readonly Recipe[] }) => {
  const gone = new Set(hostile.recipes.filter((r) => r.how === 'inherited').map((r) => r.name));
  return {
    base: Object.fromEntries(Object.entries(hostile.base).filter(([name]) => !gone.has(name as FactName))),
    recipes: hostile.recipes.filter((r) => r.how !== 'inherited'),
  };
};
