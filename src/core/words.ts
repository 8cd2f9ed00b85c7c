import { type Condition, type Leaf, type LeafValue, isFactRef, isLeaf, isParamLeafValue } from './conditions.js';
import type { Amount, OperatorName } from './operators.js';
import type { AreaUnit } from './units.js';

/**
 * Conditions in words, for the docs pages: "用地规模 ≤ 500 平方米 且 建筑面积 ≤ 1000 平方米",
 * so that a reader who does not read JSON can check what a rule tests. The words of facts come
 * from the caller (`Vocabulary`): the core knows no vocabulary of its own.
 */
export type WordsLocale = 'zh-Hans' | 'en';

export interface Vocabulary {
  /** What a fact, `$derived` value or `@parameter` is called. */
  name(id: string, locale: WordsLocale): string;
  /** The unit an area fact is given in: a bare number compared with it is in this unit. */
  unit?(id: string): AreaUnit | undefined;
  /** A rule parameter's value as a condition reads it (`{ param: 'maxSiteArea' }` → 500 m²); absent: shown by its name. */
  parameter?(name: string): LeafValue | undefined;
}

const UNIT_WORDS: Record<AreaUnit, Record<WordsLocale, string>> = {
  m2: { 'zh-Hans': '平方米', en: 'm²' },
  mu: { 'zh-Hans': '亩', en: 'mu' },
  ha: { 'zh-Hans': '公顷', en: 'ha' },
};

const WORDS = {
  and: { 'zh-Hans': ' 且 ', en: ' and ' },
  or: { 'zh-Hans': ' 或 ', en: ' or ' },
  listSeparator: { 'zh-Hans': '、', en: ', ' },
  yes: { 'zh-Hans': '是', en: 'yes' },
  no: { 'zh-Hans': '否', en: 'no' },
} as const;

const isAmount = (value: LeafValue): value is Amount => typeof value === 'object' && value !== null && !Array.isArray(value) && 'amount' in value;

/** A threshold, a list or a compared fact in words. `unit` is the unit of the fact it is compared with. */
export const valueWords = (value: LeafValue, locale: WordsLocale, vocabulary: Vocabulary, unit?: AreaUnit): string => {
  if (isFactRef(value)) return vocabulary.name(value.fact, locale);
  if (isParamLeafValue(value)) {
    const resolved = vocabulary.parameter?.(value.param);
    return resolved === undefined || isParamLeafValue(resolved) ? value.param : valueWords(resolved, locale, vocabulary, unit);
  }
  if (isAmount(value)) return `${value.amount} ${UNIT_WORDS[value.unit][locale]}`;
  if (Array.isArray(value)) return value.map((item) => valueWords(item, locale, vocabulary)).join(WORDS.listSeparator[locale]);
  if (typeof value === 'boolean') return (value ? WORDS.yes : WORDS.no)[locale];
  if (typeof value === 'number') return unit ? `${value} ${UNIT_WORDS[unit][locale]}` : String(value);
  // A date reads as itself; any other text is a value of an enumerated fact, quoted as the JSON spells it.
  return /^\d{4}-\d{2}-\d{2}$/.test(value as string) ? (value as string) : `'${value as string}'`;
};

type LeafWords = (subject: string, value: string, leaf: Leaf) => string;

