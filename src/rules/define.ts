import type { Condition, FactRef, Leaf, LeafValue } from '../core/conditions.js';
import type { Derived, Expr, ParamRef } from '../core/mechanisms.js';
import type { OperatorName } from '../core/operators.js';
import type { Status } from '../core/rule.js';
import type { RuleDefinition } from './definition.js';
import { validateRule } from './validate-rule.js';
import { type LocaleFile, type RuleSource, withTranslations } from './translations.js';

/**
 * A rule file's default export: its zh-Hans words merged with the translations of its locale
 * file, then checked, once, when the registry (or a per-rule entry) loads it.
 */
export const defineRule = (rule: RuleSource, translations?: LocaleFile): RuleDefinition => validateRule(withTranslations(rule, translations));

/**
 * A rule builder of a shared module (`indicatorRule`) bound to the calling rule file's locale
 * file, for use as a callback: `TABLE.map(withLocaleFile(indicatorRule, translations))`.
 */
export const withLocaleFile =
  <T>(build: (item: T, translations: LocaleFile) => RuleDefinition, translations: LocaleFile) =>
  (item: T): RuleDefinition =>
    build(item, translations);

/** Shorthand for one leaf; the result is plain rule JSON. */
export const when = (fact: string, operator: OperatorName, value: LeafValue): Leaf => ({ fact, operator, value });

/**
 * A procedure with a deadline, as rule JSON: the act was done on or before the
 * deadline, or it is not done yet and the deadline has not passed (conventions §3a:
 * an absent act date means the act has not happened).
 */
export const doneByDeadline = (actDate: string, deadline: string): Condition => ({
  any: [
    { all: [when(actDate, 'present', true), when(actDate, 'onOrBefore', { fact: deadline })] },
    { all: [when(actDate, 'present', false), when('@asOf', 'onOrBefore', { fact: deadline })] },
  ],
});

/** A reference to a fact, a `$derived` value or an `@` id, in an expression. */
export const ref = (id: string): FactRef => ({ fact: id });
/** A reference to one of the rule's parameters, in an expression. */
export const param = (name: string): ParamRef => ({ param: name });

/** A share (a parameter) of a base area, as a derived value in square metres: “不超过/不少于…的5%”. */
export const shareOf = (base: string, share: string): Derived => ({ value: { shareOf: { base: ref(base), share: param(share) } }, unit: 'm2' });

/** A conclusion that depends on the status alone, e.g. `{ pass: true, fail: false }`; other statuses leave it out. */
export const byStatus = (table: Partial<Record<Status, Expr>>): Expr => ({ lookup: { key: ref('@status'), table } });

/** A condition that holds only when the fact is given and equals the value: false, not unknown, when absent. */
export const given = (fact: string, operator: OperatorName, value: LeafValue): Condition => ({
  all: [when(fact, 'present', true), when(fact, operator, value)],
});

/**
 * An open list (…等, conventions §3b) as rule JSON: a value the text names holds; a value
 * recorded as clearly outside the genus fails; any other value holds only when a person's
 * recorded determination says it belongs to the genus, and without one the rule is
 * undetermined, naming that determination.
 */
export const openList = (fact: string, named: readonly string[], outside: readonly string[], determination: string): Condition => ({
  any: [when(fact, 'in', [...named]), { all: [when(fact, 'notIn', [...named, ...outside]), when(determination, 'equal', true)] }],
});

/**
 * A route or exception the caller records: it holds only when the fact is given and true, so
 * a case that does not record it is judged without it (never undetermined for its absence).
 */
export const recorded = (fact: string): Condition => ({ all: [when(fact, 'present', true), when(fact, 'equal', true)] });

/**
 * A condition with the clause of the quote it encodes (an exact substring of `citation.quote`,
 * checked when the rule loads): every reason under it names these words.
 */
export const clause = <C extends Condition>(words: string, condition: C): C => ({ name: words, ...condition });
