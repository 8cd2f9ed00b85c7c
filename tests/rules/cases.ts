/**
 * Hand-picked rule cases as data: `tests/rules/<document>/<rule>.cases.yaml`.
 * This module reads and checks one such file and runs one case; `cases.test.ts` finds the files.
 * Each kind of expectation maps to exactly one vitest assertion, so a case keeps the meaning
 * (and the count) of the TypeScript assertion it came from.
 */
import { expect } from 'vitest';
import { parseDocument } from 'yaml';
import * as z from 'zod';
import { isFactName } from '../../src/facts/vocabulary.js';
import { DOCUMENTS } from '../../src/rules/documents.js';
import { RULE_BY_ID } from '../../src/rules/index.js';
import type { EvaluateOptions, RuleResult } from '../../src/index.js';
import { check } from '../helpers.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const date = z.string().regex(DATE, 'a date YYYY-MM-DD (write it as text, e.g. 2025-06-30)');
/** One string or a list of them: each is one assertion. */
const oneOrMore = z.union([z.string(), z.array(z.string()).min(1)]);
const record = z.record(z.string(), z.unknown());

const optionsSchema = z.strictObject({
  asOf: date.optional(),
  actOn: date.optional(),
  locale: z.enum(['zh-Hans', 'zh-Hant', 'en']).optional(),
  jurisdiction: z.string().optional(),
  holidays: z.array(date).optional(),
  workdays: z.array(date).optional(),
  parameters: z.record(z.string(), z.record(z.string(), z.number())).optional(),
});

const expectSchema = z
  .strictObject({
    /** toBe */
    status: z.enum(['pass', 'fail', 'not-applicable', 'undetermined', 'not-in-force']).optional(),
    /** toBe */
    consequence: z.enum(['violation', 'not-eligible', 'target-missed']).optional(),
    /** toBe */
    strength: z.enum(['binding', 'in-principle', 'encouraged', 'target']).optional(),
    /** toBe */
    kind: z.enum(['requirement', 'eligibility', 'procedure', 'target']).optional(),
    /** toBe: the day that decided which law governs, when it is not the evaluation date (`null`: it is). */
    decidedOn: z.union([date, z.null()]).optional(),
    /** toEqual: exactly these facts, in this order. */
    missingFacts: z.array(z.string()).optional(),
    /** toBe on missingFacts[0]. */
    firstMissingFact: z.string().optional(),
    /** toEqual: exactly these conclusions, no more. */
    conclusions: record.optional(),
    /** toMatchObject: at least these conclusions. */
    conclusionsInclude: record.optional(),
    /** toEqual on each named conclusion, one assertion each. */
    conclusionIs: record.refine((r) => Object.keys(r).length > 0, 'name at least one conclusion').optional(),
    /** toMatch(new RegExp(source)) on each named conclusion read as text, one assertion each. */
    conclusionMatches: z
      .record(z.string(), z.string())
      .refine((r) => Object.keys(r).length > 0, 'name at least one conclusion')
      .optional(),
    /** toEqual on reasons[0]. */
    firstReason: record.optional(),
    /** toEqual on reasons[0].actual. */
    firstReasonActual: z.unknown().optional(),
    /** toContainEqual, one assertion per listed reason. */
    reasonsContain: z.array(record).min(1).optional(),
    /** toEqual: the facts of the reasons that do not hold, in order. */
    failingFacts: z.array(z.string()).optional(),
    /** toBe: the whole message. */
    message: z.string().optional(),
    /** toContain, per string. */
    messageContains: oneOrMore.optional(),
    /** toMatch(new RegExp(source)), per source. */
    messageMatches: oneOrMore.optional(),
    /** not.toMatch(new RegExp(source)), per source. */
    messageNotMatches: oneOrMore.optional(),
  })
  .refine((e) => Object.values(e).some((v) => v !== undefined), 'a case must expect something');

