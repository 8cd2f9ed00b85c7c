import type * as z from 'zod';
import type { Locale } from '../core/locale.js';
import type { FactIssue } from '../core/report.js';
import { isCalendarDate } from '../core/dates.js';
import { DEFAULT_LIMITS, type Limits, type Problem, describe, plainCopy } from '../core/safe.js';
import { CONTROL_CHARACTER, type FactKind } from './kinds.js';
import { lookalikeFinder } from './lookalike.js';
import { nearFactName } from './near-fact.js';
import { codeOfLabel } from './value-labels.js';
import { FACT_KINDS, type FactName } from './vocabulary.js';

// The report's shape is the core's; it is named here too, where issues are made.
export type { FactIssue };

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
  format: {
    'zh-Hans': '格式不符（应为六位行政区划代码）',
    'zh-Hant': '格式不符（應為六位行政區劃代碼）',
    en: 'has the wrong format (a six-digit division code)',
  },
  length: { 'zh-Hans': '元素个数不符', 'zh-Hant': '元素個數不符', en: 'has the wrong number of items' },
  keys: { 'zh-Hans': '含有未知字段', 'zh-Hant': '含有未知欄位', en: 'has unknown keys' },
  unit: {
    'zh-Hans': '应为面积单位 "m2"、"mu" 或 "ha"（平方米、亩、公顷）',
    'zh-Hant': '應為面積單位 "m2"、"mu" 或 "ha"（平方米、畝、公頃）',
    en: 'must be an area unit: "m2", "mu" or "ha" (square metres, mu, hectares)',
  },
  'area-key': {
    'zh-Hans': '不是面积的字段（面积为 { value, unit }）',
    'zh-Hant': '不是面積的欄位（面積為 { value, unit }）',
    en: 'is not a field of an area ({ value, unit })',
  },
  value: { 'zh-Hans': '取值不在允许范围内', 'zh-Hant': '取值不在允許範圍內', en: 'is not one of the allowed values' },
  facts: { 'zh-Hans': '事实应为一个 JSON 对象', 'zh-Hant': '事實應為一個 JSON 物件', en: 'the facts must be a JSON object' },
  unreadable: { 'zh-Hans': '无法读取该字段', 'zh-Hant': '無法讀取該欄位', en: 'could not be read' },
  accessor: { 'zh-Hans': '应为数据值，不能是访问器（getter）', 'zh-Hant': '應為資料值，不能是存取器（getter）', en: 'must be a value, not a getter' },
  cycle: { 'zh-Hans': '包含循环引用', 'zh-Hant': '包含循環參照', en: 'refers back to itself (a cycle)' },
  sparse: { 'zh-Hans': '数组中有空位', 'zh-Hant': '陣列中有空位', en: 'is a hole in a sparse array' },
  'too-deep': { 'zh-Hans': '嵌套层数超过上限', 'zh-Hant': '巢狀層數超過上限', en: 'is nested deeper than the limit' },
  'too-long': { 'zh-Hans': '字符串长度超过上限', 'zh-Hant': '字串長度超過上限', en: 'is a string longer than the limit' },
  'too-many-items': { 'zh-Hans': '元素个数超过上限', 'zh-Hant': '元素個數超過上限', en: 'has more items than the limit' },
  control: { 'zh-Hans': '含有控制字符', 'zh-Hant': '含有控制字元', en: 'contains the control character' },
  lookalike: { 'zh-Hans': '不是已知取值，但与已知取值相似：', 'zh-Hant': '不是已知取值，但與已知取值相似：', en: 'is not a known value, but looks like ' },
  label: {
    'zh-Hans': '是取值的中文名称，规则只读代码：',
    'zh-Hant': '是取值的中文名稱，規則只讀代碼：',
    en: 'is the Chinese name of a value; the rules read codes: ',
  },
  'unknown-value': { 'zh-Hans': '不是规则已知的取值：', 'zh-Hant': '不是規則已知的取值：', en: 'is not a value the rules know: ' },
  'too-many-issues': { 'zh-Hans': '问题过多，另有未列出的问题：', 'zh-Hant': '問題過多，另有未列出的問題：', en: 'too many issues; not listed: ' },
};

/** The bound each limit problem names, shown in its message. */
const LIMIT_OF: Partial<Record<Problem, keyof Limits>> = { 'too-deep': 'maxDepth', 'too-long': 'maxStringLength', 'too-many-items': 'maxArrayLength' };

const describeValue = (value: unknown): string => {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object' && value !== null) return 'object';
  return describe(value);
};

