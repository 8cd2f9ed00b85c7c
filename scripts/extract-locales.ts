/**
 * Moves the zh-Hant and en words of the rule files into locale files (codemod, issue 12).
 *
 *   npx tsx scripts/extract-locales.ts            rewrite src/rules/<document-id>/*.ts and write their locales/*.json
 *   npx tsx scripts/extract-locales.ts --dry-run  say what would change, write nothing
 *
 * For each rule file that still calls `L(zhHans, zhHant, en)`:
 * - the translations are read from the rules the file exports, as loaded (so words built from a
 *   table or a constant are recorded as the rule shows them), one entry per rule, field and
 *   locale, with the zh-Hans text it was made from; an entry already in the locale file is kept
 *   as it is (its `from` may be stale: that is the locale test's to say);
 * - the source is rewritten by position, keeping everything else byte for byte: `L(a, b, c)`
 *   becomes `a`; `x['zh-Hans']` on a value typed `Localized` becomes `x`; the type `Localized`
 *   becomes `string`; `L` and an unused `Localized` leave the imports; the file imports its
 *   locale file and passes it to each `defineRule(…)`.
 * Then it checks its work: the rewritten files typecheck, and the rules loaded afresh (in a
 * child process) are identical to those before, translations and all. When no rule file uses
 * `L` any more, `L` itself leaves src/rules/define.ts. Deterministic: same tree, same output;
 * a second run finds nothing to do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { LOCALES, type Localized } from '../src/core/locale.js';
import { type LocaleFile, TRANSLATED_LOCALES, type Translation, translatedFields } from '../src/rules/translations.js';
import { ruleFiles } from './barrel.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rulesDir = join(root, 'src/rules');
const defineFile = join(rulesDir, 'define.ts');
const dryRun = process.argv.includes('--dry-run');

type Rule = { readonly id: string } & object;

/** The rules a file exports by default (one, or a table of them). */
const loadRules = async (file: string): Promise<Rule[]> => {
  const module = (await import(pathToFileURL(file).href)) as { default: Rule | readonly Rule[] };
  return [module.default].flat() as Rule[];
};

/** Every rule file's rules as plain JSON (closures as their names), for comparing before and after. */
const snapshot = async (): Promise<string> => {
  const out: Record<string, unknown> = {};
  for (const file of ruleFiles(rulesDir)) out[file] = await loadRules(join(rulesDir, `${file}.ts`));
  return JSON.stringify(out, (_key, value: unknown) => (typeof value === 'function' ? '[function]' : value), 2);
};

if (process.argv.includes('--snapshot')) {
  const data = await snapshot();
  // A pipe is written asynchronously: exit only once all of it is out.
  await new Promise<void>((resolve) => process.stdout.write(data, () => resolve()));
  process.exit(0);
}

const isLocalized = (value: unknown): value is Localized =>
  value !== null &&
  typeof value === 'object' &&
  Object.keys(value).length === LOCALES.length &&
  LOCALES.every((locale) => typeof (value as Record<string, unknown>)[locale] === 'string');

/** Localized values anywhere in a rule, by path: each must be a field the locale files know. */
const localizedPaths = (node: unknown, at: string, out: string[]): string[] => {
  if (isLocalized(node)) out.push(at);
  else if (node !== null && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) localizedPaths(value, at === '' ? key : `${at}.${key}`, out);
  return out;
};

/** The locale file's content for `rules`: the entries already there, and the rest from the rules as loaded. */
const localeContent = (rules: readonly Rule[], existing: LocaleFile): LocaleFile => {
  const content: Record<string, Record<string, Record<string, Translation>>> = {};
  for (const locale of TRANSLATED_LOCALES) {
    const byRule: Record<string, Record<string, Translation>> = {};
    for (const rule of rules) {
      const fields: Record<string, Translation> = {};
      const known = translatedFields(rule);
      const stray = localizedPaths(rule, '', []).filter((path) => !known.has(path));
      if (stray.length)
        throw new Error(`${rule.id}: words in three locales at ${stray.join(', ')}, which TRANSLATED_FIELDS (src/rules/translations.ts) does not list`);
      for (const [field, value] of known) {
        const kept = existing[locale]?.[rule.id]?.[field];
        if (kept) fields[field] = { from: kept.from, text: kept.text };
        else if (isLocalized(value)) fields[field] = { from: value['zh-Hans'], text: value[locale] };
      }
      if (Object.keys(fields).length) byRule[rule.id] = fields;
    }
    content[locale] = byRule;
  }
  return content;
};

