/**
 * The words of a CSV/TSV/XLSX answer for a clerk: its column names, the statuses in the rule
 * columns and the worst outcome, in the locale asked for with --locale. Without --locale the
 * table keeps the codes, which programs read.
 */
import type { Locale, Localized } from '../core/locale.js';
import { COMMON } from '../core/messages.js';

/** A rule column's status, or the worst outcome, in words; a fail's consequence as the library says it (COMMON). */
const OUTCOME_WORDS: Readonly<Record<string, Localized>> = {
  pass: { 'zh-Hans': '符合', 'zh-Hant': '符合', en: 'pass' },
  fail: { 'zh-Hans': '不符合', 'zh-Hant': '不符合', en: 'fail' },
  undetermined: { 'zh-Hans': '无法判定', 'zh-Hant': '無法判定', en: 'undetermined' },
  'not-in-force': { 'zh-Hans': '文件未在施行期内', 'zh-Hant': '文件未在施行期內', en: 'not in force' },
  'not-applicable': { 'zh-Hans': '不涉及', 'zh-Hant': '不涉及', en: 'not applicable' },
  violation: COMMON.violation,
  'not-eligible': COMMON['not-eligible'],
  'target-missed': COMMON['target-missed'],
  none: { 'zh-Hans': '无涉及的规则', 'zh-Hant': '無涉及的規則', en: 'no rule concerned' },
};

/** The fixed columns: the counts are named as the outcomes they count. */
const COLUMN_WORDS: Readonly<Record<string, Localized>> = {
  id: { 'zh-Hans': '编号', 'zh-Hant': '編號', en: 'id' },
  line: { 'zh-Hans': '行号', 'zh-Hant': '行號', en: 'line' },
  error: { 'zh-Hans': '错误', 'zh-Hant': '錯誤', en: 'error' },
  worst: { 'zh-Hans': '最严重结果', 'zh-Hant': '最嚴重結果', en: 'worst' },
  pass: OUTCOME_WORDS.pass!,
  fail: OUTCOME_WORDS.fail!,
  undetermined: OUTCOME_WORDS.undetermined!,
  violation: OUTCOME_WORDS.violation!,
  'not-eligible': OUTCOME_WORDS['not-eligible']!,
  'target-missed': OUTCOME_WORDS['target-missed']!,
  issues: { 'zh-Hans': '输入问题', 'zh-Hant': '輸入問題', en: 'issues' },
  messages: { 'zh-Hans': '说明', 'zh-Hant': '說明', en: 'messages' },
  asOf: { 'zh-Hans': '评估日期', 'zh-Hant': '評估日期', en: 'as of' },
  actOn: { 'zh-Hans': '行为日期', 'zh-Hant': '行為日期', en: 'act on' },
};

/** A fixed column's name: its code, or its words in the locale asked for. */
export const columnName = (code: string, locale: Locale | undefined): string => (locale ? (COLUMN_WORDS[code]?.[locale] ?? code) : code);

/** A status or outcome: its code, or its words. */
export const outcomeWords = (code: string, locale: Locale | undefined): string => (locale && code ? (OUTCOME_WORDS[code]?.[locale] ?? code) : code);

/** A rule column's name: the rule's id, or its title with the id after it, so that a clerk reads it and a reviewer finds it. */
export const ruleColumnName = (id: string, title: string | undefined, locale: Locale | undefined): string =>
  !locale || title === undefined ? id : locale === 'en' ? `${title} (${id})` : `${title}（${id}）`;
