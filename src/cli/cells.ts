import { safeParse } from 'zod/mini';
import { isCalendarDate } from '../core/dates.js';
import type { Locale } from '../core/locale.js';
import type { AreaUnit } from '../core/units.js';
import { CONTROL_CHARACTER, type FactKind } from '../facts/kinds.js';
import { FACT_KINDS } from '../facts/vocabulary.js';

/** A column of a register: the fact its header declares, and the unit its numbers are in. */
export interface FactColumn {
  index: number;
  header: string;
  fact: string;
  unit?: AreaUnit;
}

/**
 * The options a record may carry for itself, as a column or field of that name (or one --map
 * maps to it, such as 备案日期 → actOn): the day of its act, and its evaluation date. A register
 * holds acts of many dates, each judged by the law of its own day (conventions §2a).
 */
export const RECORD_DATES = ['actOn', 'asOf'] as const;
export type RecordDate = (typeof RECORD_DATES)[number];
export const isRecordDate = (name: string): name is RecordDate => (RECORD_DATES as readonly string[]).includes(name);

/** A column holding a record's own actOn or asOf. */
export interface DateColumn {
  index: number;
  header: string;
  option: RecordDate;
}

/**
 * A date as registers write it, year first: 2008-05-01, 2008年5月1日, 2008.5.1, 2008/5/1,
 * 2008-5-1, each possibly with a time of day (a workbook's date-time cell, 2008-05-01 14:30),
 * which is dropped: the act's day is what a rule reads. `form` names how it was written when
 * that is not YYYY-MM-DD, for the run to say. Day-first and month-first forms are refused:
 * 5/1/2008 is 1 May to some and 5 January to others.
 */
const REGISTER_DATE = /^(\d{4})(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?|([-./])(\d{1,2})\4(\d{1,2}))(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;
export const readRegisterDate = (text: string): { date: string; form?: string } | undefined => {
  const match = REGISTER_DATE.exec(text);
  if (!match) return undefined;
  const [, year, m1, d1, separator, m2, d2, hours] = match;
  const month = (m1 ?? m2)!.padStart(2, '0');
  const day = (d1 ?? d2)!.padStart(2, '0');
  const date = `${year}-${month}-${day}`;
  if (!isCalendarDate(date)) return undefined;
  const written =
    m1 !== undefined
      ? 'YYYY年M月D日'
      : separator === '-' && (m2!.length < 2 || d2!.length < 2)
        ? 'YYYY-M-D'
        : separator === '-'
          ? undefined
          : `YYYY${separator}M${separator}D`;
  const form = hours === undefined ? written : `${written ?? 'YYYY-MM-DD'} with a time of day`;
  return form === undefined ? { date } : { date, form };
};

/**
 * A record's own date as written (an empty cell: the run's option stands), or what is wrong
 * with it. A register's cell (`register`) may be written as registers write dates; a JSON
 * field is data a program wrote, and is YYYY-MM-DD as every date fact is.
 */
export const readRecordDate = (text: string, header: string, option: RecordDate, register: boolean): { date?: string; form?: string } | { error: string } => {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  if (!register) return isCalendarDate(trimmed) ? { date: trimmed } : { error: `${option} (column '${header}'): '${trimmed}' is not a date YYYY-MM-DD` };
  return readRegisterDate(trimmed) ?? { error: `${option} (column '${header}'): '${trimmed}' is not a date (YYYY-MM-DD, or 2008年5月1日, 2008.5.1, 2008/5/1)` };
};

export interface ColumnPlan {
  facts: FactColumn[];
  /** Columns holding the record's own actOn or asOf. */
  dates: DateColumn[];
  /** The column holding each row's id, if any. */
  idIndex?: number;
  /** Headers that name no fact and are not the id: left out of every case. */
  ignored: string[];
}

// A Map, not an object: a unit written `[constructor]` or `[__proto__]` is unknown, not found on Object.prototype.
const UNIT_WORDS: ReadonlyMap<string, AreaUnit> = new Map([
  ['m2', 'm2'],
  ['m²', 'm2'],
  ['平方米', 'm2'],
  ['㎡', 'm2'],
  ['mu', 'mu'],
  ['亩', 'mu'],
  ['畝', 'mu'],
  ['ha', 'ha'],
  ['公顷', 'ha'],
  ['公頃', 'ha'],
]);
const AREA_SUFFIX: Readonly<Record<AreaUnit, string>> = { m2: 'M2', mu: 'Mu', ha: 'Ha' };

/** A column's declaration is wrong: the run stops before any row (exit 2). */
export class ColumnError extends Error {}

/**
 * Reads a declaration `fact` or `fact[unit]` (ASCII or full-width brackets). A unit is
 * allowed on area facts only; `siteArea[亩]` names `siteAreaM2` in mu, the fact whose
 * name is the stem plus its own unit's suffix.
 */
export const parseDeclaration = (declaration: string): { fact: string; unit?: AreaUnit } | undefined => {
  const match = /^\s*(.+?)\s*(?:[[［]\s*([^\]］]+?)\s*[\]］])?\s*$/.exec(declaration);
  if (!match) return undefined;
  const name = match[1]!;
  const unitWord = match[2];
  if (unitWord === undefined) return FACT_KINDS.has(name) ? { fact: name } : undefined;
  const unit = UNIT_WORDS.get(unitWord.toLowerCase()) ?? UNIT_WORDS.get(unitWord);
  if (!unit) throw new ColumnError(`column '${declaration}': unknown unit '${unitWord}' (m2, mu, ha, 平方米, 亩, 公顷)`);
  const fact = FACT_KINDS.has(name)
    ? name
    : (Object.values(AREA_SUFFIX)
        .map((suffix) => name + suffix)
        .find((n) => FACT_KINDS.get(n)?.type === 'area') ?? name);
  const kind = FACT_KINDS.get(fact);
  if (!kind) return undefined;
  if (kind.type !== 'area') throw new ColumnError(`column '${declaration}': ${fact} is not an area, so it takes no unit`);
  return { fact, unit };
};

