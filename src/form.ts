/**
 * landuse-rules/form — policy checks for web forms, on the compiled path only (no
 * json-rules-engine), so a browser bundle stays small and runs under a strict CSP.
 * The form names the rules it checks by importing their definitions
 * (`landuse-rules/rules/<document-id>/<rule>`), so a bundle carries only those.
 */
import type * as z from 'zod';
import { evaluateSyncWith, sourcesOf, type Report, type RuleResult } from './core/evaluate.js';
import type { EvaluateOptions } from './core/options.js';
import type { RuleDefinition } from './core/rule.js';
import { DOCUMENT_IDS } from './rules/documents.js';

export type { EvaluateOptions } from './core/options.js';
export type { Report, RuleResult } from './core/evaluate.js';
export type { RuleDefinition } from './core/rule.js';

const DOCUMENT_ID_SET: ReadonlySet<string> = new Set(DOCUMENT_IDS);

export interface PolicyCheckOptions extends Omit<EvaluateOptions, 'rules'> {
  /** The rule definitions to check, imported from `landuse-rules/rules/…`. */
  rules: readonly RuleDefinition[];
  /** Which outcomes become form errors; default both. */
  report?: readonly ('fail' | 'undetermined')[];
  /**
   * Where a fact's message goes when the form names its field otherwise, e.g.
   * `{ siteAreaM2: ['siteAreaM2', 'value'] }` for an area entered as value and unit
   * (react-hook-form shows a field's own path, not its parent's). Default: the fact's name.
   */
  fieldPaths?: Readonly<Record<string, readonly (string | number)[]>>;
}

/** Evaluates the given rules only: the report `evaluateSync` would give for them. */
export const checkPolicies = (facts: unknown, options: PolicyCheckOptions): Report => {
  const { rules, report: _report, fieldPaths: _fieldPaths, ...evaluateOptions } = options;
  return evaluateSyncWith(facts, evaluateOptions, rules, DOCUMENT_ID_SET);
};

/** The form fields that decide a result: the facts behind failing conditions, or the missing ones. */
export const decidingFacts = (result: RuleResult, rule: RuleDefinition | undefined): string[] => {
  if (result.status === 'undetermined') return result.missingFacts;
  const failing = result.reasons.filter((r) => !r.holds);
  return [...new Set(failing.flatMap((r) => (rule ? sourcesOf(rule, r.fact) : [r.fact])))];
};

/** Zod issues for a report: one per deciding fact of each failing or undetermined rule. */
export const policyIssues = (
  report: Report,
  rules: readonly RuleDefinition[],
  outcomes: readonly string[] = ['fail', 'undetermined'],
  fieldPaths: Readonly<Record<string, readonly (string | number)[]>> = {},
) =>
  report.results
    .filter((result) => outcomes.includes(result.status))
    .flatMap((result) => {
      const paths = decidingFacts(result, rules.find((r) => r.id === result.ruleId));
      return (paths.length ? paths : ['']).map((fact) => ({
        code: 'custom' as const,
        path: fact ? [...(fieldPaths[fact] ?? [fact])] : [],
        message: result.message,
        params: { ruleId: result.ruleId, status: result.status },
      }));
    });

/**
 * Adds the rules to a zod schema of the form's facts: `parse` / `safeParse` then
 * yield a zod issue at the path of each fact that decides a failing or undetermined
 * rule, with the rule's localised message and its id in `params.ruleId`. Works
 * unchanged with react-hook-form's `zodResolver`.
 */
export const withPolicyChecks = <T extends z.ZodType>(schema: T, options: PolicyCheckOptions): T =>
  schema.superRefine((data, ctx) => {
    for (const issue of policyIssues(checkPolicies(data, options), options.rules, options.report, options.fieldPaths)) ctx.addIssue(issue);
  }) as unknown as T;
