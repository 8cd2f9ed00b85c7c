import type { Locale } from './locale.js';
import { type Expr, type Mechanism, isParamRef } from './mechanisms.js';
import { OPERATOR_SYMBOL } from './operators.js';
import { conditionWords, type Vocabulary } from './words.js';
import { UNIT_LABEL } from './units.js';

/**
 * Every mechanism and condition said in words, for the docs: a legal reviewer checks the
 * formula, not the JSON. Chinese pages use zh-Hans words (zh-Hant the same words in its script).
 */
export interface Naming {
  /** How an id reads: a vocabulary fact's description, a derived value's name. */
  readonly id: (id: string) => string;
  /** How a rule parameter reads, with its value and unit. */
  readonly param: (name: string) => string;
  /** What a condition inside a formula (a `cases` branch) is read with: the words of the rule's clauses. */
  readonly vocabulary: Vocabulary;
}

type Words = Record<'zh' | 'en', string>;
const W = (zh: string, en: string): Words => ({ zh, en });
const SPECIAL: Record<string, Words> = {
  '@asOf': W('评估日期', 'the evaluation date'),
  '@status': W('本规则的结论状态', "the rule's status"),
  '@calendar': W('所用的工作日历', 'the working calendar used'),
};

const lang = (locale: Locale): 'zh' | 'en' => (locale === 'en' ? 'en' : 'zh');

/** The words of an id the core provides (`@asOf`, `@status`, `@calendar`), for conditions and formulas alike. */
export const specialIdWords = (id: string, locale: Locale): string | undefined => SPECIAL[id]?.[lang(locale)];

const literalWords = (value: unknown, l: 'zh' | 'en'): string => {
  if (typeof value === 'string') return `“${value}”`;
  if (typeof value === 'boolean') return value ? (l === 'zh' ? '是' : 'yes') : l === 'zh' ? '否' : 'no';
  if (Array.isArray(value)) return `[${value.map((v) => literalWords(v, l)).join(l === 'zh' ? '、' : ', ')}]`;
  if (typeof value === 'object' && value !== null && 'amount' in value && 'unit' in value) {
    const amount = value as { amount: string; unit: keyof typeof UNIT_LABEL };
    return `${amount.amount} ${UNIT_LABEL[amount.unit][l === 'zh' ? 'zh-Hans' : 'en']}`;
  }
  return String(value);
};

const refWords = (id: string, naming: Naming, l: 'zh' | 'en'): string => SPECIAL[id]?.[l] ?? naming.id(id);

/** An expression in words: “规划村庄建设用地总量 × 5%”, “自批复之日起3年期间的最后一日”. */
export const formulaWords = (expr: Expr, locale: Locale, naming: Naming): string => {
  const l = lang(locale);
  const say = (inner: Expr): string => formulaWords(inner, locale, naming);
  if (typeof expr !== 'object' || Array.isArray(expr)) return literalWords(expr, l);
  if ('fact' in expr) return refWords(expr.fact, naming, l);
  if (isParamRef(expr)) return naming.param(expr.param);
  const m = expr as Mechanism;
  const zh = l === 'zh';
  if ('shareOf' in m) return `${say(m.shareOf.base)} × ${say(m.shareOf.share)}`;
  if ('difference' in m) return `${say(m.difference[0])} − ${say(m.difference[1])}`;
  if ('remainder' in m)
    return zh ? `${say(m.remainder[0])} − ${say(m.remainder[1])}（不低于0）` : `${say(m.remainder[0])} − ${say(m.remainder[1])}, not below 0`;
  if ('sum' in m) return m.sum.map(say).join(' + ');
  if ('periodEnd' in m) {
    const { start, years, firstDayCounts } = m.periodEnd;
    if (zh) return `自${say(start)}起${say(years)}年期间的最后一日（${firstDayCounts ? '首日计入' : '首日不计入，民法典第二百零一条、第二百零二条'}）`;
    return `the last day of ${say(years)} years from ${say(start)} (${firstDayCounts ? 'the first day counted' : 'the first day not counted, Civil Code arts. 201–202'})`;
  }
  if ('workingDayDeadline' in m) {
    const { after, days } = m.workingDayDeadline;
    return zh ? `${say(after)}后第${say(days)}个工作日（当日不计入）` : `working day no. ${say(days)} after ${say(after)} (that day not counted)`;
  }
  if ('dateInYear' in m)
    return zh ? `${say(m.dateInYear.year)}年的${say(m.dateInYear.monthDay)}` : `${say(m.dateInYear.monthDay)} of the year ${say(m.dateInYear.year)}`;
  if ('daysBetween' in m)
    return zh ? `从${say(m.daysBetween.from)}到${say(m.daysBetween.to)}的日数` : `days from ${say(m.daysBetween.from)} to ${say(m.daysBetween.to)}`;
  if ('latest' in m) return zh ? `${m.latest.map(say).join('与')}中较晚者` : `the latest of ${m.latest.map(say).join(', ')}`;
  if ('count' in m) return zh ? `${say(m.count)}的数量` : `the number of ${say(m.count)}`;
  if ('filter' in m || 'find' in m) {
    const { list, where } = 'filter' in m ? m.filter : m.find;
    const test = `${where.field} ${OPERATOR_SYMBOL[where.operator]} ${say(where.value)}`;
    if ('filter' in m) return zh ? `${say(list)}中${test}的各项` : `the items of ${say(list)} with ${test}`;
    return zh ? `${say(list)}中第一个${test}的项` : `the first item of ${say(list)} with ${test}`;
  }
  if ('lowest' in m)
    return zh ? `${say(m.lowest.list)}中${m.lowest.by.join('、再按')}最低的一项` : `the item of ${say(m.lowest.list)} lowest in ${m.lowest.by.join(', then ')}`;
  if ('item' in m) return zh ? `${say(m.item.list)}的第${m.item.index + 1}项` : `item ${m.item.index + 1} of ${say(m.item.list)}`;
  if ('field' in m) return zh ? `${say(m.field.of)}的${m.field.name}` : `the ${m.field.name} of ${say(m.field.of)}`;
  if ('pluck' in m) return zh ? `${say(m.pluck.list)}各项的${m.pluck.field}` : `the ${m.pluck.field} of each of ${say(m.pluck.list)}`;
  if ('lookup' in m) {
    const rows = Object.entries(m.lookup.table).map(([key, value]) => `${literalWords(key, l)} → ${say(value)}`);
    return zh ? `按${say(m.lookup.key)}：${rows.join('；')}；其他情形不给出` : `by ${say(m.lookup.key)}: ${rows.join('; ')}; otherwise not given`;
  }
  if ('cases' in m) {
    const branches = m.cases.map((branch) =>
      zh
        ? `若${conditionWords(branch.when, 'zh-Hans', naming.vocabulary)}，为${say(branch.then)}`
        : `if ${conditionWords(branch.when, 'en', naming.vocabulary)}, ${say(branch.then)}`,
    );
    const otherwise =
      m.otherwise === undefined ? (zh ? '否则不给出' : 'otherwise not given') : zh ? `否则为${say(m.otherwise)}` : `otherwise ${say(m.otherwise)}`;
    return [...branches, otherwise].join(zh ? '；' : '; ');
  }
  return zh ? `${say(m.inUnit.value)}（以${UNIT_LABEL[m.inUnit.unit]['zh-Hans']}计）` : `${say(m.inUnit.value)} in ${UNIT_LABEL[m.inUnit.unit].en}`;
};