/** The --map, header → declaration, as a Map of its own entries. */
export type ColumnMap = ReadonlyMap<string, string>;

/**
 * A --map as a Map. Looked up as an object, a header named constructor, toString, valueOf or
 * __proto__ found Object.prototype's member, with or without --map, and stopped the run.
 */
export const columnMap = (map: Readonly<Record<string, string>>): ColumnMap => new Map(Object.entries(map));

/**
 * Works out once, from the header, which column is which fact: a header names a fact
 * (or is mapped to one by --map); nothing is guessed from the values.
 */
export const planColumns = (headers: readonly string[], map: Readonly<Record<string, string>>, idField: string | undefined): ColumnPlan => {
  const plan: ColumnPlan = { facts: [], dates: [], ignored: [] };
  const seen = new Map<string, string>();
  const mapped = columnMap(map);
  headers.forEach((raw, index) => {
    const header = raw.trim();
    const mappedTo = mapped.get(header);
    const named = (mappedTo ?? header).trim();
    if (isRecordDate(named)) {
      const before = plan.dates.find((column) => column.option === named);
      if (before) throw new ColumnError(`columns '${before.header}' and '${header}' are both ${named}`);
      plan.dates.push({ index, header, option: named });
      return;
    }
    const declared = parseDeclaration(mappedTo ?? header);
    if (mappedTo !== undefined && !declared) throw new ColumnError(`--map maps column '${header}' to '${mappedTo}', which is not a fact`);
    // The id column may also be a fact (--id countyCode): it is both.
    if ((idField ?? 'id') === header) {
      plan.idIndex ??= index;
      if (!declared) return;
    }
    if (!declared) {
      plan.ignored.push(header);
      return;
    }
    const before = seen.get(declared.fact);
    if (before !== undefined) throw new ColumnError(`columns '${before}' and '${header}' are both ${declared.fact}`);
    seen.set(declared.fact, header);
    plan.facts.push(declared.unit ? { index, header, fact: declared.fact, unit: declared.unit } : { index, header, fact: declared.fact });
  });
  // An id column asked for by name and not there would leave every row identified only by its line.
  if (idField !== undefined && plan.idIndex === undefined) {
    throw new ColumnError(`--id names a column '${idField}' the header does not have (its columns: ${headers.map((h) => `'${h.trim()}'`).join(', ')})`);
  }
  return plan;
};

// Control characters, which no fact may hold: the evaluator refuses them by name.
const CONTROLS = new RegExp(CONTROL_CHARACTER.source, 'g');
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const TRUE = new Set(['是', 'true']);
const FALSE = new Set(['否', 'false']);

/** What a cell should have been, in English; `cellProblemWords` says it in a report's locale. */
type Expected = '是/否 or true/false' | 'a number' | 'a date YYYY-MM-DD' | 'a list: a JSON array, or items separated by ;';

/** A cell that does not read as its fact's type: what it should have been. */
export interface CellProblem {
  expected: Expected;
}

const EXPECTED_IN: Record<Expected, { 'zh-Hans': string; 'zh-Hant': string }> = {
  '是/否 or true/false': { 'zh-Hans': '是/否 或 true/false', 'zh-Hant': '是/否 或 true/false' },
  'a number': { 'zh-Hans': '数字', 'zh-Hant': '數字' },
  'a date YYYY-MM-DD': { 'zh-Hans': 'YYYY-MM-DD 格式的日期', 'zh-Hant': 'YYYY-MM-DD 格式的日期' },
  'a list: a JSON array, or items separated by ;': { 'zh-Hans': '列表（JSON 数组，或以 ; 分隔的各项）', 'zh-Hant': '清單（JSON 陣列，或以 ; 分隔的各項）' },
};

