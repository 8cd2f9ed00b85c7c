/**
 * The explicit step that turns the Chinese names a register writes (设施农业, 村庄规划) into the
 * codes the rules read (facility-agriculture, village-plan). The evaluators never guess: they
 * refuse a label as an invalid fact. A caller who wants labels read calls this first and
 * gets back, beside the facts, every change it made, to show or to log.
 */
import type { Locale } from '../core/locale.js';
import type { FactIssue } from '../core/report.js';
import { DEFAULT_LIMITS } from '../core/safe.js';
import { type UntypedFacts, untypedFacts } from './untyped.js';
import { codeOfLabel, labelKey } from './value-labels.js';
import { FACT_KINDS } from './vocabulary.js';

/** One value read as a code: where it was, what it said, the code it became, and whose table said so. */
export interface ValueChange {
  readonly path: readonly (string | number)[];
  readonly from: string;
  readonly to: string;
  /** 'label': the library's own labels (VALUE_LABELS); 'map': the caller's `values` table. */
  readonly by: 'label' | 'map';
}

export interface NormaliseOptions {
  /**
   * The caller's own names for values, by fact: `{ projectType: { 大棚: 'facility-agriculture' } }`.
   * Read before the library's labels, so a register's own usage wins. Each target must be a
   * value the fact knows.
   */
  readonly values?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** A value map that names an unknown fact or maps to a value the fact does not know. */
export class ValueMapError extends Error {
  override readonly name = 'ValueMapError';
}

/** Checks a caller's value map once: every fact is enumerated, every target a value it knows. */
export const checkValueMap = (values: NormaliseOptions['values']): void => {
  for (const [fact, table] of Object.entries(values ?? {})) {
    const known = FACT_KINDS.get(fact)?.values;
    if (known === undefined) throw new ValueMapError(`values: '${fact}' is not an enumerated fact`);
    for (const [from, to] of Object.entries(table))
      if (!known.includes(to)) throw new ValueMapError(`values.${fact}: '${from}' maps to '${to}', which is not one of its values (${known.join(', ')})`);
  }
};

/**
 * Reads the Chinese names of enumerated values as their codes, at the top level and in lists
 * of values. Returns new facts (the input is not changed) and the changes made. Anything it
 * cannot read as a plain object is returned as it is, for the evaluator to report.
 */
export const normaliseFacts = (facts: unknown, options: NormaliseOptions = {}): { facts: UntypedFacts; changes: ValueChange[] } => {
  const changes: ValueChange[] = [];
  if (facts === null || typeof facts !== 'object') return { facts: untypedFacts(facts), changes };
  const own = options.values;
  if (own) checkValueMap(own);
  // The caller's table is looked up in the same spelling-insensitive form as the labels.
  const mapped = new Map(Object.entries(own ?? {}).map(([fact, table]) => [fact, new Map(Object.entries(table).map(([from, to]) => [labelKey(from), to]))]));
  const codeOf = (fact: string, text: string): { to: string; by: ValueChange['by'] } | undefined => {
    if (FACT_KINDS.get(fact)?.values?.includes(text)) return undefined;
    const byMap = mapped.get(fact)?.get(labelKey(text));
    if (byMap !== undefined) return { to: byMap, by: 'map' };
    const byLabel = codeOfLabel(fact, text);
    return byLabel === undefined ? undefined : { to: byLabel, by: 'label' };
  };
  try {
    if (Array.isArray(facts)) return { facts: untypedFacts(facts), changes };
    return { facts: untypedFacts(rebuilt(facts)), changes };
  } catch {
    // A revoked Proxy or a trap that throws: returned as it is, for readFacts to name.
    changes.length = 0;
    return { facts: untypedFacts(facts), changes };
  }

  function rebuilt(facts: object): Record<string, unknown> {
    // Every own property is carried over as it is (a getter stays a getter, for readFacts to refuse
    // without calling it; `__proto__` stays a plain key); only the values read as codes are replaced.
    const out: Record<string, unknown> = {};
    for (const key of Object.getOwnPropertyNames(facts)) {
      const descriptor = Object.getOwnPropertyDescriptor(facts, key)!;
      if ('value' in descriptor && FACT_KINDS.get(key)?.values !== undefined) {
        const value: unknown = descriptor.value;
        if (typeof value === 'string') {
          const code = codeOf(key, value);
          if (code) {
            changes.push({ path: [key], from: value, to: code.to, by: code.by });
            descriptor.value = code.to;
          }
        } else if (Array.isArray(value) && value.length <= DEFAULT_LIMITS.maxArrayLength) {
          let copy: unknown[] | undefined;
          for (let index = 0; index < value.length; index++) {
            const item = Object.getOwnPropertyDescriptor(value, index);
            const code = item && 'value' in item && typeof item.value === 'string' ? codeOf(key, item.value) : undefined;
            if (!code) continue;
            changes.push({ path: [key, index], from: item!.value as string, to: code.to, by: code.by });
            // Copied only when something changes, holes and all, so what readFacts refuses stays refused.
            copy ??= copyOf(value);
            copy[index] = code.to;
          }
          if (copy) descriptor.value = copy;
        }
      }
      Object.defineProperty(out, key, descriptor);
    }
    return out;
  }
};

/** A copy of an array, property by property: a getter is copied, never called; a hole stays a hole. */
const copyOf = (array: readonly unknown[]): unknown[] => {
  const copy = new Array<unknown>(array.length);
  for (const key of Object.getOwnPropertyNames(array)) if (key !== 'length') Object.defineProperty(copy, key, Object.getOwnPropertyDescriptor(array, key)!);
  return copy;
};

/** Each change as an issue of the report (code 'value-read-as-code'), so that what was read is said where the verdict is. */
export const valueChangeIssues = (changes: readonly ValueChange[], locale: Locale): FactIssue[] =>
  changes.map(({ path, from, to, by }) => {
    const where = path.join('.');
    const source = {
      'zh-Hans': by === 'map' ? '按调用方的取值对照表' : '按取值的中文名称',
      'zh-Hant': by === 'map' ? '按呼叫方的取值對照表' : '按取值的中文名稱',
      en: by === 'map' ? "by the caller's value map" : 'by its Chinese name',
    }[locale];
    const message =
      locale === 'en'
        ? `${where} ${JSON.stringify(from)} was read as ${JSON.stringify(to)} ${source}`
        : `${where}：${JSON.stringify(from)}${source}${locale === 'zh-Hans' ? '读作' : '讀作'}${JSON.stringify(to)}`;
    return { path, code: 'value-read-as-code', message };
  });

/** A report with the changes normaliseFacts made said first among its issues (`value-read-as-code`). */
export const withValueChanges = <R extends { readonly issues: readonly FactIssue[] }>(report: R, changes: readonly ValueChange[], locale: Locale): R =>
  changes.length === 0 ? report : { ...report, issues: [...valueChangeIssues(changes, locale), ...report.issues] };