const RECEIVED: Words = { 'zh-Hans': '，实际为', 'zh-Hant': '，實際為', en: ', got ' };

/** What a zod issue means for the caller, in the words of what the field expects. */
const explain = (issue: z.core.$ZodIssue, fact: FactName): string => {
  const kind = FACT_KINDS.get(fact)!;
  if (issue.code === 'unrecognized_keys') return kind.type === 'area' ? 'area-key' : 'keys';
  const key = [...issue.path].reverse().find((p): p is string => typeof p === 'string');
  if (issue.path.length === 0) {
    if (issue.code === 'too_small' || issue.code === 'too_big') return kind.type === 'array' ? 'length' : kind.expects;
    return kind.expects;
  }
  if (kind.type === 'area') return key === 'unit' ? 'unit' : 'nonnegative';
  if (key !== undefined && kind.nested?.[key]) return kind.nested[key];
  if (issue.code === 'invalid_type') return issue.expected in WHAT ? issue.expected : 'value';
  return 'value';
};

/**
 * A zod issue as the field it is about. A union none of whose forms fits is told by the form
 * the value got furthest in (an area object with a wrong unit: that unit), when exactly one
 * got past the value's type; and an area's unknown keys are named one by one.
 */
const namedIssues = (issue: z.core.$ZodIssue, kind: FactKind): z.core.$ZodIssue[] => {
  if (issue.code === 'invalid_union') {
    const pastType = issue.errors.filter((form) => form.every((inner) => inner.path.length > 0));
    return pastType.length === 1 ? pastType[0]!.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })) : [issue];
  }
  if (issue.code === 'unrecognized_keys' && kind.type === 'area') return issue.keys.map((name) => ({ ...issue, path: [...issue.path, name] }));
  return [issue];
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
  // The facts as a whole (an empty path) are not named: the words stand alone.
  if (where === '') return `${words[locale]}${got}`;
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
  /** The known value a string only looks like; for enumerated facts (and lists of them). */
  readonly lookalike?: (text: string) => string | undefined;
  /** The known values of an enumerated fact, to tell a known value at once. */
  readonly known?: ReadonlySet<string>;
}
/** Each fact's kind with its quick check, worked out once (readFacts runs for every case). */
const READERS: ReadonlyMap<string, Reader> = new Map(
  [...FACT_KINDS].map(([name, kind]) => [
    name,
    kind.values
      ? { kind, plainlyValid: plainlyValidFor(kind), lookalike: lookalikeFinder(kind.values), known: new Set(kind.values) }
      : { kind, plainlyValid: plainlyValidFor(kind) },
  ]),
);

