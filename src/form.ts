/**
 * landuse-rules/form — policy checks for web forms, on the compiled path only (no
 * json-rules-engine), so a browser bundle stays small and runs under a strict CSP.
 * The form names the rules it checks by importing their definitions
 * (`landuse-rules/rules/<document-id>/<rule>`), so a bundle carries only those.
 */
import type * as z from 'zod';
import { evaluateSyncWith } from './core/evaluator.js';
import { OptionError, resolveOptions, type EvaluateOptions } from './core/options.js';
import type { Report, RuleResult } from './core/report.js';
import { plainCopy } from './core/safe.js';
import { sourcesOf } from './core/semantics.js';
import { DOMAIN } from './evaluation/domain.js';
import type { RuleDefinition } from './rules/definition.js';
import { validateRule } from './rules/validate-rule.js';

export type { EvaluateOptions } from './core/options.js';
/** Today's date in China (UTC+8) as 'YYYY-MM-DD': the default act date of a form filed today. */
export { todayInChina } from './core/dates.js';
export type { Report, RuleResult } from './core/report.js';
export type { RuleDefinition } from './rules/definition.js';

export interface PolicyCheckOptions extends Omit<EvaluateOptions, 'rules'> {
  /** The rule definitions to check, imported from `landuse-rules/rules/…`. */
  rules: readonly RuleDefinition[];
  /**
   * Which outcomes become form errors; default all three. `not-in-force` is a rule that
   * concerns the form but whose document was not in force on the act's day (`actOn`, else
   * `asOf`): an issue at the form's own level (path []), saying which document and when it
   * was in force, so that a lapse never reads as a form that passed.
   */
  report?: readonly FormOutcome[];
  /**
   * Where a fact's message goes when the form names its field otherwise, e.g.
   * `{ siteAreaM2: ['siteAreaM2', 'value'] }` for an area entered as value and unit
   * (react-hook-form shows a field's own path, not its parent's). Default: the fact's name.
   */
  fieldPaths?: Readonly<Record<string, readonly (string | number)[]>>;
  /**
   * Where an issue about the form as a whole goes (a rule not in force on the act's day):
   * default [], the form's own level. react-hook-form shows only the issues of registered
   * fields, so a form there names the field that gives the act's date, e.g. `['filedOn']`.
   */
  formPath?: readonly (string | number)[];
}

export type FormOutcome = 'fail' | 'undetermined' | 'not-in-force';

interface Checks {
  readonly rules: readonly RuleDefinition[];
  readonly report: readonly FormOutcome[];
  readonly fieldPaths: Readonly<Record<string, readonly (string | number)[]>>;
  readonly formPath: readonly (string | number)[];
  readonly evaluateOptions: Readonly<Record<string, unknown>>;
}

const OUTCOMES: readonly FormOutcome[] = ['fail', 'undetermined', 'not-in-force'];
/** The options the form reads itself; the others are evaluation options. */
const FORM_KEYS: ReadonlySet<string> = new Set(['rules', 'report', 'fieldPaths', 'formPath']);

const isPath = (path: unknown): path is (string | number)[] =>
  Array.isArray(path) && path.every((p) => typeof p === 'string' || (typeof p === 'number' && Number.isSafeInteger(p) && p >= 0));

/** An own data property of the options, or an OptionError naming it: nothing is called. */
const ownValue = (options: object, key: string): unknown => {
  let descriptor: PropertyDescriptor | undefined;
  try {
    descriptor = Object.getOwnPropertyDescriptor(options, key);
  } catch {
    throw new OptionError(key, 'could not be read (a Proxy whose trap throws?)');
  }
  if (descriptor === undefined) return undefined;
  if (!('value' in descriptor)) throw new OptionError(key, 'must be a value, not a getter');
  return descriptor.value;
};

/**
 * The options checked once, when the form is built: every rule definition against the
 * catalogue's schema (a bad one throws here, never from `safeParse`), the form's own
 * options, and the evaluation options as `evaluate` checks them.
 */
