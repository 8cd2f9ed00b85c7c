import { boundedPerObject, objectCache } from './cache.js';
import { isCalendarDate, fromDate, todayInChina, type WorkingCalendar } from './dates.js';
import type { Domain } from './domain.js';
import { coversJurisdiction } from './jurisdiction.js';
import { LOCALES, type Locale } from './locale.js';
import { nearestOf } from './near.js';
import { DEFAULT_LIMITS, type Limits, describe, plainCopy } from './safe.js';
import type { RuleDefinition } from './rule.js';

/**
 * The options of one evaluation. The core knows rule ids only as strings; the public, typed
 * form (rule and document ids as literal unions) is `EvaluateOptions` in src/evaluation/options.ts.
 */
export interface EvaluateOptions<RuleName extends string = string> {
  /** Evaluation date 'YYYY-MM-DD' (or a Date, read in local time); default today in China (UTC+8). */
  asOf?: string | Date;
  /**
   * The date of the act the case is about, 'YYYY-MM-DD', where the facts carry none (the day a
   * plan was approved, a filing made, a transfer signed). A rule judged on the act's day is
   * judged under the law in force then; default: the evaluation date. A rule that dates its act
   * from the facts (a permit's issue date, a report's year) still reads the facts.
   */
  actOn?: string;
  /** GB/T 2260 code ('450000' Guangxi, '450200' Liuzhou, or a code below them) or 'pilot-city'. */
  jurisdiction?: string;
  /** Rule ids or document ids; exactly these rules are reported. Default: all rules of the jurisdiction (or all). */
  rules?: readonly RuleName[];
  locale?: Locale;
  /** Extra non-working days 'YYYY-MM-DD' (public holidays). */
  holidays?: string[];
  /** Weekend days that are working days 'YYYY-MM-DD' (调休). */
  workdays?: string[];
  /** Values a source leaves blank, by rule id: `{ 'pilot-land-saving-2023/10-high-standard-factory': { minFloorAreaRatio: 2 } }`. */
  parameters?: Record<string, Record<string, number>>;
  /**
   * Size bounds on the facts (defaults: 10,000 items per array, 100 issues per report,
   * nesting depth 8, 10,000 characters per string); each exceeded bound is one issue.
   */
  limits?: Partial<Limits>;
}

/**
 * The options on the untyped path (`untypedFacts`), where they come from outside as data
 * does (a request body, a command line): rule ids are any strings, checked when read (an
 * unknown one is an OptionError naming `rules`).
 */
export type UntypedEvaluateOptions = EvaluateOptions<string>;

/** An option that makes no sense. Facts never raise it; options do, naming the option. */
export class OptionError extends Error {
  override readonly name = 'OptionError';
  readonly code = 'invalid-option';
  constructor(
    /** The option at fault: one of EvaluateOptions' keys, an unknown key given, or 'options' for the whole object. */
    readonly option: keyof EvaluateOptions | 'options' | (string & {}),
    detail: string,
  ) {
    super(`Invalid option '${option}': ${detail}`);
  }
}

const OPTION_KEYS: readonly (keyof EvaluateOptions)[] = ['asOf', 'actOn', 'jurisdiction', 'rules', 'locale', 'holidays', 'workdays', 'parameters', 'limits'];
const OPTION_KEY_SET: ReadonlySet<string> = new Set(OPTION_KEYS);

/** GB/T 2260 province-level divisions: a code's first two digits must name one of these. */
const PROVINCES: ReadonlySet<string> = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
]);

/** A well-formed GB/T 2260 code (six digits under an existing province-level division) or 'pilot-city'. */
export const isJurisdiction = (value: unknown): value is string =>
  typeof value === 'string' && (value === 'pilot-city' || (/^\d{6}$/.test(value) && PROVINCES.has(value.slice(0, 2))));

/** Bounds for reading options themselves: small, as options are. */
const OPTION_BOUNDS = { maxArrayLength: 10_000, maxDepth: 3, maxStringLength: 1_000 };

