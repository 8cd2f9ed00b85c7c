import { Engine } from 'json-rules-engine';
import { mapFactIds } from './conditions.js';
import type { Domain } from './domain.js';
import { begin, end } from './evaluator.js';
import { CUSTOM_OPERATORS } from './operators.js';
import type { UntypedEvaluateOptions } from './options.js';
import type { Report } from './report.js';
import type { RuleDefinition } from './rule.js';
import { isPending, type Pending } from './semantics.js';

/** json-rules-engine's leaf results, depth-first: the order the compiled path reports in too. */
const engineLeafResults = (condition: unknown, into: boolean[] = []): boolean[] => {
  const node = condition as { all?: unknown[]; any?: unknown[]; not?: unknown; result?: unknown };
  if (Array.isArray(node.all)) node.all.forEach((c) => engineLeafResults(c, into));
  else if (Array.isArray(node.any)) node.any.forEach((c) => engineLeafResults(c, into));
  else if (node.not !== undefined) engineLeafResults(node.not, into);
  else into.push(node.result === true);
  return into;
};

const rejectPath = (): never => {
  throw new Error('condition paths are not allowed');
};

/**
 * Evaluates the pending rules in one fresh Engine. An Engine is never shared between
 * runs: a shared one returns incomplete results under concurrent runs once rules have
 * several priorities. No condition has a priority, so every condition is evaluated.
 */
const runEngine = async (pendings: readonly Pending[]): Promise<Map<string, boolean[]>> => {
  const engine = new Engine([], { allowUndefinedFacts: true, pathResolver: rejectPath });
  for (const [name, operator] of Object.entries(CUSTOM_OPERATORS)) engine.addOperator(name, operator);
  const facts = Object.create(null) as Record<string, unknown>;
  for (const { rule, view, tree } of pendings) {
    // Derived values get the rule's id as a prefix so two rules' `$deadline` never meet.
    const rename = (id: string) => (id.startsWith('$') ? `${rule.id}${id}` : id);
    for (const [id, value] of view.entries()) facts[rename(id)] = value;
    engine.addRule({ name: rule.id, conditions: mapFactIds(tree, rename) as never, event: { type: rule.id } });
  }
  const { results, failureResults } = await engine.run(facts);
  const byRule = new Map<string, boolean[]>();
  for (const result of [...results, ...failureResults]) byRule.set(String(result.name), engineLeafResults(result.conditions));
  return byRule;
};

export const evaluateWith = async (
  facts: unknown,
  options: UntypedEvaluateOptions | undefined,
  catalogue: readonly RuleDefinition[],
  domain: Domain,
): Promise<Report> => {
  const evaluation = begin(facts, options, catalogue, domain);
  const pendings = evaluation.staged.filter(isPending);
  const byRule = pendings.length ? await runEngine(pendings) : new Map<string, boolean[]>();
  return end(evaluation, (pending) => byRule.get(pending.rule.id) ?? []);
};