const caseSchema = z.strictObject({
  name: z.string().trim().min(1, 'a case is named by a sentence'),
  facts: record,
  options: optionsSchema.optional(),
  expect: expectSchema,
});

const fileSchema = z.strictObject({ cases: z.array(caseSchema).min(1, 'the file has no case') });

export type RuleCase = z.infer<typeof caseSchema>;
export type Expectation = RuleCase['expect'];

export interface CaseFile {
  file: string;
  ruleId: string;
  cases: RuleCase[];
}

/** Thrown with every problem of a file, each naming the file, the case and the field. */
export class CaseFileError extends Error {
  override readonly name = 'CaseFileError';
}

const regexes = (sources: string | string[], where: string): RegExp[] =>
  (typeof sources === 'string' ? [sources] : sources).map((source) => {
    try {
      return new RegExp(source);
    } catch (error) {
      throw new CaseFileError(`${where}: not a regular expression: ${(error as Error).message}`);
    }
  });

/**
 * Reads one cases file. `file` is its path relative to tests/rules, `<document>/<rule>.cases.yaml`;
 * the rule is the one the path names.
 */
export const parseCaseFile = (file: string, text: string): CaseFile => {
  const match = /^([^/]+)\/([^/]+)\.cases\.yaml$/.exec(file);
  if (!match) throw new CaseFileError(`${file}: a cases file is tests/rules/<document>/<rule>.cases.yaml`);
  const [, documentId, name] = match as unknown as [string, string, string];
  if (!Object.hasOwn(DOCUMENTS, documentId)) throw new CaseFileError(`${file}: unknown document '${documentId}'`);
  const ruleId = `${documentId}/${name}`;
  if (!RULE_BY_ID.has(ruleId)) throw new CaseFileError(`${file}: unknown rule '${ruleId}'`);

  // YAML 1.2 core schema: 2025-06-30 stays text, duplicate keys are errors.
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) throw new CaseFileError(`${file}: ${doc.errors.map((e) => e.message).join('\n')}`);
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) throw new CaseFileError(`${file}: the file is empty`);

  const parsed = fileSchema.safeParse(data);
  const problems: string[] = [];
  const caseLabel = (index: unknown): string => {
    if (typeof index !== 'number') return '';
    const cases = (data as { cases?: unknown }).cases;
    const named = Array.isArray(cases) ? (cases[index] as { name?: unknown } | undefined)?.name : undefined;
    return `case ${index + 1}${typeof named === 'string' && named.trim() !== '' ? ` '${named}'` : ''}: `;
  };
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [top, index, ...field] = issue.path;
      const at = top === 'cases' && typeof index === 'number' ? `${caseLabel(index)}${field.join('.') || '(the case)'}` : issue.path.join('.') || '(the file)';
      problems.push(`${file}: ${at}: ${issue.message}`);
    }
    throw new CaseFileError(problems.join('\n'));
  }

  const seen = new Set<string>();
  parsed.data.cases.forEach((c, index) => {
    const label = caseLabel(index);
    if (seen.has(c.name)) problems.push(`${file}: ${label}name: another case has the same name`);
    seen.add(c.name);
    for (const fact of Object.keys(c.facts)) if (!isFactName(fact)) problems.push(`${file}: ${label}facts.${fact}: unknown fact`);
    const sources: [string, string | string[] | undefined][] = [
      ['messageMatches', c.expect.messageMatches],
      ['messageNotMatches', c.expect.messageNotMatches],
      ...Object.entries(c.expect.conclusionMatches ?? {}).map(([key, source]): [string, string] => [`conclusionMatches.${key}`, source]),
    ];
    for (const [key, source] of sources) {
      if (source === undefined) continue;
      try {
        regexes(source, `${file}: ${label}expect.${key}`);
      } catch (error) {
        problems.push((error as Error).message);
      }
    }
  });
  if (problems.length > 0) throw new CaseFileError(problems.join('\n'));
  return { file, ruleId, cases: parsed.data.cases };
};

