import type { Condition } from '../core/conditions.js';
import type { Locale, Localized } from '../core/locale.js';
import type { RuleDefinition } from '../core/rule.js';

/**
 * A rule file writes its words in zh-Hans, the language of the sources; zh-Hant and en live
 * in its locale file (`src/rules/<document-id>/locales/<file>.json`), each translation with
 * the zh-Hans text it was made from, so a test can tell when that text has changed since.
 */
export const TRANSLATED_LOCALES = ['zh-Hant', 'en'] as const satisfies readonly Locale[];
type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

/**
 * The fields of a rule that hold words shown to a reader, as dotted paths (`*` is every item
 * of a list). A new field of words is added here and to `RuleSource`.
 */
const TRANSLATED_FIELDS = ['title', 'messages.pass', 'messages.fail', 'notConcerned.message'] as const;

export interface Translation {
  /** The zh-Hans text this translation was made from. */
  readonly from: string;
  readonly text: string;
}

/** A locale file: locale → rule id → field path → translation. */
export type LocaleFile = { readonly [L in TranslatedLocale]?: Readonly<Record<string, Readonly<Record<string, Translation>>>> };

/**
 * Words as a rule file writes them: the zh-Hans text. A `Localized` written in place is still
 * taken as it is, so files not yet moved to locale files keep working (the locale test flags them).
 */
type Words = string | Localized;

/** A rule as its file declares it, before its locale file is merged in. */
export type RuleSource = Omit<RuleDefinition, 'title' | 'messages' | 'notConcerned'> & {
  readonly title: Words;
  readonly messages: { readonly pass: Words; readonly fail: Words };
  readonly notConcerned?: { readonly when: Condition; readonly message: Words };
};

/** `node` with the string at `path` (and under `*`, at every item) replaced by `replace(text, concretePath)`. */
const mapPath = (node: unknown, path: readonly string[], at: string, replace: (text: string, path: string) => Localized): unknown => {
  if (path.length === 0) return typeof node === 'string' ? replace(node, at) : node;
  const [head, ...rest] = path as [string, ...string[]];
  const join = (key: string | number) => (at === '' ? String(key) : `${at}.${key}`);
  if (head === '*') return Array.isArray(node) ? node.map((item, i) => mapPath(item, rest, join(i), replace)) : node;
  if (node === null || typeof node !== 'object' || !Object.hasOwn(node, head)) return node;
  const value = (node as Record<string, unknown>)[head];
  const next = mapPath(value, rest, join(head), replace);
  // Assigning an existing key keeps its place: the merged rule has the same key order as the source.
  return next === value ? node : { ...node, [head]: next };
};

/**
 * The rule the evaluators see: every translated field a `Localized` of three strings, the
 * zh-Hans from the rule file and the others from its locale file. A translation the file
 * lacks falls back to the zh-Hans text (the locale test fails on it; loading never does).
 */
export const withTranslations = (source: RuleSource, file: LocaleFile | undefined): RuleDefinition => {
  let rule: unknown = source;
  for (const field of TRANSLATED_FIELDS) {
    rule = mapPath(rule, field.split('.'), '', (text, path) => ({
      'zh-Hans': text,
      'zh-Hant': file?.['zh-Hant']?.[source.id]?.[path]?.text ?? text,
      en: file?.en?.[source.id]?.[path]?.text ?? text,
    }));
  }
  return rule as RuleDefinition;
};

/** The translated fields of a rule as they are: concrete path → words (a string, or a `Localized` once merged). */
export const translatedFields = (rule: object): Map<string, unknown> => {
  const found = new Map<string, unknown>();
  for (const field of TRANSLATED_FIELDS) {
    const collect = (node: unknown, path: readonly string[], at: string): void => {
      if (path.length === 0) {
        if (node !== undefined) found.set(at, node);
        return;
      }
      const [head, ...rest] = path as [string, ...string[]];
      const join = (key: string | number) => (at === '' ? String(key) : `${at}.${key}`);
      if (head === '*') {
        if (Array.isArray(node)) node.forEach((item, i) => collect(item, rest, join(i)));
      } else if (node !== null && typeof node === 'object' && Object.hasOwn(node, head)) collect((node as Record<string, unknown>)[head], rest, join(head));
    };
    collect(rule, field.split('.'), '');
  }
  return found;
};
