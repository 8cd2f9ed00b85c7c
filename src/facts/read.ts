import type * as z from 'zod';
import type { Locale } from '../core/locale.js';
import { isCalendarDate } from '../core/dates.js';
import type { FactKind } from './kinds.js';
import { FACT_KINDS, FACTS, type FactName } from './vocabulary.js';

export interface FactIssue {
  path: (string | number)[];
  code: string;
  message: string;
}

export interface ReadFacts {
  /** Normalised values of the valid facts present. */
  readonly values: ReadonlyMap<FactName, unknown>;
  /** Facts present but invalid: every rule that reads one is undetermined. */
  readonly invalid: ReadonlySet<FactName>;
  readonly issues: FactIssue[];
}

type Words = Record<Locale, string>;

const WHAT: Record<string, Words> = {
  finite: { 'zh-Hans': '应为有限数字', 'zh-Hant': '應為有限數字', en: 'must be a finite number' },
  nonnegative: { 'zh-Hans': '应为不小于0的数字', 'zh-Hant': '應為不小於0的數字', en: 'must be a number ≥ 0' },
  share: { 'zh-Hans': '应为0至1之间的比例', 'zh-Hant': '應為0至1之間的比例', en: 'must be a share from 0 to 1' },
  integer: { 'zh-Hans': '应为不小于0的整数', 'zh-Hant': '應為不小於0的整數', en: 'must be a whole number ≥ 0' },
  'positive-integer': { 'zh-Hans': '应为不小于1的整数', 'zh-Hant': '應為不小於1的整數', en: 'must be a whole number ≥ 1' },
  year: { 'zh-Hans': '应为1900至2200之间的年份', 'zh-Hant': '應為1900至2200之間的年份', en: 'must be a year from 1900 to 2200' },
  degrees: { 'zh-Hans': '应为0至90度之间的坡度', 'zh-Hant': '應為0至90度之間的坡度', en: 'must be a slope from 0 to 90 degrees' },
  grade: { 'zh-Hans': '应为1至10的整数等别', 'zh-Hant': '應為1至10的整數等別', en: 'must be a whole grade from 1 to 10' },
  date: { 'zh-Hans': '应为真实存在的日期，格式 YYYY-MM-DD', 'zh-Hant': '應為真實存在的日期，格式 YYYY-MM-DD', en: "must be a real calendar date 'YYYY-MM-DD'" },
  area: {
    'zh-Hans': '应为面积：不小于0的数字，或 { value, unit: "m2" | "mu" | "ha" }',
    'zh-Hant': '應為面積：不小於0的數字，或 { value, unit: "m2" | "mu" | "ha" }',
    en: 'must be an area: a number ≥ 0, or { value, unit: "m2" | "mu" | "ha" }',
  },
  boolean: { 'zh-Hans': '应为 true 或 false', 'zh-Hant': '應為 true 或 false', en: 'must be true or false' },
  string: { 'zh-Hans': '应为字符串', 'zh-Hant': '應為字串', en: 'must be a string' },
  number: { 'zh-Hans': '应为数字', 'zh-Hant': '應為數字', en: 'must be a number' },
  array: { 'zh-Hans': '应为数组', 'zh-Hant': '應為陣列', en: 'must be an array' },
  object: { 'zh-Hans': '应为对象', 'zh-Hant': '應為物件', en: 'must be an object' },
  format: { 'zh-Hans': '格式不符（应为六位行政区划代码）', 'zh-Hant': '格式不符（應為六位行政區劃代碼）', en: 'has the wrong format (a six-digit division code)' },
  length: { 'zh-Hans': '元素个数不符', 'zh-Hant': '元素個數不符', en: 'has the wrong number of items' },
  keys: { 'zh-Hans': '含有未知字段', 'zh-Hant': '含有未知欄位', en: 'has unknown keys' },
  value: { 'zh-Hans': '取值不在允许范围内', 'zh-Hant': '取值不在允許範圍內', en: 'is not one of the allowed values' },
  facts: { 'zh-Hans': '事实应为一个 JSON 对象', 'zh-Hant': '事實應為一個 JSON 物件', en: 'the facts must be a JSON object' },
  unreadable: { 'zh-Hans': '无法读取该字段', 'zh-Hant': '無法讀取該欄位', en: 'could not be read' },
};

const describeValue = (value: unknown): string => {
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'array';
  return typeof value;
};

const RECEIVED: Words = { 'zh-Hans': '，实际为', 'zh-Hant': '，實際為', en: ', got ' };