/** Evaluates the case both ways (`check`) and makes one assertion per expectation. */
export const runCase = async (ruleId: string, c: RuleCase): Promise<RuleResult> => {
  const options = (c.options ?? {}) as EvaluateOptions;
  const result = await check(ruleId, c.facts, options);
  const e = c.expect;
  if (e.status !== undefined) expect(result.status, 'status').toBe(e.status);
  if (e.consequence !== undefined) expect(result.consequence, 'consequence').toBe(e.consequence);
  if (e.strength !== undefined) expect(result.strength, 'strength').toBe(e.strength);
  if (e.kind !== undefined) expect(result.kind, 'kind').toBe(e.kind);
  if (e.decidedOn !== undefined) expect(result.decidedOn ?? null, 'decidedOn').toBe(e.decidedOn);
  if (e.missingFacts !== undefined) expect(result.missingFacts, 'missingFacts').toEqual(e.missingFacts);
  if (e.firstMissingFact !== undefined) expect(result.missingFacts[0], 'firstMissingFact').toBe(e.firstMissingFact);
  if (e.conclusions !== undefined) expect(result.conclusions, 'conclusions').toEqual(e.conclusions);
  if (e.conclusionsInclude !== undefined) expect(result.conclusions, 'conclusionsInclude').toMatchObject(e.conclusionsInclude);
  for (const [key, value] of Object.entries(e.conclusionIs ?? {})) expect(result.conclusions[key], `conclusionIs.${key}`).toEqual(value);
  for (const [key, source] of Object.entries(e.conclusionMatches ?? {})) {
    expect(String(result.conclusions[key]), `conclusionMatches.${key}`).toMatch(regexes(source, `conclusionMatches.${key}`)[0]!);
  }
  if (e.firstReason !== undefined) expect(result.reasons[0], 'firstReason').toEqual(e.firstReason);
  if (e.firstReasonActual !== undefined) expect(result.reasons[0]?.actual, 'firstReasonActual').toEqual(e.firstReasonActual);
  for (const reason of e.reasonsContain ?? []) expect(result.reasons, 'reasonsContain').toContainEqual(reason);
  if (e.failingFacts !== undefined)
    expect(
      result.reasons.filter((r) => !r.holds).map((r) => r.fact),
      'failingFacts',
    ).toEqual(e.failingFacts);
  if (e.message !== undefined) expect(result.message, 'message').toBe(e.message);
  for (const text of e.messageContains === undefined ? [] : [e.messageContains].flat()) expect(result.message, 'messageContains').toContain(text);
  for (const re of e.messageMatches === undefined ? [] : regexes(e.messageMatches, 'messageMatches')) expect(result.message, 'messageMatches').toMatch(re);
  for (const re of e.messageNotMatches === undefined ? [] : regexes(e.messageNotMatches, 'messageNotMatches'))
    expect(result.message, 'messageNotMatches').not.toMatch(re);
  return result;
};

/** How many assertions a case makes: `check`'s two (engine ≡ compiled, one result) and one per expectation. */
export const assertionsOf = (c: RuleCase): number => {
  const e = c.expect;
  const many = (v: string | string[] | undefined) => (v === undefined ? 0 : [v].flat().length);
  let n = 2;
  for (const key of [
    'status',
    'consequence',
    'strength',
    'kind',
    'decidedOn',
    'missingFacts',
    'firstMissingFact',
    'conclusions',
    'conclusionsInclude',
    'firstReason',
    'firstReasonActual',
    'failingFacts',
    'message',
  ] as const) {
    if (e[key] !== undefined) n += 1;
  }
  n += Object.keys(e.conclusionIs ?? {}).length + Object.keys(e.conclusionMatches ?? {}).length + (e.reasonsContain?.length ?? 0);
  n += many(e.messageContains) + many(e.messageMatches) + many(e.messageNotMatches);
  return n;
};