/** The first control character in any string of the value (a string, or a plain copy of a list or object), with its path. */
const firstControl = (value: unknown): { at: (string | number)[]; char: string } | undefined => {
  if (typeof value === 'string') {
    const found = CONTROL_CHARACTER.exec(value);
    return found ? { at: [], char: found[0] } : undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  // Only plain copies come here: bounded in depth and size, own data properties only.
  for (const [key, item] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
    const found = firstControl(item);
    if (found) return { at: [key, ...found.at], char: found.char };
  }
  return undefined;
};

/** A character as U+XXXX: the control itself is never put in a message that may reach a terminal. */
const codePoint = (char: string): string => `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The first string of the value (a string, or a list of strings) that only looks like a known value. */
const firstLookalike = (
  value: unknown,
  lookalike: (text: string) => string | undefined,
): { at: (string | number)[]; like: string; text: string } | undefined => {
  if (typeof value === 'string') {
    const like = lookalike(value);
    return like === undefined ? undefined : { at: [], like, text: value };
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const like = typeof item === 'string' ? lookalike(item) : undefined;
      if (like !== undefined) return { at: [i], like, text: item as string };
    }
  }
  return undefined;
};

/**
 * Validates the caller's facts field by field. Never throws: whatever the input,
 * valid facts are normalised, invalid ones become issues with their path, and
 * unknown keys are ignored (one that nearly spells a fact name is an `unknown-fact` issue). Only own enumerable data properties are read, at every
 * depth: a getter is never called and is an invalid fact, like a Proxy trap that
 * throws, a revoked Proxy, a hole in an array, a cycle or a value past a size bound.
 */
export const readFacts = (input: unknown, locale: Locale, limits: Limits = DEFAULT_LIMITS): ReadFacts => {
  const values = new Map<FactName, unknown>();
  const invalid = new Set<FactName>();
  const issues: FactIssue[] = [];
  let dropped = 0;
  const report = (issue: FactIssue) => {
    if (issues.length < limits.maxIssues) issues.push(issue);
    else dropped += 1;
  };
  let isObject: boolean;
  try {
    isObject = input !== null && typeof input === 'object' && !Array.isArray(input);
  } catch {
    // A revoked Proxy.
    issues.push({ path: [], code: 'unreadable', message: message('unreadable', locale, []) });
    return { values, invalid, issues };
  }
  if (!isObject) {
    issues.push({ path: [], code: 'not-an-object', message: message('facts', locale, [], input) });
    return { values, invalid, issues };
  }
  const facts = input as object;
  let keys: string[];
  try {
    keys = Object.keys(facts);
  } catch {
    issues.push({ path: [], code: 'unreadable', message: message('unreadable', locale, []) });
    return { values, invalid, issues };
  }
  const refuse = (key: FactName, path: (string | number)[], what: string, extra = '') => {
    invalid.add(key);
    report({
      path,
      code: what === 'unreadable' || what === 'lookalike' || what === 'label' ? what : `invalid-${what}`,
      message: message(what, locale, path) + extra,
    });
  };
  const refuseControl = (key: FactName, found: { at: (string | number)[]; char: string }) =>
    refuse(key, [key, ...found.at], 'control', ` ${codePoint(found.char)}`);
  // An enumerated value the rules do not know is news, never silence: a Chinese name of a known
  // value is refused (it means that value, but the evaluators read codes: normaliseFacts converts),
  // and any other value is kept, as another kind or an unlisted value, with an issue saying so.
  const readValues = (key: FactName, known: ReadonlySet<string> | undefined, value: unknown): boolean => {
    // Most values are known: answered without building anything.
    if (known === undefined || (typeof value === 'string' && known.has(value))) return true;
    const other = (path: (string | number)[], item: string): boolean => {
      const code = codeOfLabel(key, item);
      if (code !== undefined) {
        refuse(key, path, 'label', labelWords(item, code, locale));
        return false;
      }
      report({ path, code: 'unknown-value', message: message('unknown-value', locale, path) + unknownValueWords(item, [...known], locale) });
      return true;
    };
    if (typeof value === 'string') return other([key], value);
    if (Array.isArray(value))
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'string' && !known.has(item) && !other([key, i], item)) return false;
      }
    return true;
  };
  for (const name of keys) {
    const reader = READERS.get(name);
    if (reader === undefined) {
      // Not a fact: ignored, but a near miss of one is named, since the caller surely meant it.
      const meant = nearFactName(name);
      if (meant !== undefined) report({ path: [name], code: 'unknown-fact', message: unknownFactWords(name, meant, locale) });
      continue;
    }
    const definition = reader.kind;
    const key = name as FactName;
    let descriptor: PropertyDescriptor | undefined;
    try {
      descriptor = Object.getOwnPropertyDescriptor(facts, key);
    } catch {
      refuse(key, [key], 'unreadable');
      continue;
    }
    if (descriptor === undefined) {
      refuse(key, [key], 'unreadable');
      continue;
    }
    // A getter is never called: an accessor is not a value, and never reads as absent.
    if (!('value' in descriptor)) {
      refuse(key, [key], 'accessor');
      continue;
    }
    let raw: unknown = descriptor.value;
    if (raw === undefined) continue;
    if (typeof raw === 'string' && raw.length > limits.maxStringLength) {
      refuse(key, [key], 'too-long', ` (${limits.maxStringLength})`);
      continue;
    }
    // A text fact (a value, a code, a date) holding a control character is refused by name before
    // any other check; a string where a number or an area belongs is wrong whatever it holds, and says so.
    const controlInText = typeof raw === 'string' && (definition.type === 'string' || definition.type === 'date') ? firstControl(raw) : undefined;
    if (controlInText) {
      refuseControl(key, controlInText);
      continue;
    }
    if (reader.plainlyValid(raw)) {
      const like = reader.lookalike === undefined ? undefined : firstLookalike(raw, reader.lookalike);
      if (like) refuse(key, [key], 'lookalike', lookalikeWords(like.text, like.like, locale));
      else if (readValues(key, reader.known, raw)) values.set(key, definition.normalise(raw));
      continue;
    }
    if (raw !== null && typeof raw === 'object') {
      const copy = plainCopy(raw, limits);
      if (!copy.ok) {
        const bound = LIMIT_OF[copy.problem];
        refuse(key, [key, ...copy.path], copy.problem, bound ? ` (${limits[bound]})` : '');
        continue;
      }
      raw = copy.value;
      const controlInside = firstControl(raw);
      if (controlInside) {
        refuseControl(key, controlInside);
        continue;
      }
    }
    const parsed = definition.schema.safeParse(raw);
    if (parsed.success) {
      const like = reader.lookalike === undefined ? undefined : firstLookalike(parsed.data, reader.lookalike);
      if (like) refuse(key, [key, ...like.at], 'lookalike', lookalikeWords(like.text, like.like, locale));
      else if (readValues(key, reader.known, parsed.data)) values.set(key, definition.normalise(parsed.data));
      continue;
    }
    invalid.add(key);
    // One issue per distinct path keeps a union's alternatives from repeating themselves.
    const seen = new Set<string>();
    for (const issue of parsed.error.issues.flatMap((found) => namedIssues(found, definition))) {
      const path = [key, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')];
      const id = path.join('\u0000');
      if (seen.has(id)) continue;
      seen.add(id);
      const what = explain(issue, key);
      // An unknown key is named by its path; its value is not what is wrong.
      const received = what === 'area-key' ? undefined : valueAt(raw, issue.path);
      report({ path, code: `invalid-${what}`, message: message(what, locale, path, received) });
    }
  }
  // Two dates that cannot both be true (conventions §5): both facts are invalid, so every rule
  // reading either is undetermined, never failed or passed on an impossible case.
  for (const [first, last] of DATES_IN_ORDER) {
    const from = values.get(first);
    const to = values.get(last);
    if (typeof from !== 'string' || typeof to !== 'string' || from <= to) continue;
    for (const key of [first, last]) {
      values.delete(key);
      invalid.add(key);
    }
    report({ path: [last], code: 'invalid-date-order', message: dateOrderWords(first, from, last, to, locale) });
  }
  // Past the bound, one issue says how many more there were (the facts they name stay invalid).
  if (dropped > 0) issues.push({ path: [], code: 'too-many-issues', message: `${WHAT['too-many-issues']![locale]}${dropped}` });
  return { values, invalid, issues };
};

/**
 * Pairs of dates of which the second cannot come before the first: a term's first and last
 * day, a project's approval and its acceptance.
 */
const DATES_IN_ORDER: readonly (readonly [FactName, FactName])[] = [
  ['transferStartsOn', 'transferEndsOn'],
  ['projectApprovedOn', 'overallAcceptedOn'],
];

const dateOrderWords = (first: string, from: string, last: string, to: string, locale: Locale): string =>
  locale === 'en'
    ? `${last} ${to} is before ${first} ${from}: the two dates cannot both be true`
    : locale === 'zh-Hant'
      ? `${last}（${to}）早於${first}（${from}）：兩個日期不可能同時成立`
      : `${last}（${to}）早于${first}（${from}）：两个日期不可能同时成立`;

const unknownFactWords = (key: string, meant: string, locale: Locale): string =>
  locale === 'en'
    ? `${key} is not a fact name and is ignored; did you mean ${meant}?`
    : locale === 'zh-Hant'
      ? `${key}：不是事實名稱，已忽略；是否指 ${meant}？`
      : `${key}：不是事实名称，已忽略；是否指 ${meant}？`;

const labelWords = (text: string, code: string, locale: Locale): string =>
  locale === 'en'
    ? `${describe(text)} means ${JSON.stringify(code)}; give the code, or pass the facts through normaliseFacts first (batch and the service do)`
    : `${describe(text)}即${JSON.stringify(code)}；${locale === 'zh-Hans' ? '请填写代码，或先经 normaliseFacts 换算（批量与服务会自动换算）' : '請填寫代碼，或先經 normaliseFacts 換算（批次與服務會自動換算）'}`;

const unknownValueWords = (text: string, known: readonly string[], locale: Locale): string =>
  locale === 'en'
    ? `${describe(text)}; rules that select on it treat the case as another kind, and a list of values counts it as unlisted (known: ${known.join(', ')})`
    : locale === 'zh-Hans'
      ? `${describe(text)}；据此选择案件的规则视为其他类型，取值清单视为未列出的取值（已知：${known.join('、')}）`
      : `${describe(text)}；據此選擇案件的規則視為其他類型，取值清單視為未列出的取值（已知：${known.join('、')}）`;

const lookalikeWords = (text: string, like: string, locale: Locale): string =>
  locale === 'en' ? `${JSON.stringify(like)} (got ${describe(text)})` : `${JSON.stringify(like)}${RECEIVED[locale]}${describe(text)}`;