const near = (key: string): string => {
  const match = OPTION_KEYS.find((known) => known.toLowerCase() === key.toLowerCase().replace(/[-_]/g, ''));
  return match ? ` (did you mean '${match}'?)` : '';
};

/**
 * The options as one plain object, or an OptionError naming the option: own enumerable
 * data properties only, known keys only, none inherited, no getter, Proxy, cycle or
 * hole. Nothing the caller passed is called (no getter, no toJSON) or kept.
 */
const snapshotOptions = (raw: unknown): Record<string, unknown> => {
  if (raw === undefined) return {};
  let isObject: boolean;
  try {
    isObject = raw !== null && typeof raw === 'object' && !Array.isArray(raw);
  } catch {
    throw new OptionError('options', 'could not be read (a revoked Proxy?)');
  }
  if (!isObject) throw new OptionError('options', `expected an object, got ${describe(raw)}`);
  const source = raw as object;
  const out: Record<string, unknown> = {};
  let keys: (string | symbol)[];
  try {
    keys = Reflect.ownKeys(source);
  } catch {
    throw new OptionError('options', 'could not be read (a Proxy whose trap throws?)');
  }
  for (const key of keys) {
    let descriptor: PropertyDescriptor | undefined;
    try {
      descriptor = Object.getOwnPropertyDescriptor(source, key);
    } catch {
      throw new OptionError(typeof key === 'string' ? key : 'options', 'could not be read (a Proxy whose trap throws?)');
    }
    if (descriptor === undefined || !descriptor.enumerable) continue;
    if (typeof key === 'symbol') throw new OptionError('options', 'symbol keys are not options');
    if (!OPTION_KEY_SET.has(key)) throw new OptionError(key, `unknown option${near(key)}; the options are ${OPTION_KEYS.join(', ')}`);
    if (!('value' in descriptor)) throw new OptionError(key, 'must be a value, not a getter');
    const value: unknown = descriptor.value;
    if (value === undefined) continue;
    // asOf may be a Date, which has no own data to copy: it is read through Date's own method below.
    if (key === 'asOf' && isDate(value)) {
      out[key] = value;
      continue;
    }
    const copy = plainCopy(value, OPTION_BOUNDS);
    if (!copy.ok) throw new OptionError(key, `${copy.path.length ? `at ${copy.path.join('.')}: ` : ''}${PROBLEM_WORDS[copy.problem]}`);
    out[key] = copy.value;
  }
  // A known option on the prototype chain would be read by a careless reader: refused, never used.
  for (const key of OPTION_KEYS) {
    if (Object.hasOwn(out, key)) continue;
    let inherited: boolean;
    try {
      inherited = !Object.hasOwn(source, key) && key in source;
    } catch {
      throw new OptionError(key, 'could not be read (a Proxy whose trap throws?)');
    }
    if (inherited) throw new OptionError(key, 'is inherited from a prototype, not an own property of the options');
  }
  return out;
};

const PROBLEM_WORDS = {
  unreadable: 'could not be read (a Proxy whose trap throws, or a revoked Proxy?)',
  accessor: 'must be a value, not a getter',
  cycle: 'refers back to itself (a cycle)',
  sparse: 'is a sparse array (a hole)',
  'too-deep': 'is nested too deep',
  'too-long': 'holds a string that is too long',
  'too-many-items': 'has too many items',
} as const;

const isDate = (value: unknown): value is Date => {
  // Only an object can be a Date: a string asOf must not pay for a thrown TypeError on every call.
  if (value === null || typeof value !== 'object') return false;
  try {
    Date.prototype.getTime.call(value);
    return true;
  } catch {
    return false;
  }
};

const limitsOf = (value: unknown): Limits => {
  if (value === undefined) return DEFAULT_LIMITS;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new OptionError('limits', `expected an object, got ${describe(value)}`);
  const limits: Record<string, number> = { ...DEFAULT_LIMITS };
  for (const [name, bound] of Object.entries(value)) {
    if (!Object.hasOwn(DEFAULT_LIMITS, name))
      throw new OptionError('limits', `unknown limit ${JSON.stringify(name.slice(0, 40))}; the limits are ${Object.keys(DEFAULT_LIMITS).join(', ')}`);
    // Depth 0 allows no nesting inside a fact; the other bounds need at least one.
    const least = name === 'maxDepth' ? 0 : 1;
    if (typeof bound !== 'number' || !Number.isSafeInteger(bound) || bound < least)
      throw new OptionError('limits', `${name} must be a whole number ≥ ${least}, got ${describe(bound)}`);
    limits[name] = bound;
  }
  return Object.freeze(limits) as unknown as Limits;
};

