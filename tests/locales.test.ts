import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Localized } from '../src/core/locale.js';
import type { RuleDefinition } from '../src/core/rule.js';
import { RULES } from '../src/rules/index.js';
import { type LocaleFile, TRANSLATED_LOCALES, translatedFields } from '../src/rules/translations.js';

const RULES_DIR = 'src/rules';

/** Every locale file, by its path: src/rules/<document-id>/locales/<rule file>.json. */
const localeFiles = (): Map<string, LocaleFile> => {
  const files = new Map<string, LocaleFile>();
  for (const document of readdirSync(RULES_DIR, { withFileTypes: true })) {
    if (!document.isDirectory()) continue;
    const folder = join(RULES_DIR, document.name, 'locales');
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names.filter((n) => n.endsWith('.json')).sort())
      files.set(join(folder, name), JSON.parse(readFileSync(join(folder, name), 'utf8')) as LocaleFile);
  }
  return files;
};

const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort().join(' ');

/**
 * What is wrong with the translations of `rules` in `files`, one line each, naming the rule,
 * the field and the locale: a translation missing, made from another zh-Hans text than the
 * rule's (stale, both texts shown), not the one the rule shows (its file does not read the
 * locale file), with other placeholders than the zh-Hans, for no rule or field (orphan), or twice.
 */
const translationProblems = (rules: readonly RuleDefinition[], files: ReadonlyMap<string, LocaleFile>): string[] => {
  const problems: string[] = [];
  const entries = new Map<string, { file: string; from: string; text: string }>();
  for (const [file, content] of files) {
    for (const locale of Object.keys(content)) {
      if (!(TRANSLATED_LOCALES as readonly string[]).includes(locale))
        problems.push(`${file}: unknown locale ${locale} (expected ${TRANSLATED_LOCALES.join(', ')})`);
    }
    for (const locale of TRANSLATED_LOCALES) {
      for (const [ruleId, fields] of Object.entries(content[locale] ?? {})) {
        for (const [field, translation] of Object.entries(fields)) {
          const key = `${ruleId} ${field} (${locale})`;
          const earlier = entries.get(key);
          if (earlier) problems.push(`${key}: translated twice, in ${earlier.file} and ${file}`);
          else entries.set(key, { file, ...translation });
        }
      }
    }
  }
  const seen = new Set<string>();
  for (const rule of rules) {
    for (const [field, value] of translatedFields(rule)) {
      const words = value as Localized;
      for (const locale of TRANSLATED_LOCALES) {
        const key = `${rule.id} ${field} (${locale})`;
        seen.add(key);
        const entry = entries.get(key);
        if (!entry) {
          problems.push(`${key}: no translation (zh-Hans «${words['zh-Hans']}»); run scripts/extract-locales.ts or add it to the rule's locale file`);
          continue;
        }
        if (entry.from !== words['zh-Hans']) problems.push(`${key}: stale, translated from «${entry.from}» but the rule now says «${words['zh-Hans']}»`);
        else if (placeholders(entry.text) !== placeholders(words['zh-Hans']))
          problems.push(`${key}: placeholders ${placeholders(entry.text) || '(none)'} where the zh-Hans has ${placeholders(words['zh-Hans']) || '(none)'}`);
        if (words[locale] !== entry.text)
          problems.push(
            `${key}: the rule shows «${words[locale]}», not its translation in ${entry.file} (does the rule file pass its locale file to defineRule?)`,
          );
      }
    }
  }
  for (const [key, entry] of entries) if (!seen.has(key)) problems.push(`${key}: in ${entry.file}, but no rule has that field`);
  return problems;
};

describe('translations in locale files', () => {
  const files = localeFiles();

  it('every rule’s words are translated into zh-Hant and en from its current zh-Hans, and nothing else is', () => {
    expect(files.size).toBeGreaterThan(0);
    expect(translationProblems(RULES, files)).toEqual([]);
  });

  it('a translation made from an older zh-Hans text is flagged, naming the rule, the field and both texts', () => {
    const rule = RULES.find((r) => r.id === 'gx-rural-land-2023/11-small-facility-agriculture-filing')!;
    const changed: RuleDefinition = { ...rule, messages: { ...rule.messages, fail: { ...rule.messages.fail, 'zh-Hans': '新的措辞{siteAreaM2}' } } };
    const problems = translationProblems([changed], files);
    const old = rule.messages.fail['zh-Hans'];
    expect(problems).toContain(`${rule.id} messages.fail (zh-Hant): stale, translated from «${old}» but the rule now says «新的措辞{siteAreaM2}»`);
    expect(problems).toContain(`${rule.id} messages.fail (en): stale, translated from «${old}» but the rule now says «新的措辞{siteAreaM2}»`);
    // The other rules are not given: their translations are orphans here, and nothing else is wrong.
    expect(problems.filter((p) => p.startsWith(rule.id))).toHaveLength(2);
  });

  it('a missing translation, a dropped placeholder and a translation the rule does not show are flagged', () => {
    const rule = RULES.find((r) => r.id === 'gx-rural-land-2023/11-small-facility-agriculture-filing')!;
    const [path, content] = [...files].find(([, c]) => c.en?.[rule.id] !== undefined)!;
    const en = content.en![rule.id]!;
    const edited: LocaleFile = {
      ...content,
      en: { ...content.en, [rule.id]: { ...en, title: undefined as never, 'messages.pass': { ...en['messages.pass']!, text: 'Simplified filing applies.' } } },
    };
    const withoutTitle = JSON.parse(JSON.stringify(edited)) as LocaleFile;
    const problems = translationProblems([rule], new Map([[path, withoutTitle]]));
    expect(problems).toContain(
      `${rule.id} title (en): no translation (zh-Hans «${rule.title['zh-Hans']}»); run scripts/extract-locales.ts or add it to the rule's locale file`,
    );
    expect(placeholders(rule.messages.pass['zh-Hans'])).toContain('{siteAreaM2}');
    expect(problems).toContain(`${rule.id} messages.pass (en): placeholders (none) where the zh-Hans has ${placeholders(rule.messages.pass['zh-Hans'])}`);
    expect(problems).toContain(
      `${rule.id} messages.pass (en): the rule shows «${rule.messages.pass.en}», not its translation in ${path} (does the rule file pass its locale file to defineRule?)`,
    );
  });
});