/** How each operator reads, in each locale: the symbol where one is plain, words where not. */
const OPERATOR_WORDS: Record<OperatorName, Record<WordsLocale, LeafWords>> = {
  equal: {
    'zh-Hans': (s, v, leaf) => (typeof leaf.value === 'boolean' ? `${s}：${v}` : `${s} = ${v}`),
    en: (s, v, leaf) => (typeof leaf.value === 'boolean' ? `${s}: ${v}` : `${s} = ${v}`),
  },
  notEqual: {
    'zh-Hans': (s, v, leaf) => (typeof leaf.value === 'boolean' ? `${s}：并非${v}` : `${s} ≠ ${v}`),
    en: (s, v, leaf) => (typeof leaf.value === 'boolean' ? `${s}: not ${v}` : `${s} ≠ ${v}`),
  },
  in: { 'zh-Hans': (s, v) => `${s} 为 ${v} 之一`, en: (s, v) => `${s} is one of ${v}` },
  notIn: { 'zh-Hans': (s, v) => `${s} 不是 ${v} 中的任何一个`, en: (s, v) => `${s} is none of ${v}` },
  atMost: { 'zh-Hans': (s, v) => `${s} ≤ ${v}`, en: (s, v) => `${s} ≤ ${v}` },
  atLeast: { 'zh-Hans': (s, v) => `${s} ≥ ${v}`, en: (s, v) => `${s} ≥ ${v}` },
  above: { 'zh-Hans': (s, v) => `${s} > ${v}`, en: (s, v) => `${s} > ${v}` },
  below: { 'zh-Hans': (s, v) => `${s} < ${v}`, en: (s, v) => `${s} < ${v}` },
  onOrBefore: { 'zh-Hans': (s, v) => `${s} 不晚于 ${v}`, en: (s, v) => `${s} on or before ${v}` },
  onOrAfter: { 'zh-Hans': (s, v) => `${s} 不早于 ${v}`, en: (s, v) => `${s} on or after ${v}` },
  before: { 'zh-Hans': (s, v) => `${s} 早于 ${v}`, en: (s, v) => `${s} before ${v}` },
  after: { 'zh-Hans': (s, v) => `${s} 晚于 ${v}`, en: (s, v) => `${s} after ${v}` },
  isEmpty: {
    'zh-Hans': (s, _v, leaf) => (leaf.value === true ? `${s} 为空` : `${s} 不为空`),
    en: (s, _v, leaf) => (leaf.value === true ? `${s} is empty` : `${s} is not empty`),
  },
  allIn: { 'zh-Hans': (s, v) => `${s} 的每一项都是 ${v} 之一`, en: (s, v) => `every item of ${s} is one of ${v}` },
  present: {
    'zh-Hans': (s, _v, leaf) => (leaf.value === true ? `${s} 已给出` : `${s} 未给出`),
    en: (s, _v, leaf) => (leaf.value === true ? `${s} is given` : `${s} is not given`),
  },
};

/** One leaf in words: "建筑面积 ≤ 1000 平方米". */
export const leafWords = (leaf: Leaf, locale: WordsLocale, vocabulary: Vocabulary): string => {
  const unit = isFactRef(leaf.value) ? undefined : vocabulary.unit?.(leaf.fact);
  return OPERATOR_WORDS[leaf.operator][locale](vocabulary.name(leaf.fact, locale), valueWords(leaf.value, locale, vocabulary, unit), leaf);
};

/**
 * A condition in words on one line: parts of `all` joined by 且 / and, of `any` by 或 / or, a
 * nested group in brackets so that the reading is never ambiguous.
 */
export const conditionWords = (condition: Condition, locale: WordsLocale, vocabulary: Vocabulary): string => {
  if (isLeaf(condition)) return leafWords(condition, locale, vocabulary);
  const bracket = (inner: Condition) => {
    const text = conditionWords(inner, locale, vocabulary);
    const group = !isLeaf(inner) && !('not' in inner) && ('all' in inner ? inner.all : inner.any).length > 1;
    return group ? (locale === 'en' ? `(${text})` : `（${text}）`) : text;
  };
  if ('not' in condition)
    return locale === 'en' ? `not (${conditionWords(condition.not, locale, vocabulary)})` : `并非（${conditionWords(condition.not, locale, vocabulary)}）`;
  const [parts, joiner] = 'all' in condition ? [condition.all, WORDS.and] : [condition.any, WORDS.or];
  return parts.map(bracket).join(joiner[locale]);
};

/** Whether any condition strictly below this one names a clause. */
export const hasNamedBelow = (condition: Condition): boolean => {
  if (isLeaf(condition)) return false;
  const children = 'not' in condition ? [condition.not] : 'all' in condition ? condition.all : condition.any;
  return children.some((child) => child.name !== undefined || hasNamedBelow(child));
};