const prepare = (options: unknown): Checks => {
  let keys: string[];
  try {
    if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new OptionError('options', 'expected an object');
    keys = Object.keys(options);
  } catch (error) {
    throw error instanceof OptionError ? error : new OptionError('options', 'could not be read (a revoked Proxy?)');
  }
  const source = options as object;
  const rulesRaw = ownValue(source, 'rules');
  let ruleList: unknown[];
  try {
    if (!Array.isArray(rulesRaw)) throw new OptionError('rules', 'expected a list of rule definitions (import them from landuse-rules/rules/…)');
    ruleList = Array.from({ length: rulesRaw.length }, (_, i) => ownValue(rulesRaw, String(i)));
  } catch (error) {
    throw error instanceof OptionError ? error : new OptionError('rules', 'could not be read (a revoked Proxy?)');
  }
  if (ruleList.length === 0) throw new OptionError('rules', 'an empty list checks nothing');
  const rules = ruleList.map((rule, i) => {
    try {
      return validateRule(rule);
    } catch (error) {
      throw new OptionError('rules', `rules[${i}]: ${(error as Error).message}`);
    }
  });
  const ids = new Set<string>();
  for (const rule of rules) {
    if (ids.has(rule.id)) throw new OptionError('rules', `${rule.id} is listed twice`);
    ids.add(rule.id);
  }
  const reportRaw = ownValue(source, 'report');
  const reportCopy = reportRaw === undefined ? undefined : plainCopy(reportRaw, { maxArrayLength: OUTCOMES.length, maxDepth: 1, maxStringLength: 20 });
  if (reportCopy && (!reportCopy.ok || !Array.isArray(reportCopy.value) || !reportCopy.value.every((o) => OUTCOMES.includes(o as FormOutcome)))) {
    throw new OptionError('report', `expected a list of ${OUTCOMES.join(', ')}`);
  }
  const fieldPathsRaw = ownValue(source, 'fieldPaths');
  const fieldPathsCopy = fieldPathsRaw === undefined ? undefined : plainCopy(fieldPathsRaw, { maxArrayLength: 1000, maxDepth: 2, maxStringLength: 1000 });
  const pathsOk = (value: unknown): value is Record<string, (string | number)[]> =>
    value !== null && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every(isPath);
  if (fieldPathsCopy && (!fieldPathsCopy.ok || !pathsOk(fieldPathsCopy.value)))
    throw new OptionError('fieldPaths', 'expected an object of paths, each a list of keys and indices');
  const formPathRaw = ownValue(source, 'formPath');
  const formPathCopy = formPathRaw === undefined ? undefined : plainCopy(formPathRaw, { maxArrayLength: 1000, maxDepth: 1, maxStringLength: 1000 });
  if (formPathCopy && (!formPathCopy.ok || !isPath(formPathCopy.value))) throw new OptionError('formPath', 'expected a path, a list of keys and indices');
  const evaluateOptions: Record<string, unknown> = {};
  for (const key of keys) if (!FORM_KEYS.has(key)) evaluateOptions[key] = ownValue(source, key);
  // Checked now, as evaluate would check them (unknown keys, dates, locale, jurisdiction …).
  resolveOptions(evaluateOptions, rules, DOMAIN);
  return {
    rules,
    report: (reportCopy?.value as FormOutcome[] | undefined) ?? OUTCOMES,
    fieldPaths: (fieldPathsCopy?.value as Record<string, (string | number)[]> | undefined) ?? {},
    formPath: (formPathCopy?.value as (string | number)[] | undefined) ?? [],
    evaluateOptions,
  };
};

const run = (facts: unknown, checks: Checks): Report => evaluateSyncWith(facts, checks.evaluateOptions, checks.rules, DOMAIN);

/** Evaluates the given rules only: the report `evaluateSync` would give for them. Bad options or rule definitions throw OptionError. */
export const checkPolicies = (facts: unknown, options: PolicyCheckOptions): Report => run(facts, prepare(options));

/** The form fields that decide a result: the facts behind failing conditions, or the missing ones; none for a rule not in force (the form as a whole). */
export const decidingFacts = (result: RuleResult, rule: RuleDefinition | undefined): string[] => {
  if (result.status === 'not-in-force') return [];
  if (result.status === 'undetermined') return [...result.missingFacts];
  const failing = result.reasons.filter((r) => !r.holds);
  return [...new Set(failing.flatMap((r) => (rule ? sourcesOf(rule, r.fact) : [r.fact])))];
};

/** Zod issues for a report: one per deciding fact of each failing or undetermined rule, one at `formPath` for each other reported one. */
export const policyIssues = (
  report: Report,
  rules: readonly RuleDefinition[],
  outcomes: readonly string[] = OUTCOMES,
  fieldPaths: Readonly<Record<string, readonly (string | number)[]>> = {},
  formPath: readonly (string | number)[] = [],
) =>
  report.results
    .filter((result) => outcomes.includes(result.status))
    .flatMap((result) => {
      const paths = decidingFacts(
        result,
        rules.find((r) => r.id === result.ruleId),
      );
      return (paths.length ? paths : ['']).map((fact) => ({
        code: 'custom' as const,
        path: fact ? [...(fieldPaths[fact] ?? [fact])] : [...formPath],
        message: result.message,
        params: { ruleId: result.ruleId, status: result.status },
      }));
    });

/**
 * Adds the rules to a zod schema of the form's facts: `parse` / `safeParse` then
 * yield a zod issue at the path of each fact that decides a failing or undetermined
 * rule, and one at `formPath` (default [], the form's own level) for each rule that concerns
 * the form but was not in force on the act's day, with the rule's localised message and its id
 * in `params.ruleId`. Works unchanged with react-hook-form's `zodResolver` (which shows only the
 * issues of registered fields: name one as `formPath`).
 */
export const withPolicyChecks = <T extends z.ZodType>(schema: T, options: PolicyCheckOptions): T => {
  const checks = prepare(options);
  return schema.superRefine((data, ctx) => {
    for (const issue of policyIssues(run(data, checks), checks.rules, checks.report, checks.fieldPaths, checks.formPath)) ctx.addIssue(issue);
  }) as unknown as T;
};
