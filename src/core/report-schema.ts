import * as z from 'zod';
import { OUTCOMES } from './compact.js';
import type { Consequence, Status } from './rule.js';

/**
 * The report `evaluate` and `evaluateSync` return, as zod schemas: for systems that read
 * reports without TypeScript (the decision service's OpenAPI document is generated from
 * these), and for callers that store reports and want to check them when read back.
 * Classic zod, like `factsSchema`; the form entry never loads this file.
 */

const STATUSES = ['pass', 'fail', 'not-applicable', 'undetermined', 'not-in-force'] as const satisfies Status[];
const count = z.int().min(0);
const calendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const reasonSchema = z
  .object({
    fact: z.string().meta({ description: 'The fact, `$derived` value or `@parameter` the condition reads.' }),
    operator: z.string(),
    expected: z.unknown().optional().meta({ description: 'The threshold or value the condition compares with.' }),
    actual: z.unknown().optional().meta({ description: 'The value the case gave; absent when unknown.' }),
    holds: z.boolean(),
    unit: z.enum(['m2', 'mu', 'ha']).optional().meta({ description: 'The unit expected and actual are shown in, for areas.' }),
    clause: z
      .string()
      .optional()
      .meta({ description: 'The words of the verbatim quote the condition encodes (a clause of `citation.quote`); absent when the condition encodes none.' }),
    determination: z
      .literal(true)
      .optional()
      .meta({ description: 'The fact is a person’s recorded determination (the answer to an open list, …等), not a finding of the library.' }),
  })
  .meta({ description: 'One condition of a rule, with the values it was decided on.' });

export const citationSchema = z.object({
  documentId: z.string(),
  article: z.string(),
  quote: z.string().meta({ description: 'The verbatim text of the source.' }),
});

const ruleResultShape = {
  ruleId: z.string(),
  documentId: z.string(),
  kind: z.enum(['requirement', 'eligibility', 'procedure', 'target']),
  strength: z.enum(['binding', 'in-principle', 'encouraged', 'target']),
  status: z.enum(STATUSES),
  consequence: z
    .enum(['violation', 'not-eligible', 'target-missed'] satisfies Consequence[])
    .optional()
    .meta({ description: 'What a fail means; present exactly when status is fail.' }),
  title: z.string(),
  message: z.string(),
  reasons: z.array(reasonSchema),
  missingFacts: z.array(z.string()).meta({ description: 'Facts still needed to decide, for undetermined results.' }),
  conclusions: z.record(z.string(), z.unknown()).meta({ description: 'What the caller needs next: a maximum quota, a last day, an approval route …' }),
  decidedOn: calendarDate.optional().meta({ description: 'On a pass or fail judged under the law of another day than asOf: that day (conventions §2a).' }),
  decidedBy: z
    .string()
    .optional()
    .meta({ description: "Where decidedOn came from: 'actOn', a fact, a `$deadline` the act was done by, or 'after:$deadline' for a missed one." }),
};

export const ruleResultSchema = z.object({ ...ruleResultShape, citation: citationSchema });

export const factIssueSchema = z
  .object({
    path: z.array(z.union([z.string(), z.int()])).meta({ description: 'Where in the facts the invalid value is.' }),
    code: z.string(),
    message: z.string(),
  })
  .meta({ description: 'An invalid fact: every rule that reads it is undetermined.' });

export const summarySchema = z
  .object({
    pass: count,
    fail: count,
    'not-applicable': count,
    undetermined: count,
    'not-in-force': count,
    violation: count.meta({ description: 'Fails that are violations.' }),
    'not-eligible': count.meta({ description: 'Fails that mean the case is not eligible.' }),
    'target-missed': count.meta({ description: 'Fails that are targets missed.' }),
  })
  .meta({ description: 'Counts over every rule evaluated, whatever results were kept.' });

export const documentNotInForceSchema = z
  .object({
    documentId: z.string(),
    title: z.string(),
    inForce: z.object({ from: calendarDate, to: calendarDate.optional() }),
    dates: z.array(calendarDate).meta({ description: 'The decisive dates outside the window, in order.' }),
    ruleIds: z.array(z.string()).meta({ description: 'The rules of the document that concern the case and were not checked.' }),
    message: z.string().meta({ description: 'One line saying this and what to do (give the act’s date as actOn), in the report’s locale.' }),
  })
  .meta({ description: 'A document not in force on the dates that decided the rules of it that concern the case: those rules were not checked.' });

const reportShape = {
  asOf: calendarDate.meta({ description: 'The evaluation date.' }),
  jurisdiction: z.string().optional(),
  issues: z.array(factIssueSchema),
  summary: summarySchema,
};

/** A report as `evaluate` gives it: every rule evaluated, each with its full citation. */
export const reportSchema = z.object({
  ...reportShape,
  results: z.array(ruleResultSchema),
  documentsNotInForce: z
    .array(documentNotInForceSchema)
    .meta({ description: 'The documents some rule that concerns the case was not checked under; empty when none.' }),
});

/** A result as `compactReport` leaves it: no title, kind or strength (the rule's metadata, one lookup away), empty members left out. */
export const compactRuleResultSchema = z.object({
  ruleId: z.string(),
  status: ruleResultShape.status,
  consequence: ruleResultShape.consequence,
  message: z.string(),
  reasons: z.array(reasonSchema).optional().meta({ description: 'Absent when empty.' }),
  missingFacts: z.array(z.string()).optional().meta({ description: 'Absent when empty.' }),
  conclusions: z.record(z.string(), z.unknown()).optional().meta({ description: 'Absent when empty.' }),
  decidedOn: ruleResultShape.decidedOn,
  decidedBy: ruleResultShape.decidedBy,
  citation: z
    .object({ documentId: z.string(), article: z.string(), quote: z.string().optional() })
    .optional()
    .meta({ description: 'Full with citations=full, without the quote with citations=ref, absent with citations=none.' }),
});

/** A report as `compactReport` leaves it: the results kept, the worst outcome, and the whole summary. */
export const compactReportSchema = z.object({
  asOf: reportShape.asOf,
  jurisdiction: reportShape.jurisdiction,
  worst: z.enum(OUTCOMES).meta({
    description:
      "The worst outcome among all results: a fail's consequence, else undetermined, not-in-force (a rule that concerns the case was not checked, its document not in force then), pass, or none.",
  }),
  summary: summarySchema,
  issues: z.array(factIssueSchema),
  documentsNotInForce: z.array(documentNotInForceSchema).optional().meta({ description: 'Absent when empty.' }),
  results: z.array(compactRuleResultSchema),
});

/** The report as JSON Schema (draft 2020-12). */
export const reportJsonSchema = (): Record<string, unknown> => ({
  ...z.toJSONSchema(reportSchema, { target: 'draft-2020-12', io: 'output', reused: 'inline' }),
  title: 'landuse-rules report',
});
