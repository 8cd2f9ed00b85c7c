import { isCalendarDate, fromDate, todayLocal, type WorkingCalendar } from './dates.js';
import { LOCALES, type Locale } from './locale.js';
import type { RuleDefinition } from './rule.js';
import { DOCUMENTS, coversJurisdiction } from '../rules/documents.js';

export interface EvaluateOptions {
  /** Evaluation date 'YYYY-MM-DD' (or a Date, read in local time); default today. */
  asOf?: string | Date;
  /** GB/T 2260 code ('450000' Guangxi, '450200' Liuzhou, or a code below them) or 'pilot-city'. */
  jurisdiction?: string;
  /** Rule ids or document ids; exactly these rules are reported. Default: all rules of the jurisdiction (or all). */
  rules?: string[];
  locale?: Locale;
  /** Extra non-working days 'YYYY-MM-DD' (public holidays). */
  holidays?: string[];
  /** Weekend days that are working days 'YYYY-MM-DD' (调休). */
  workdays?: string[];
  /** Values a source leaves blank, by rule id: `{ 'pilot-land-saving-2023/10-high-standard-factory': { minFloorAreaRatio: 2 } }`. */
  parameters?: Record<string, Record<string, number>>;
}

/** An option that makes no sense. Facts never raise it; options do, naming the option. */
export class OptionError extends Error {
  override readonly name = 'OptionError';
  readonly code = 'invalid-option';
  constructor(
    readonly option: keyof EvaluateOptions | 'options',
    detail: string,
  ) {
    super(`Invalid option '${option}': ${detail}`);
  }
}

export interface EvaluationContext {
  readonly asOf: string;
  readonly jurisdiction?: string;
  readonly locale: Locale;
  readonly rules: readonly RuleDefinition[];
  readonly calendar: WorkingCalendar & { readonly description: string };
  /** Caller parameters by rule id. */
  readonly parameters: ReadonlyMap<string, Readonly<Record<string, number>>>;
}

const JURISDICTION = /^(?:\d{6}|pilot-city)$/;

const dateList = (option: 'holidays' | 'workdays', value: unknown): Set<string> => {
  if (value === undefined) return new Set();
  if (!Array.isArray(value)) throw new OptionError(option, 'expected a list of dates YYYY-MM-DD');
  for (const item of value) {
    if (!isCalendarDate(item)) throw new OptionError(option, `not a calendar date: ${JSON.stringify(item)}`);
  }
  return new Set(value as string[]);
};

const selections = new WeakMap<readonly RuleDefinition[], Map<string, readonly RuleDefinition[]>>();
/** Options reused across cases pass the same list again: compared item by item, no key built. */
const lastByList = new WeakMap<object, { readonly catalogue: readonly RuleDefinition[]; readonly items: readonly unknown[]; readonly rules: readonly RuleDefinition[] }>();

const sameItems = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((item, i) => item === b[i]);

/** The rules an evaluation reports, remembered per catalogue: callers repeat the same choice on every case. */
const selectRules = (
  catalogue: readonly RuleDefinition[],
  documentIds: ReadonlySet<string>,
  wantedRaw: unknown,
  jurisdiction: string | undefined,
): readonly RuleDefinition[] => {
  if (wantedRaw !== undefined && !Array.isArray(wantedRaw)) throw new OptionError('rules', 'expected a list of rule or document ids');
  if (wantedRaw !== undefined) {
    const last = lastByList.get(wantedRaw);
    if (last && last.catalogue === catalogue && sameItems(last.items, wantedRaw)) return last.rules;
  }
  const key =
    wantedRaw === undefined
      ? `jurisdiction:${jurisdiction ?? '*'}`
      : (wantedRaw as unknown[]).every((id) => typeof id === 'string')
        ? `rules:${(wantedRaw as string[]).join('\u0000')}`
        : `rules:${JSON.stringify(wantedRaw)}`;
  let byKey = selections.get(catalogue);
  if (!byKey) selections.set(catalogue, (byKey = new Map()));
  const known = byKey.get(key);
  if (known) {
    if (wantedRaw !== undefined) lastByList.set(wantedRaw, { catalogue, items: [...(wantedRaw as unknown[])], rules: known });
    return known;
  }
  let rules: readonly RuleDefinition[];
  if (wantedRaw !== undefined) {
    const ruleIds = new Set(catalogue.map((r) => r.id));
    const wanted = new Set<string>();
    for (const id of wantedRaw as unknown[]) {
      if (typeof id !== 'string' || (!documentIds.has(id) && !ruleIds.has(id))) {
        throw new OptionError('rules', `unknown rule or document id: ${JSON.stringify(id)}`);
      }
      wanted.add(id);
    }
    // Exactly the rules asked for are reported; one outside a given jurisdiction is reported as not concerning the case.
    rules = catalogue.filter((r) => wanted.has(r.id) || wanted.has(r.documentId));
  } else if (jurisdiction !== undefined) {
    rules = catalogue.filter((r) => coversJurisdiction(DOCUMENTS[r.documentId].jurisdiction, jurisdiction));
  } else {
    rules = catalogue;
  }
  // Bounded, so callers choosing ever new rule lists cannot grow it without end.
  if (byKey.size > 256) byKey.clear();
  byKey.set(key, rules);
  if (wantedRaw !== undefined) lastByList.set(wantedRaw, { catalogue, items: [...(wantedRaw as unknown[])], rules });
  return rules;
};

const plainContexts = new WeakMap<readonly RuleDefinition[], Map<string, EvaluationContext>>();