/** Name of the identifier a call or type reference points at. */
const nameOf = (node: ts.Node): string | undefined => (ts.isIdentifier(node) ? node.text : undefined);

const isDefineImport = (node: ts.Node): node is ts.ImportDeclaration =>
  ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && /(^|\/)define\.js$/.test(node.moduleSpecifier.text);

/**
 * The rewritten source of one rule file. Each node is either replaced (its replacement rendered
 * from its kept part, so edits nest: `L(\`${row.title['zh-Hans']}…\`, …)`) or copied with its
 * children rendered in turn; text between nodes is copied as it is.
 */
const rewrite = (sf: ts.SourceFile, checker: ts.TypeChecker, localeImport: string): { text: string; calls: number } => {
  const text = sf.text;
  let calls = 0;
  const isHelper = !isRuleFile(sf.fileName);
  let needsWithLocaleFile = false;
  /** The helper function a name refers to, when it is one that now takes the locale file. */
  const helperOf = (node: ts.Node): HelperFunction | undefined => {
    if (!ts.isIdentifier(node)) return undefined;
    let symbol = checker.getSymbolAtLocation(node);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const declaration = symbol?.declarations?.[0];
    return declaration ? helperFunctions.find((h) => h.declaration === declaration) : undefined;
  };
  const typeIsLocalized = (node: ts.Expression): boolean => {
    const type = checker.getTypeAtLocation(node);
    const names = checker
      .getPropertiesOfType(type)
      .map((p) => p.name)
      .sort();
    return names.join(',') === [...LOCALES].sort().join(',');
  };
  const localizedImportOnlyTyped = (() => {
    // `Localized` may leave the imports when every use of it is a type reference (all become `string`).
    let other = false;
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && node.text === 'Localized' && !ts.isTypeReferenceNode(node.parent) && !ts.isImportSpecifier(node.parent)) other = true;
      ts.forEachChild(node, visit);
    };
    visit(sf);
    return !other;
  })();

  const replacement = (node: ts.Node): string | undefined => {
    if (ts.isCallExpression(node) && nameOf(node.expression) === 'L' && node.arguments.length === 3) {
      calls++;
      return render(node.arguments[0]!);
    }
    if (
      ts.isElementAccessExpression(node) &&
      ts.isStringLiteral(node.argumentExpression) &&
      node.argumentExpression.text === 'zh-Hans' &&
      typeIsLocalized(node.expression)
    )
      return render(node.expression);
    if (ts.isTypeReferenceNode(node) && nameOf(node.typeName) === 'Localized') return 'string';
    if (ts.isCallExpression(node) && nameOf(node.expression) === 'defineRule' && node.arguments.length === 1)
      return `${render(node.expression)}(${render(node.arguments[0]!)}, translations)`;
    // A helper that builds rules takes the locale file of the rule file that calls it.
    const helper = isHelper ? helperFunctions.find((h) => h.fn === node) : undefined;
    if (helper) {
      const params = helper.fn.parameters;
      const last = params[params.length - 1]!;
      return `${renderChildren(helper.fn, helper.fn.getStart(sf), last.getEnd())}, translations: LocaleFile${renderRange(helper.fn, last.getEnd(), helper.fn.getEnd())}`;
    }
    if (!isHelper && ts.isCallExpression(node) && helperOf(node.expression) && !ts.isImportSpecifier(node.expression.parent)) {
      const args = node.arguments.map(render).join(', ');
      return `${node.expression.getText(sf)}(${args}${args ? ', ' : ''}translations)`;
    }
    if (!isHelper && ts.isIdentifier(node) && !ts.isImportSpecifier(node.parent)) {
      const h = helperOf(node);
      // Passed as a callback (`TABLE.map(indicatorRule)`): called with its own parameters and the locale file.
      if (h) {
        // No arrow in a rule file (rules are data): define.ts's withLocaleFile binds the locale file.
        if (h.fn.parameters.length !== 1)
          throw new Error(`${sf.fileName}: ${node.text} is passed as a callback but takes ${h.fn.parameters.length} parameters`);
        needsWithLocaleFile = true;
        return `withLocaleFile(${node.text}, translations)`;
      }
    }
    if (isDefineImport(node) || (localizedImportOnlyTyped && ts.isImportDeclaration(node))) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      if (!clause || !named || !ts.isNamedImports(named)) return undefined;
      const drop = (s: ts.ImportSpecifier) => (isDefineImport(node) && s.name.text === 'L') || (localizedImportOnlyTyped && s.name.text === 'Localized');
      const kept = named.elements.filter((s) => !drop(s));
      if (kept.length === named.elements.length) return undefined;
      if (kept.length === 0 && !clause.name) return '';
      const specifiers = kept.map((s) => s.getText(sf)).join(', ');
      return `${text.slice(node.getStart(sf), named.getStart(sf))}{ ${specifiers} }${text.slice(named.getEnd(), node.getEnd())}`;
    }
    return undefined;
  };

  const render = (node: ts.Node): string => {
    const own = replacement(node);
    if (own !== undefined) return own;
    return renderChildren(node, node.getStart(sf), node.getEnd());
  };
  /** The text from `start` to `end` of `node`, its children inside that range rendered. */
  const renderRange = (node: ts.Node, start: number, end: number): string => {
    let out = '';
    let pos = start;
    ts.forEachChild(node, (child) => {
      if (child.getStart(sf) < start || child.getEnd() > end) return;
      out += text.slice(pos, child.getStart(sf)) + render(child);
      pos = child.getEnd();
    });
    return out + text.slice(pos, end);
  };
  const renderChildren = (node: ts.Node, start: number, end: number): string => {
    if (node !== sf) return renderRange(node, start, end);
    let out = '';
    let pos = start;
    ts.forEachChild(node, (child) => {
      const rendered = render(child);
      out += text.slice(pos, child.getStart(sf)) + rendered;
      pos = child.getEnd();
      // The locale file's import goes after the last import.
      if (child === lastImport) out += rendered === '' ? localeImport : `\n${localeImport}`;
      // An import that leaves takes its line with it.
      else if (rendered === '' && text[pos] === '\n') pos++;
    });
    return out + text.slice(pos, end);
  };

  const lastImport = sf.statements.filter(ts.isImportDeclaration).at(-1);
  if (!lastImport) throw new Error(`${sf.fileName}: no imports`);
  let out = renderChildren(sf, 0, text.length);
  if (needsWithLocaleFile) {
    const defineImport = /^import \{ ([^}]*) \} from '(\.\.?\/)+define\.js';$/m.exec(out);
    if (defineImport)
      out = out.replace(
        defineImport[0],
        defineImport[0].replace(
          `{ ${defineImport[1]} }`,
          `{ ${[...defineImport[1]!.split(', '), 'withLocaleFile'].sort((a, b) => a.localeCompare(b)).join(', ')} }`,
        ),
      );
    else out = out.replace(localeImport, `import { withLocaleFile } from '../define.js';\n${localeImport}`);
  }
  return { text: out, calls };
};

