/**
 * How the compiled path spends its time on a case with no invalid fact: rules of another
 * jurisdiction, and rules whose gate the case does not open, have a result known before the
 * case is read (a per-option template); only the others are evaluated, in force or not, since
 * a lapse is reported only for a rule that concerns the case. The results in the template
 * are the ones semantics.ts gives.
 */
import { boundedPerObject, objectCache } from './cache.js';
import type { Condition } from './conditions.js';
import type { Domain } from './domain.js';
import type { EvaluationContext } from './options.js';
import type { RuleResult } from './report.js';
import type { RuleDefinition } from './rule.js';
import { frozen, notApplicable, outsideJurisdiction, outsideResult } from './semantics.js';

export interface Dispatch {
  /** Rules evaluated on every case. */
  readonly always: readonly number[];
  /** Gate fact → value → rules it opens (by index in the rule list). */
  readonly gates: ReadonlyMap<string, ReadonlyMap<unknown, readonly number[]>>;
  /** The result of each rule no case of these facts can change; a hole for the others. */
  readonly template: readonly (RuleResult | undefined)[];
  readonly domain: Domain;
}

/**
 * The first selector of a rule, when it is an equality on a fact with literal values:
 * a case without one of those values cannot concern the rule. (A checked rule names in its
 * conditions only its own facts, `@` and `$` ids: a fact of its list is a vocabulary fact.)
 */
const gateOf = (rule: RuleDefinition): { fact: string; values: readonly (string | boolean)[] } | undefined => {
  const firstOf = (condition: Condition): Condition | undefined => ('all' in condition ? condition.all[0] : condition);
  const first = firstOf(rule.selects);
  if (first === undefined || !('operator' in first) || !rule.facts.includes(first.fact)) return undefined;
  const literal = (value: unknown): value is string | boolean => typeof value === 'string' || typeof value === 'boolean';
  if (first.operator === 'equal' && literal(first.value)) return { fact: first.fact, values: [first.value] };
  if (first.operator === 'in' && Array.isArray(first.value) && first.value.every(literal)) return { fact: first.fact, values: first.value };
  return undefined;
};

/** Per rule list, one dispatch per evaluation date, locale and jurisdiction in use; bounded like the contexts. */
const dispatches = boundedPerObject<readonly RuleDefinition[], string, Dispatch>({ maxEntries: 64 });

/** Contexts are shared across calls with the same options, so most cases find theirs here. */
const dispatchByContext = objectCache<EvaluationContext, Dispatch>();

export const dispatchOf = (context: EvaluationContext): Dispatch => {
  let dispatch = dispatchByContext.get(context);
  if (!dispatch) dispatchByContext.set(context, (dispatch = dispatchFor(context)));
  return dispatch;
};

const dispatchFor = (context: EvaluationContext): Dispatch => {
  const { rules, asOf, actOn, locale, jurisdiction, domain } = context;
  const key = `${asOf}\u0000${actOn ?? ''}\u0000${locale}\u0000${jurisdiction ?? ''}`;
  const known = dispatches.get(rules, key);
  if (known && known.domain === domain) return known;
  const always: number[] = [];
  const gates = new Map<string, Map<unknown, number[]>>();
  const template: (RuleResult | undefined)[] = [];
  rules.forEach((rule, index) => {
    if (outsideJurisdiction(rule, context)) {
      template.push(frozen(outsideResult(rule, context)));
      return;
    }
    const gate = gateOf(rule);
    if (!gate) {
      template.push(undefined);
      always.push(index);
      return;
    }
    // A case that does not open the gate is not concerned, whether or not the rule is in force:
    // a lapse is reported only for the rules a case concerns (semantics.ts `prepare`).
    template.push(notApplicable(rule, locale).result);
    let byValue = gates.get(gate.fact);
    if (!byValue) gates.set(gate.fact, (byValue = new Map()));
    for (const value of gate.values) {
      const opened = byValue.get(value);
      if (opened) opened.push(index);
      else byValue.set(value, [index]);
    }
  });
  return dispatches.set(rules, key, { always, gates, template, domain });
};
