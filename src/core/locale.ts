import { boundedCache } from './cache.js';

export const LOCALES = ['zh-Hans', 'zh-Hant', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type Localized = Readonly<Record<Locale, string>>;

/**
 * Fills `{name}` placeholders from a record or a lookup (asked only for the names the
 * template uses); an unknown name is left visible rather than guessed.
 */
export const fill = (template: string, values: Readonly<Record<string, unknown>> | ((name: string) => unknown)): string => {
  const parts = partsOf(template);
  if (parts.length === 1) return template;
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i % 2 === 0) {
      out += part;
      continue;
    }
    const value = typeof values === 'function' ? values(part) : Object.hasOwn(values, part) ? values[part] : undefined;
    out += value === undefined ? `{${part}}` : Array.isArray(value) ? value.join(', ') : String(value);
  }
  return out;
};

// Templates are split once: text, name, text, name, …, text. The templates are the rules'
// messages, but a form may bring its own rules: bounded in entries and in key length.
const templateParts = boundedCache<string, readonly string[]>({ maxEntries: 1024, maxKeyLength: 4096 });
const partsOf = (template: string): readonly string[] => templateParts.get(template) ?? templateParts.set(template, template.split(/\{(\w+)\}/));