/** A function of a helper module (src/rules/*.ts) that calls defineRule: it gets a `translations` parameter. */
interface HelperFunction {
  readonly fn: ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration;
  readonly declaration: ts.Declaration;
}
let helperFunctions: HelperFunction[] = [];

const ruleFileSet = new Set(ruleFiles(rulesDir).map((file) => join(rulesDir, `${file}.ts`)));
const isRuleFile = (path: string) => ruleFileSet.has(path);

const helpersIn = (sf: ts.SourceFile): HelperFunction[] => {
  const found: HelperFunction[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && nameOf(node.expression) === 'defineRule' && node.arguments.length === 1) {
      let fn: ts.Node | undefined = node.parent;
      while (fn && !ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn) && !ts.isFunctionDeclaration(fn)) fn = fn.parent;
      if (!fn) throw new Error(`${sf.fileName}: defineRule outside a function in a helper module`);
      const f = fn as HelperFunction['fn'];
      if (f.parameters.length === 0) throw new Error(`${sf.fileName}: a helper without parameters (add the locale file by hand)`);
      const declaration = ts.isFunctionDeclaration(f) ? f : ts.isVariableDeclaration(f.parent) ? f.parent : undefined;
      if (!declaration) throw new Error(`${sf.fileName}: a helper function that is not a named declaration`);
      if (!found.some((h) => h.fn === f)) found.push({ fn: f, declaration });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
};

const compilerOptions = (): ts.CompilerOptions => {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config.config, ts.sys, root).options;
};

const usesL = (sf: ts.SourceFile): boolean => {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && nameOf(node.expression) === 'L') found = true;
    else ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
};

// Helper modules: src/rules/*.ts that build rules for rule files (the indicator table's row → rule).
const NOT_HELPERS = new Set(['define.ts', 'translations.ts', 'catalogue.ts']);
const helperFiles = readdirSync(rulesDir)
  .filter((f) => f.endsWith('.ts') && !NOT_HELPERS.has(f))
  .sort()
  .map((f) => join(rulesDir, f));