/** What a zod issue means for the caller, in the words of what the field expects. */
const explain = (issue: z.core.$ZodIssue, fact: FactName): string => {
  const kind = FACTS[fact];
  if (issue.code === 'unrecognized_keys') return 'keys';
  const key = [...issue.path].reverse().find((p): p is string => typeof p === 'string');
  if (issue.path.length === 0) {
    if (issue.code === 'too_small' || issue.code === 'too_big') return kind.type === 'array' ? 'length' : kind.expects;
    return kind.expects;
  }
  if (kind.type === 'area') return key === 'unit' ? 'value' : 'nonnegative';
  if (key !== undefined && kind.nested?.[key]) return kind.nested[key];
  if (issue.code === 'invalid_type') return issue.expected in WHAT ? issue.expected : 'value';
  return 'value';
};

const valueAt = (root: unknown, path: readonly PropertyKey[]): unknown => {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
};

const message = (what: string, locale: Locale, path: (string | number)[], received?: unknown): string => {
  const words = WHAT[what] ?? WHAT.value!;
  const where = path.join('.');
  const got = received === undefined ? '' : `${RECEIVED[locale]}${describeValue(received)}`;
  return locale === 'en' ? `${where} ${words.en}${got}` : `${where}：${words[locale]}${got}`;
};

const RANGES: Partial<Record<FactKind['expects'], readonly [min: number, max: number, whole: boolean]>> = {
  nonnegative: [0, Infinity, false],
  area: [0, Infinity, false],
  share: [0, 1, false],
  degrees: [0, 90, false],
  integer: [0, Infinity, true],
  'positive-integer': [1, Infinity, true],
  year: [1900, 2200, true],
  grade: [1, 10, true],
};

/**
 * The common valid values, recognised without zod (this runs for every fact of every
 * case). It may only accept what the zod schema accepts; anything else goes to zod,
 * which decides and words the message. The JSON Schema test holds the two together.
 */
const plainlyValidFor = (kind: FactKind): ((raw: unknown) => boolean) => {
  switch (kind.expects) {
    case 'boolean':
      return (raw) => typeof raw === 'boolean';
    case 'string':
      return (raw) => typeof raw === 'string';
    case 'date':
      return isCalendarDate;
    default: {
      const range = RANGES[kind.expects];
      if (!range) return () => false;
      const [min, max, whole] = range;
      return (raw) => Number.isFinite(raw) && (raw as number) >= min && (raw as number) <= max && (!whole || Number.isSafeInteger(raw));
    }
  }
};

interface Reader {
  readonly kind: FactKind;
  readonly plainlyValid: (raw: unknown) => boolean;
}
/** Each fact's kind with its quick check, worked out once (readFacts runs for every case). */
const READERS: ReadonlyMap<string, Reader> = new Map([...FACT_KINDS].map(([name, kind]) => [name, { kind, plainlyValid: plainlyValidFor(kind) }]));

/**
 * Validates the caller's facts field by field. Never throws: whatever the input,
 * valid facts are normalised, invalid ones become issues with their path, and
 * unknown keys are ignored (own enumerable properties only, so `__proto__` is never a fact).
 */
export const readFacts = (input: unknown, locale: Locale): ReadFacts => {
  const values = new Map<FactName, unknown>();
  const invalid = new Set<FactName>();
  const issues: FactIssue[] = [];
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    issues.push({ path: [], code: 'not-an-object', message: message('facts', locale, [], input) });
    return { values, invalid, issues };
  }
  let keys: string[];
  try {
    keys = Object.keys(input);
  } catch {
    issues.push({ path: [], code: 'unreadable', message: message('unreadable', locale, []) });
    return { values, invalid, issues };
  }
  for (const name of keys) {
    const reader = READERS.get(name);
    if (reader === undefined) continue;
    const definition = reader.kind;
    const key = name as FactName;
    let raw: unknown;
    try {
      // An own enumerable key, read once; a getter that throws leaves the fact absent.
      raw = (input as Record<string, unknown>)[key];
    } catch {
      raw = undefined;
    }
    if (raw === undefined) continue;
    if (reader.plainlyValid(raw)) {
      values.set(key, definition.normalise(raw));
      continue;
    }
    const parsed = definition.schema.safeParse(raw);
    if (parsed.success) {
      values.set(key, definition.normalise(parsed.data));
      continue;
    }
    invalid.add(key);
    // One issue per distinct path keeps a union's alternatives from repeating themselves.
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const path = [key, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')];
      const id = path.join('\u0000');
      if (seen.has(id)) continue;
      seen.add(id);
      const what = explain(issue, key);
      issues.push({ path, code: `invalid-${what}`, message: message(what, locale, path, valueAt(raw, issue.path)) });
    }
  }
  return { values, invalid, issues };
};