export interface EvaluationContext {
  readonly asOf: string;
  /** The act's date given by the caller (`actOn`), when given. */
  readonly actOn?: string;
  readonly jurisdiction?: string;
  readonly locale: Locale;
  readonly rules: readonly RuleDefinition[];
  readonly calendar: WorkingCalendar & { readonly description: string };
  /** Caller parameters by rule id. */
  readonly parameters: ReadonlyMap<string, Readonly<Record<string, number>>>;
  readonly limits: Limits;
  /** The documents and the fact vocabulary the rules are read against. */
  readonly domain: Domain;
}

const dateList = (option: 'holidays' | 'workdays', value: unknown): Set<string> => {
  if (value === undefined) return new Set();
  if (!Array.isArray(value)) throw new OptionError(option, 'expected a list of dates YYYY-MM-DD');
  for (const item of value) {
    if (!isCalendarDate(item)) throw new OptionError(option, `not a calendar date 0001-01-01 … 9999-12-31: ${describe(item)}`);
  }
  return new Set(value as string[]);
};

/** Per catalogue, the rules chosen by a key; bounded, so callers choosing ever new rule lists cannot grow it without end. */
const selections = boundedPerObject<readonly RuleDefinition[], string, readonly RuleDefinition[]>({ maxEntries: 256 });
/** Options reused across cases pass the same list again: compared item by item, no key built. */
const lastByList = objectCache<
  object,
  { readonly catalogue: readonly RuleDefinition[]; readonly items: readonly unknown[]; readonly rules: readonly RuleDefinition[] }
>();

const sameItems = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((item, i) => item === b[i]);

/** The rules an evaluation reports, remembered per catalogue: callers repeat the same choice on every case. */
const selectRules = (catalogue: readonly RuleDefinition[], domain: Domain, wantedRaw: unknown, jurisdiction: string | undefined): readonly RuleDefinition[] => {
  if (wantedRaw !== undefined && !Array.isArray(wantedRaw)) throw new OptionError('rules', 'expected a list of rule or document ids');
  if (wantedRaw !== undefined && wantedRaw.length === 0) throw new OptionError('rules', 'an empty list checks no rule; leave the option out for all rules');
  if (wantedRaw !== undefined) {
    const bad = (wantedRaw as unknown[]).find((id) => typeof id !== 'string');
    if (bad !== undefined || (wantedRaw as unknown[]).includes(undefined))
      throw new OptionError('rules', `expected rule or document ids (strings), got ${describe(bad)}`);
    const last = lastByList.get(wantedRaw);
    if (last && last.catalogue === catalogue && sameItems(last.items, wantedRaw)) return last.rules;
  }
  const key = wantedRaw === undefined ? `jurisdiction:${jurisdiction ?? '*'}` : `rules:${(wantedRaw as string[]).join('\u0000')}`;
  const known = selections.get(catalogue, key);
  if (known) {
    if (wantedRaw !== undefined) lastByList.set(wantedRaw, { catalogue, items: [...(wantedRaw as unknown[])], rules: known });
    return known;
  }
  let rules: readonly RuleDefinition[];
  if (wantedRaw !== undefined) {
    const ruleIds = new Set(catalogue.map((r) => r.id));
    const wanted = new Set<string>();
    for (const id of wantedRaw as unknown[]) {
      if (typeof id !== 'string' || (!domain.documentIds.has(id) && !ruleIds.has(id))) {
        const meant = typeof id === 'string' && id.length <= 200 ? nearestOf(id, [...domain.documentIds, ...ruleIds], 3) : undefined;
        const shown = typeof id === 'string' && id.length <= 200 ? JSON.stringify(id) : describe(id);
        throw new OptionError('rules', `unknown rule or document id: ${shown}${meant === undefined ? '' : ` (did you mean '${meant}'?)`}`);
      }
      wanted.add(id);
    }
    // Exactly the rules asked for are reported; one outside a given jurisdiction is reported as not concerning the case.
    rules = catalogue.filter((r) => wanted.has(r.id) || wanted.has(r.documentId));
  } else if (jurisdiction !== undefined) {
    rules = catalogue.filter((r) => coversJurisdiction(domain.documents[r.documentId]!.jurisdiction, jurisdiction));
  } else {
    rules = catalogue;
  }
  selections.set(catalogue, key, rules);
  if (wantedRaw !== undefined) lastByList.set(wantedRaw, { catalogue, items: [...(wantedRaw as unknown[])], rules });
  return rules;
};