const files = [...ruleFileSet];
const options = compilerOptions();
const program = ts.createProgram([...files, ...helperFiles], options);
const checker = program.getTypeChecker();
const before = await snapshot();

const changed: string[] = [];
const written: Record<string, string> = {};
const helperSources = helperFiles.map((file) => program.getSourceFile(file)!).filter(usesL);
helperFunctions = helperSources.flatMap(helpersIn);
for (const sf of helperSources) {
  const { text, calls } = rewrite(sf, checker, "import type { LocaleFile } from './translations.js';");
  written[sf.fileName] = text;
  changed.push(`${relative(root, sf.fileName)}: ${calls} L(…) → zh-Hans; its rule builders take the caller's locale file`);
}
const usesHelper = (sf: ts.SourceFile): boolean => {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      let symbol = checker.getSymbolAtLocation(node);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      if (helperFunctions.some((h) => h.declaration === symbol?.declarations?.[0])) found = true;
    }
    if (!found) ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
};
for (const file of files) {
  const sf = program.getSourceFile(file)!;
  if (!usesL(sf) && !usesHelper(sf)) continue;
  const localePath = join(dirname(file), 'locales', `${basename(file, '.ts')}.json`);
  const existing = existsSync(localePath) ? (JSON.parse(readFileSync(localePath, 'utf8')) as LocaleFile) : {};
  const content = localeContent(await loadRules(file), existing);
  const { text, calls } = rewrite(sf, checker, `import translations from './locales/${basename(localePath)}' with { type: 'json' };`);
  written[file] = text;
  written[localePath] = `${JSON.stringify(content, null, 2)}\n`;
  changed.push(`${relative(root, file)}: ${calls} L(…) → zh-Hans; ${relative(root, localePath)}`);
}

// `L` leaves define.ts once no rule file calls it.
const stillUsingL = [...files, ...helperFiles].filter((file) => !written[file] && usesL(program.getSourceFile(file)!));
const defineSf = program.getSourceFile(defineFile) ?? ts.createSourceFile(defineFile, readFileSync(defineFile, 'utf8'), ts.ScriptTarget.ES2022, true);
const lDeclaration = defineSf.statements.find((s) => ts.isVariableStatement(s) && s.declarationList.declarations.some((d) => nameOf(d.name) === 'L'));
if (changed.length && stillUsingL.length === 0 && lDeclaration) {
  let text = defineSf.text;
  text = text.slice(0, lDeclaration.getFullStart()) + text.slice(lDeclaration.getEnd());
  // `Localized` was imported for `L` alone.
  if (!/\bLocalized\b/.test(text.replace(/^import type \{ Localized \} from '[^']+';\n/m, '')))
    text = text.replace(/^import type \{ Localized \} from '[^']+';\n/m, '');
  written[defineFile] = text;
  changed.push(`${relative(root, defineFile)}: L removed (no rule file uses it)`);
}

if (changed.length === 0) {
  console.log('nothing to do: no rule file calls L(…)');
  process.exit(0);
}
console.log(changed.join('\n'));
if (dryRun) process.exit(0);

const original = new Map<string, string | undefined>();
for (const [path, text] of Object.entries(written)) {
  original.set(path, existsSync(path) ? readFileSync(path, 'utf8') : undefined);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

// Check: the rewritten files typecheck, and the rules load afresh exactly as before.
const problems: string[] = [];
const after = ts.createProgram([...files, ...helperFiles], options);
for (const file of Object.keys(written).filter((f) => f.endsWith('.ts') && f !== defineFile)) {
  for (const d of ts.getPreEmitDiagnostics(after, after.getSourceFile(file))) {
    const where =
      d.file && d.start !== undefined ? `${relative(root, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}` : relative(root, file);
    problems.push(`${where}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
  }
}
let reloaded = '';
try {
  reloaded = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--snapshot'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
} catch (error) {
  problems.push(`the rewritten rules do not load: ${(error as Error).message}`);
}
if (reloaded && reloaded !== before) {
  const a = before.split('\n');
  const b = reloaded.split('\n');
  const i = a.findIndex((line, n) => line !== b[n]);
  problems.push(`the rules differ after the rewrite, first at line ${i + 1} of the snapshot: ${a[i]} → ${b[i]}`);
}
if (problems.length) {
  for (const [path, text] of original) {
    if (text === undefined) rmSync(path);
    else writeFileSync(path, text);
  }
  console.error(`rewrite undone:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`${changed.length} files rewritten; the rules load identical to before and typecheck`);
