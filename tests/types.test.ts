import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The public types as a consumer meets them: tests/types/consumer/index.ts compiled by
 * the TypeScript compiler. Twice: as written it must compile (each `@ts-expect-error`
 * meets an error), and without the directives each line under one must fail for the
 * reason its comment names — not for some other error that happens to be there.
 */
const dir = join(import.meta.dirname, 'types/consumer');
const file = join(dir, 'index.ts');
// Both compilations (the second reuses the first's parsed files): 17 s measured with the 2 cores at load average 19, about 4 s of CPU; 5× headroom.
const TIME_LIMIT_MS = 90_000;

const compile = (source: string, old?: ts.Program): { program: ts.Program; diagnostics: readonly ts.Diagnostic[] } => {
  const config = ts.readConfigFile(join(dir, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dir);
  const host = ts.createCompilerHost(parsed.options);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (name === file ? source : readFile(name));
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, host, ...(old ? { oldProgram: old } : {}) });
  // Only the consumer's file is checked: the library's own files are checked by `npm run typecheck`, and checking them here would cost most of the time.
  const consumer = program.getSourceFile(file)!;
  return {
    program,
    diagnostics: [
      ...program.getOptionsDiagnostics(),
      ...program.getGlobalDiagnostics(),
      ...program.getSyntacticDiagnostics(consumer),
      ...program.getSemanticDiagnostics(consumer),
    ],
  };
};

const text = (d: ts.Diagnostic) => ts.flattenDiagnosticMessageText(d.messageText, '\n');

describe('a consumer TypeScript project', () => {
  const source = readFileSync(file, 'utf8');
  const expected = [...source.matchAll(/^\/\/ @ts-expect-error (.+): (\S+)$/gm)].map((m) => ({
    line: source.slice(0, m.index).split('\n').length, // the directive's own line (0-based: the line under it)
    reason: m[1]!,
    token: m[2]!,
  }));

  it(
    'compiles as written, and each line under @ts-expect-error is an error naming what is wrong',
    () => {
      expect(expected.length).toBeGreaterThanOrEqual(10);
      const written = compile(source);
      expect(written.diagnostics.map((d) => `${d.file?.fileName ?? ''}: ${text(d)}`)).toEqual([]);

      // The same lines with the directives blanked (line numbers kept): the errors must surface, where expected.
      const bare = compile(source.replace(/^\/\/ @ts-expect-error .*$/gm, ''), written.program);
      const byLine = new Map<number, string[]>();
      for (const d of bare.diagnostics) {
        if (d.file?.fileName !== file || d.start === undefined) continue;
        const line = d.file.getLineAndCharacterOfPosition(d.start).line;
        byLine.set(line, [...(byLine.get(line) ?? []), text(d)]);
      }
      for (const { line, reason, token } of expected) {
        const messages = (byLine.get(line) ?? []).join('\n');
        expect(messages, `${reason} (line ${line + 1})`).toContain(token);
      }
      // No error anywhere else: the correct code is correct.
      expect([...byLine.keys()].sort((a, b) => a - b)).toEqual(expected.map((e) => e.line));
    },
    TIME_LIMIT_MS,
  );
});