/** Per rule list, the context of a plain choice (date, locale, jurisdiction); bounded: a service evaluating as of ever new dates must not grow it without end. */
const plainContexts = boundedPerObject<readonly RuleDefinition[], string, EvaluationContext>({ maxEntries: 64 });

interface LastUse {
  readonly catalogue: readonly RuleDefinition[];
  readonly domain: Domain;
  readonly asOf: string;
  readonly actOn: unknown;
  readonly locale: unknown;
  readonly jurisdiction: unknown;
  readonly rules: unknown;
  readonly ruleItems: readonly unknown[];
  readonly context: EvaluationContext;
}
/** The context an options object gave last time, for callers that pass the same object case after case. */
const lastUse = objectCache<object, LastUse>();

const sameAsLastUse = (last: LastUse | undefined, options: Record<string, unknown>, catalogue: readonly RuleDefinition[], domain: Domain): last is LastUse =>
  last !== undefined &&
  last.catalogue === catalogue &&
  last.domain === domain &&
  options.asOf === last.asOf &&
  options.actOn === last.actOn &&
  options.locale === last.locale &&
  options.jurisdiction === last.jurisdiction &&
  options.holidays === undefined &&
  options.workdays === undefined &&
  options.parameters === undefined &&
  options.limits === undefined &&
  options.rules === last.rules &&
  (last.rules === undefined || sameItems(last.ruleItems, last.rules as readonly unknown[]));

/** Whether the options object is the one last seen, unchanged; a Proxy that throws here is read again in full, and refused there. */
const reusable = (raw: unknown, catalogue: readonly RuleDefinition[], domain: Domain): EvaluationContext | undefined => {
  if (raw === null || typeof raw !== 'object') return undefined;
  try {
    const last = lastUse.get(raw);
    return sameAsLastUse(last, raw as Record<string, unknown>, catalogue, domain) ? last.context : undefined;
  } catch {
    return undefined;
  }
};

export const resolveOptions = (raw: unknown, catalogue: readonly RuleDefinition[], domain: Domain): EvaluationContext => {
  const known = reusable(raw, catalogue, domain);
  if (known) return known;
  const options = snapshotOptions(raw);
  const context = contextOf(options, catalogue, domain);
  // Only a dated, plain choice is remembered: 'today' moves, and a Date can be changed in place.
  const plain = options.holidays === undefined && options.workdays === undefined && options.parameters === undefined && options.limits === undefined;
  if (raw !== undefined && typeof options.asOf === 'string' && plain) {
    try {
      // The caller's own list (the snapshot holds a copy): compared by identity and items next time.
      const rules = (raw as Record<string, unknown>).rules;
      lastUse.set(raw as object, {
        catalogue,
        domain,
        asOf: options.asOf,
        actOn: options.actOn,
        locale: options.locale,
        jurisdiction: options.jurisdiction,
        rules,
        ruleItems: Array.isArray(rules) ? [...(rules as unknown[])] : [],
        context,
      });
    } catch {
      // Not remembered: read in full next time.
    }
  }
  return context;
};