/** The issue message of a cell that did not parse, in the report's locale (the evaluation's `locale`, zh-Hans by default). */
export const cellProblemWords = (column: string, cell: string, expected: Expected, locale: Locale): string => {
  if (locale === 'en') return `column '${column}': '${cell}' is not ${expected}`;
  return locale === 'zh-Hant'
    ? `欄「${column}」：「${cell}」不是${EXPECTED_IN[expected]['zh-Hant']}`
    : `列“${column}”：“${cell}”不是${EXPECTED_IN[expected]['zh-Hans']}`;
};

const accepts = (kind: FactKind, value: unknown): boolean => safeParse(kind.schema, value).success;

/**
 * A cell's value as its fact's type (number, boolean 是/否/true/false, date, text, list):
 * `undefined` for an empty cell (the fact is absent), or the problem. Parsing only: a
 * number that parses but is out of range is left to the evaluator's own check.
 */
export const readCell = (text: string, column: FactColumn): { value: unknown; form?: string } | CellProblem | undefined => {
  const cell = text.trim();
  if (cell === '') return undefined;
  const kind = FACT_KINDS.get(column.fact)!;
  switch (kind.type) {
    case 'boolean': {
      const lower = cell.toLowerCase();
      if (TRUE.has(lower)) return { value: true };
      if (FALSE.has(lower)) return { value: false };
      return { expected: '是/否 or true/false' };
    }
    case 'number':
      return NUMBER.test(cell) ? { value: Number(cell) } : { expected: 'a number' };
    case 'area':
      if (!NUMBER.test(cell)) return { expected: 'a number' };
      return { value: column.unit ? { value: Number(cell), unit: column.unit } : Number(cell) };
    case 'date': {
      const date = readRegisterDate(cell);
      if (!date) return { expected: 'a date YYYY-MM-DD' };
      return date.form === undefined ? { value: date.date } : { value: date.date, form: date.form };
    }
    case 'string':
      return { value: cell };
    case 'array': {
      if (cell.startsWith('[')) {
        try {
          const list: unknown = JSON.parse(cell);
          return Array.isArray(list) ? { value: list } : { expected: 'a list: a JSON array, or items separated by ;' };
        } catch {
          return { expected: 'a list: a JSON array, or items separated by ;' };
        }
      }
      const items = cell.split(/[;；]/).map((item) => item.trim());
      // The fact's own schema says whether its items are text or numbers. Text items with a
      // control character are passed on as text, so that the evaluator refuses them by name.
      if (
        accepts(kind, items) ||
        accepts(
          kind,
          items.map((item) => item.replace(CONTROLS, '')),
        )
      )
        return { value: items };
      if (items.every((item) => NUMBER.test(item))) return { value: items.map(Number) };
      return { expected: 'a list: a JSON array, or items separated by ;' };
    }
  }
};

/** The words a register's total row opens with: 合计, 小计, 总计 (and their traditional forms), spaces inside ignored. */
const TOTAL = /^(?:合计|小计|总计|合計|小計|總計)[:：]?$/;

/**
 * A row that totals the records above it: its first non-empty cell says 合计, 小计 or 总计.
 * It is not a case, and is counted and skipped.
 */
export const isTotalRow = (record: readonly string[]): boolean => {
  const first = record.find((cell) => cell.trim() !== '');
  return first !== undefined && TOTAL.test(first.replace(/\s+/g, ''));
};

/**
 * A row above the header that is a title (台账 in a merged cell): it holds one text, in one cell
 * or repeated across the cells merged into it, and that text names no column a header would
 * (no fact, no mapped header, not the id).
 */
export const isTitleRow = (record: readonly string[], map: Readonly<Record<string, string>>, idField: string | undefined): boolean => {
  const filled = [...new Set(record.map((cell) => cell.trim()).filter((cell) => cell !== ''))];
  if (filled.length !== 1) return false;
  const [cell] = filled as [string];
  const mapped = columnMap(map).get(cell);
  return mapped === undefined && cell !== (idField ?? 'id') && !isRecordDate(cell) && !declaresColumn(cell);
};

/** Whether a header declares a fact column, rightly or wrongly (a wrong unit is a header, and its error is said). */
const declaresColumn = (text: string): boolean => {
  try {
    return parseDeclaration(text) !== undefined;
  } catch {
    return true;
  }
};

/** A row's cells as one short line for a message. */
export const truncateCells = (record: readonly string[]): string => {
  const text = [...new Set(record.map((cell) => cell.trim()).filter((cell) => cell !== ''))].join(' | ');
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
};
