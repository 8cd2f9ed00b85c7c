export const LOCALES = ['zh-Hans', 'zh-Hant', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type Localized = Readonly<Record<Locale, string>>;

/**
 * Fills `{name}` placeholders from a record or a lookup (asked only for the names the
 * template uses); an unknown name is left visible rather than guessed.
 */
export const fill = (template: string, values: Readonly<Record<string, unknown>> | ((name: string) => unknown)): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = typeof values === 'function' ? values(name) : Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined) return whole;
    return Array.isArray(value) ? value.join(', ') : String(value);
  });