const contextOf = (options: Record<string, unknown>, catalogue: readonly RuleDefinition[], domain: Domain): EvaluationContext => {
  let asOf: string;
  const asOfRaw = options.asOf;
  if (asOfRaw === undefined) asOf = todayInChina();
  else if (isDate(asOfRaw)) {
    const time = Date.prototype.getTime.call(asOfRaw);
    if (Number.isNaN(time)) throw new OptionError('asOf', 'invalid Date');
    const year = Date.prototype.getFullYear.call(asOfRaw);
    if (year < 1 || year > 9999) throw new OptionError('asOf', `a Date in the year ${year}, outside 0001–9999`);
    asOf = fromDate(new Date(time));
  } else if (isCalendarDate(asOfRaw)) asOf = asOfRaw;
  else throw new OptionError('asOf', `not a calendar date YYYY-MM-DD of the years 0001–9999: ${describe(asOfRaw)}`);

  const actOn = options.actOn;
  if (actOn !== undefined && !isCalendarDate(actOn))
    throw new OptionError('actOn', `the date of the act, a calendar date YYYY-MM-DD of the years 0001–9999: ${describe(actOn)}`);

  const locale = options.locale ?? 'zh-Hans';
  if (!LOCALES.includes(locale as Locale)) throw new OptionError('locale', `expected one of ${LOCALES.join(', ')}, got ${describe(locale)}`);

  const jurisdiction = options.jurisdiction;
  if (jurisdiction !== undefined && !isJurisdiction(jurisdiction)) {
    throw new OptionError(
      'jurisdiction',
      `expected a six-digit GB/T 2260 code under a province-level division (450000, 450200 …) or 'pilot-city', got ${describe(jurisdiction)}`,
    );
  }
  const limits = limitsOf(options.limits);

  const rules = selectRules(catalogue, domain, options.rules, jurisdiction as string | undefined);

  // The usual options — a date, a locale, a jurisdiction or rule list — give one shared context.
  const plain = options.holidays === undefined && options.workdays === undefined && options.parameters === undefined && options.limits === undefined;
  const key = plain ? `${asOf}\u0000${(actOn as string | undefined) ?? ''}\u0000${locale as string}\u0000${(jurisdiction as string | undefined) ?? ''}` : '';
  if (plain) {
    const known = plainContexts.get(rules, key);
    if (known && known.domain === domain) return known;
  }

  const holidays = dateList('holidays', options.holidays);
  const workdays = dateList('workdays', options.workdays);
  const description =
    `Monday–Friday` +
    (holidays.size ? `; rest days added: ${[...holidays].sort().join(', ')}` : '') +
    (workdays.size ? `; weekend days worked: ${[...workdays].sort().join(', ')}` : '');

  const parameters = new Map<string, Record<string, number>>();
  if (options.parameters !== undefined) {
    if (options.parameters === null || typeof options.parameters !== 'object' || Array.isArray(options.parameters))
      throw new OptionError('parameters', 'expected an object keyed by rule id');
    for (const [ruleId, values] of Object.entries(options.parameters as Record<string, unknown>)) {
      const rule = catalogue.find((r) => r.id === ruleId);
      if (!rule) throw new OptionError('parameters', `unknown rule id: ${describe(ruleId)}`);
      if (values === null || typeof values !== 'object' || Array.isArray(values))
        throw new OptionError('parameters', `expected an object of numbers for ${ruleId}`);
      for (const [name, value] of Object.entries(values as Record<string, unknown>)) {
        if (!Object.hasOwn(rule.callerParameters ?? {}, name)) throw new OptionError('parameters', `${ruleId} takes no parameter ${describe(name)}`);
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
          throw new OptionError('parameters', `${ruleId}.${name} must be a finite number ≥ 0`);
      }
      parameters.set(ruleId, values as Record<string, number>);
    }
  }

  const context: EvaluationContext = {
    asOf,
    ...(actOn !== undefined ? { actOn: actOn as string } : {}),
    parameters,
    limits,
    ...(jurisdiction !== undefined ? { jurisdiction: jurisdiction as string } : {}),
    locale: locale as Locale,
    rules,
    calendar: { holidays, workdays, description },
    domain,
  };
  if (plain) plainContexts.set(rules, key, context);
  return context;
};