interface LastUse {
  readonly catalogue: readonly RuleDefinition[];
  readonly asOf: string;
  readonly locale: unknown;
  readonly jurisdiction: unknown;
  readonly rules: unknown;
  readonly ruleItems: readonly unknown[];
  readonly context: EvaluationContext;
}
/** The context an options object gave last time, for callers that pass the same object case after case. */
const lastUse = new WeakMap<object, LastUse>();

const sameAsLastUse = (last: LastUse | undefined, options: Record<string, unknown>, catalogue: readonly RuleDefinition[]): last is LastUse =>
  last !== undefined &&
  last.catalogue === catalogue &&
  options.asOf === last.asOf &&
  options.locale === last.locale &&
  options.jurisdiction === last.jurisdiction &&
  options.holidays === undefined &&
  options.workdays === undefined &&
  options.parameters === undefined &&
  options.rules === last.rules &&
  (last.rules === undefined || sameItems(last.ruleItems, last.rules as readonly unknown[]));

export const resolveOptions = (raw: unknown, catalogue: readonly RuleDefinition[], documentIds: ReadonlySet<string>): EvaluationContext => {
  if (raw !== undefined && (raw === null || typeof raw !== 'object' || Array.isArray(raw))) {
    throw new OptionError('options', 'expected an object');
  }
  const options = (raw ?? {}) as Record<string, unknown>;
  const last = raw === undefined ? undefined : lastUse.get(raw);
  if (sameAsLastUse(last, options, catalogue)) return last.context;
  const context = contextOf(options, catalogue, documentIds);
  // Only a dated, plain choice is remembered: 'today' moves, and a Date can be changed in place.
  const plain = options.holidays === undefined && options.workdays === undefined && options.parameters === undefined;
  if (raw !== undefined && typeof options.asOf === 'string' && plain) {
    const rules = options.rules;
    lastUse.set(raw, { catalogue, asOf: options.asOf, locale: options.locale, jurisdiction: options.jurisdiction, rules, ruleItems: Array.isArray(rules) ? [...rules] : [], context });
  }
  return context;
};

const contextOf = (options: Record<string, unknown>, catalogue: readonly RuleDefinition[], documentIds: ReadonlySet<string>): EvaluationContext => {

  let asOf: string;
  const asOfRaw = options.asOf;
  if (asOfRaw === undefined) asOf = todayLocal();
  else if (asOfRaw instanceof Date) {
    if (Number.isNaN(asOfRaw.getTime())) throw new OptionError('asOf', 'invalid Date');
    asOf = fromDate(asOfRaw);
  } else if (isCalendarDate(asOfRaw)) asOf = asOfRaw;
  else throw new OptionError('asOf', `not a calendar date YYYY-MM-DD: ${JSON.stringify(asOfRaw)}`);

  const locale = options.locale ?? 'zh-Hans';
  if (!LOCALES.includes(locale as Locale)) throw new OptionError('locale', `expected one of ${LOCALES.join(', ')}, got ${JSON.stringify(locale)}`);

  const jurisdiction = options.jurisdiction;
  if (jurisdiction !== undefined && (typeof jurisdiction !== 'string' || !JURISDICTION.test(jurisdiction))) {
    throw new OptionError('jurisdiction', `expected a six-digit GB/T 2260 code or 'pilot-city', got ${JSON.stringify(jurisdiction)}`);
  }

  const rules = selectRules(catalogue, documentIds, options.rules, jurisdiction as string | undefined);

  // The usual options — a date, a locale, a jurisdiction or rule list — give one shared context.
  const plain = options.holidays === undefined && options.workdays === undefined && options.parameters === undefined;
  const key = plain ? `${asOf}\u0000${locale as string}\u0000${(jurisdiction as string | undefined) ?? ''}` : '';
  if (plain) {
    const known = plainContexts.get(rules)?.get(key);
    if (known) return known;
  }

  const holidays = dateList('holidays', options.holidays);
  const workdays = dateList('workdays', options.workdays);
  const description =
    `Monday–Friday` +
    (holidays.size ? `; rest days added: ${[...holidays].sort().join(', ')}` : '') +
    (workdays.size ? `; weekend days worked: ${[...workdays].sort().join(', ')}` : '');

  const parameters = new Map<string, Record<string, number>>();
  if (options.parameters !== undefined) {
    if (options.parameters === null || typeof options.parameters !== 'object') throw new OptionError('parameters', 'expected an object keyed by rule id');
    for (const [ruleId, values] of Object.entries(options.parameters as Record<string, unknown>)) {
      const rule = catalogue.find((r) => r.id === ruleId);
      if (!rule) throw new OptionError('parameters', `unknown rule id: ${JSON.stringify(ruleId)}`);
      if (values === null || typeof values !== 'object') throw new OptionError('parameters', `expected an object of numbers for ${ruleId}`);
      for (const [name, value] of Object.entries(values as Record<string, unknown>)) {
        if (!Object.hasOwn(rule.callerParameters ?? {}, name)) throw new OptionError('parameters', `${ruleId} takes no parameter ${JSON.stringify(name)}`);
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new OptionError('parameters', `${ruleId}.${name} must be a finite number ≥ 0`);
      }
      parameters.set(ruleId, values as Record<string, number>);
    }
  }

  const context: EvaluationContext = {
    asOf,
    parameters,
    ...(jurisdiction !== undefined ? { jurisdiction: jurisdiction as string } : {}),
    locale: locale as Locale,
    rules,
    calendar: { holidays, workdays, description },
  };
  if (plain) {
    let byKey = plainContexts.get(rules);
    if (!byKey) plainContexts.set(rules, (byKey = new Map()));
    // Bounded: a service evaluating as of ever new dates must not grow it without end.
    if (byKey.size > 64) byKey.clear();
    byKey.set(key, context);
  }
  return context;
};
