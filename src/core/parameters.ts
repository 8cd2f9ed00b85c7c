import { objectCache } from './cache.js';
import { type Condition, isParamLeafValue, type Leaf, type LeafValue } from './conditions.js';
import { div, exact, mul, toNumber } from './exact.js';
import type { Expr } from './mechanisms.js';
import type { Parameter, RuleDefinition } from './rule.js';
import { AREA_UNITS, type AreaUnit, toSquareMetres } from './units.js';

/**
 * A rule reads its thresholds by name (`{ param: 'maxSiteArea' }`), so the number lives once, with
 * the source words that fix it. Before a rule is evaluated each such leaf value becomes the
 * literal json-rules-engine and the compiled path compare with: an area as an amount in its unit,
 * another number or decimal text as a number, a date or other text as it is.
 */
const isArea = (unit: string | undefined): unit is AreaUnit => (AREA_UNITS as readonly string[]).includes(unit ?? '');
/** A number, or a text that writes one in decimals ('0.05', '4.5'): the one reading every use below shares. */
const isDecimal = (value: Parameter['value']): value is number | string =>
  typeof value === 'number' || (typeof value === 'string' && /^\d+(?:\.\d+)?$/.test(value));

export const conditionValue = (parameter: Parameter): LeafValue => {
  const { value, unit } = parameter;
  if (!isDecimal(value)) return value;
  return isArea(unit) ? { amount: String(value), unit } : Number(value);
};

/**
 * A rule's own parameter as an expression reads it (`{ param }`): a decimal or a fraction ('1/3')
 * is exact, an area in square metres; other texts (dates, month-days, codes) and lists as they are.
 */
export const parameterValue = (parameter: Parameter): unknown => {
  const { value, unit } = parameter;
  const fraction = typeof value === 'string' ? /^(\d+)\/(\d+)$/.exec(value) : null;
  if (!fraction && !isDecimal(value)) return value;
  const amount = fraction ? div(exact(fraction[1]!), exact(fraction[2]!)) : exact(value as number | string);
  return isArea(unit) ? toSquareMetres(amount, unit) : amount;
};

/** How a parameter reads in a message: as the source writes it — 500, 5%, 1/3, 2009-12-31. */
export const parameterWords = (parameter: Parameter): string => {
  const { value, unit } = parameter;
  if (Array.isArray(value)) return value.join(', ');
  if (unit === 'share' && typeof value === 'string' && isDecimal(value)) return `${toNumber(mul(exact(value), exact(100)))}%`;
  return String(value);
};

const resolvedLeaf = (leaf: Leaf, parameters: RuleDefinition['parameters'], where: string): Leaf => {
  if (!isParamLeafValue(leaf.value)) return leaf;
  const parameter = parameters[leaf.value.param];
  // validateRule has checked every name; a rule built around it still gets a clear error.
  if (!parameter) throw new Error(`${where}: parameter '${leaf.value.param}' is not declared`);
  return { ...leaf, value: conditionValue(parameter) };
};

const resolvedCondition = (condition: Condition, parameters: RuleDefinition['parameters'], where: string): Condition => {
  if ('operator' in condition) return resolvedLeaf(condition, parameters, where);
  if ('all' in condition) return { ...condition, all: condition.all.map((c) => resolvedCondition(c, parameters, where)) };
  if ('any' in condition) return { ...condition, any: condition.any.map((c) => resolvedCondition(c, parameters, where)) };
  return { ...condition, not: resolvedCondition(condition.not, parameters, where) };
};

/** The conditions inside an expression's `cases`, resolved; everything else as it is. */
const resolvedExpr = (expr: Expr, parameters: RuleDefinition['parameters'], where: string): Expr => {
  if (typeof expr !== 'object' || Array.isArray(expr)) return expr;
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(expr)) {
    if (key === 'cases' && Array.isArray(inner)) {
      copy[key] = (inner as { when: Condition; then: Expr }[]).map((branch) => ({
        when: resolvedCondition(branch.when, parameters, where),
        then: resolvedExpr(branch.then, parameters, where),
      }));
    } else if (inner !== null && typeof inner === 'object') {
      copy[key] = Array.isArray(inner)
        ? inner.map((item: unknown) => (item !== null && typeof item === 'object' ? resolvedExpr(item as Expr, parameters, where) : item))
        : resolvedExpr(inner as Expr, parameters, where);
    } else copy[key] = inner;
  }
  return copy as unknown as Expr;
};

/** Per rule object, its resolved copy, for as long as the rule lives. */
const resolved = objectCache<RuleDefinition, RuleDefinition>();

/** The rule as the evaluators read it: every `{ param }` in a condition replaced by its value (cached per rule, frozen). */
export const withParametersResolved = (rule: RuleDefinition): RuleDefinition => {
  let copy = resolved.get(rule);
  if (copy) return copy;
  const p = rule.parameters;
  const id = rule.id;
  // A message names its thresholds ({maxSiteArea}); they never change, so they are written in once here
  // (a fact, derived value, conclusion or caller parameter of the same name would still win: left alone).
  const own = new Set([...rule.facts, ...Object.keys(rule.derive ?? {}), ...Object.keys(rule.conclusions ?? {}), ...Object.keys(rule.callerParameters ?? {})]);
  const written = (template: string): string =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(p, name) && !own.has(name) ? parameterWords(p[name]!) : whole));
  const localized = <T extends Readonly<Record<string, string>>>(text: T): T =>
    Object.fromEntries(Object.entries(text).map(([locale, t]) => [locale, written(t)])) as T;
  copy = {
    ...rule,
    messages: { pass: localized(rule.messages.pass), fail: localized(rule.messages.fail) },
    selects: resolvedCondition(rule.selects, p, `${id}: selects`),
    decision: resolvedCondition(rule.decision, p, `${id}: decision`),
    ...(rule.notYetDue ? { notYetDue: resolvedCondition(rule.notYetDue, p, `${id}: notYetDue`) } : {}),
    ...(rule.notConcerned
      ? { notConcerned: { message: localized(rule.notConcerned.message), when: resolvedCondition(rule.notConcerned.when, p, `${id}: notConcerned`) } }
      : {}),
    ...(rule.derive
      ? {
          derive: Object.fromEntries(
            Object.entries(rule.derive).map(([name, d]) => [name, { ...d, value: resolvedExpr(d.value, p, `${id}: derive.${name}`) }]),
          ),
        }
      : {}),
    ...(rule.conclusions
      ? { conclusions: Object.fromEntries(Object.entries(rule.conclusions).map(([name, e]) => [name, resolvedExpr(e, p, `${id}: conclusions.${name}`)])) }
      : {}),
  };
  Object.freeze(copy);
  resolved.set(rule, copy);
  return copy;
};

/** Per rule list, the resolved list, for as long as the list lives. */
const catalogues = objectCache<readonly RuleDefinition[], readonly RuleDefinition[]>();

/** A rule list as the evaluators read it; the same list in gives the same list out, so caches keyed by it hold. */
export const withParametersResolvedAll = (rules: readonly RuleDefinition[]): readonly RuleDefinition[] => {
  let list = catalogues.get(rules);
  if (!list) catalogues.set(rules, (list = Object.freeze(rules.map(withParametersResolved))));
  return list;
};
