import * as z from 'zod';
import { isCalendarDate } from '../core/dates.js';
import { LOCALES } from '../core/locale.js';
import { compactReportSchema, compactRuleResultSchema, factIssueSchema, reasonSchema, summarySchema } from '../core/report-schema.js';
import { factsJsonSchema } from '../facts/json-schema.js';

/**
 * The service's request and response shapes as zod schemas: the handlers check requests
 * with them (an invalid option gives its JSON Pointer), and the OpenAPI document's
 * components are generated from them and from the library's own fact and report schemas.
 */

// A real date (no 2025-02-30), as the library checks it; the document shows the pattern.
const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isCalendarDate, 'not a calendar date')
  .meta({ description: "A calendar date 'YYYY-MM-DD'." });

const evaluateOptionsSchema = z
  .strictObject({
    asOf: calendarDate.optional().meta({ description: 'Evaluation date; default: today in China (UTC+8), whatever the server’s time zone.' }),
    actOn: calendarDate.optional().meta({
      description:
        'The day of the act the case is about (a plan approved, a filing made) where the facts carry none: the rules are judged under the law in force that day. Default: asOf.',
    }),
    jurisdiction: z
      .string()
      .regex(/^(?:\d{6}|pilot-city)$/)
      .optional()
      .meta({ description: "GB/T 2260 code ('450000' Guangxi, '450200' Liuzhou, or a code below them) or 'pilot-city'." }),
    rules: z.array(z.string()).optional().meta({ description: 'Rule or document ids: exactly these rules are reported.' }),
    locale: z.enum(LOCALES).optional().meta({ description: "Language of titles and messages; default 'zh-Hans'." }),
    holidays: z.array(calendarDate).optional().meta({ description: 'Extra non-working days (public holidays).' }),
    workdays: z.array(calendarDate).optional().meta({ description: 'Weekend days that are working days (调休).' }),
    parameters: z
      .record(z.string(), z.record(z.string(), z.number().min(0)))
      .optional()
      .meta({ description: "Values a source leaves blank, by rule id: { 'pilot-land-saving-2023/10-high-standard-factory': { minFloorAreaRatio: 2 } }." }),
  })
  .meta({ description: 'The options of evaluate() in the library, by the same names.' });

export const evaluateRequestSchema = z.strictObject({
  // Any JSON: invalid facts are not an error but a report with issues, as in the library.
  facts: z.unknown().meta({ description: 'The facts of one case.' }),
  options: evaluateOptionsSchema.optional(),
});

const resultsQuerySchema = z.enum(['concerned', 'all']).default('concerned').meta({
  description: 'concerned: pass, fail, undetermined and not-in-force results; all: every rule. When options.rules names rules, every one of them is reported.',
});
const citationsQuerySchema = z.enum(['full', 'ref', 'none']).default('full').meta({
  description: 'full: with the quote; ref: document and article only; none: no citation.',
});

export const evaluateQuerySchema = z.strictObject({ results: resultsQuerySchema, citations: citationsQuerySchema });

export const batchQuerySchema = z.strictObject({
  results: resultsQuerySchema,
  citations: citationsQuerySchema,
  asOf: calendarDate.optional(),
  actOn: calendarDate.optional().meta({ description: 'The day of the acts the lines are about, where their facts carry none.' }),
  jurisdiction: z.string().optional(),
  locale: z.enum(LOCALES).optional(),
  rules: z.string().optional().meta({ description: 'Comma-separated rule or document ids.' }),
  id: z.string().optional().meta({ description: "The input field carried to each output line as its id (default: 'id' when present)." }),
});

export const rulesQuerySchema = z.strictObject({
  jurisdiction: z
    .string()
    .regex(/^(?:\d{6}|pilot-city)$/)
    .optional(),
  document: z.string().optional().meta({ description: 'A document id.' }),
  asOf: calendarDate.optional().meta({ description: 'Only the rules whose document is in force on this date.' }),
});

const decisionReportSchema = compactReportSchema
  .extend({ decisionId: z.uuid().meta({ description: 'The id of this decision in the decision log (also the Decision-Id header).' }) })
  .meta({ description: 'A compact report (compactReport in the library) with the decision id.' });

const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ pointer: z.string().meta({ description: 'JSON Pointer into the body, or #/query/<name>.' }), detail: z.string() })).optional(),
  })
  .loose()
  .meta({ description: 'RFC 9457 problem details.' });

const batchLineSchema = z
  .object({
    line: z.int().min(1).meta({ description: 'The input line number.' }),
    id: z.union([z.string(), z.number()]).optional().meta({ description: "The input's own id." }),
    decisionId: z.uuid().optional(),
    asOf: z.string().optional(),
    jurisdiction: z.string().optional(),
    worst: compactReportSchema.shape.worst.optional(),
    results: compactReportSchema.shape.results.optional(),
    issues: compactReportSchema.shape.issues.optional(),
    documentsNotInForce: compactReportSchema.shape.documentsNotInForce,
    summary: compactReportSchema.shape.summary.optional(),
    error: problemSchema.optional().meta({ description: 'Set instead of the report when the line is not a JSON value or is over the size limit.' }),
  })
  .meta({ description: 'One output line of a batch: a report with its input line and id, or an error.' });

const localized = z.object({ 'zh-Hans': z.string(), 'zh-Hant': z.string(), en: z.string() });
const inForce = z.object({ from: calendarDate, to: calendarDate.optional() }).meta({ description: 'Inclusive; no `to` means no end is stated.' });

const ruleInfoSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  jurisdiction: z.string(),
  inForce,
  kind: z.enum(['requirement', 'eligibility', 'procedure', 'target']),
  strength: z.enum(['binding', 'in-principle', 'encouraged', 'target']),
  title: localized,
  citation: z.object({ documentId: z.string(), article: z.string(), quote: z.string() }),
  facts: z.array(z.string()),
  parameters: z.record(
    z.string(),
    z.object({ value: z.union([z.string(), z.number(), z.array(z.string())]), unit: z.string().optional(), source: z.string() }),
  ),
  attribute: z.string().optional(),
});

const ruleDetailSchema = ruleInfoSchema.extend({
  selects: z.unknown().meta({ description: 'The condition tree (json-rules-engine JSON) that decides whether the rule concerns the case.' }),
  decision: z.unknown().meta({ description: 'The condition tree of the decision (json-rules-engine JSON).' }),
  notYetDue: z.unknown().optional().meta({ description: 'For targets: the condition under which the target is not yet due.' }),
  decisiveDate: z.unknown().optional(),
  callerParameters: z.record(z.string(), z.object({ description: z.string(), unit: z.string().optional() })).optional(),
  readings: z.array(z.object({ chosen: z.string(), alternative: z.string() })),
  notes: z.array(z.string()),
});

const documentSchema = z.object({ id: z.string(), title: localized, jurisdiction: z.string(), inForce, source: z.string() });

const readySchema = z
  .object({
    ready: z.boolean(),
    decisionLog: z
      .object({
        written: z.int(),
        failed: z.int(),
        dropped: z.int(),
        buffered: z.int(),
        rotations: z.int(),
        healthy: z.boolean(),
        lastError: z.string().optional(),
      })
      .optional(),
  })
  .loose();

/** The named components of the OpenAPI document. Kept in a registry of its own, not zod's global one: ids there must be unique per process, and the CommonJS entries each carry a copy of these modules. */
const components = (): z.core.$ZodRegistry<{ id: string }> => {
  const registry = z.registry<{ id: string }>();
  const named: [z.ZodType, string][] = [
    [evaluateOptionsSchema, 'EvaluateOptions'],
    [evaluateRequestSchema, 'EvaluateRequest'],
    [decisionReportSchema, 'Decision'],
    [compactReportSchema, 'CompactReport'],
    [compactRuleResultSchema, 'CompactRuleResult'],
    [reasonSchema, 'Reason'],
    [factIssueSchema, 'FactIssue'],
    [summarySchema, 'Summary'],
    [problemSchema, 'Problem'],
    [batchLineSchema, 'BatchLine'],
    [localized, 'Localized'],
    [inForce, 'InForce'],
    [ruleInfoSchema, 'RuleInfo'],
    [ruleDetailSchema, 'RuleDetail'],
    [documentSchema, 'PolicyDocument'],
    [readySchema, 'Readiness'],
  ];
  for (const [schema, id] of named) registry.add(schema, { id });
  return registry;
};

const AREA_SHAPE = JSON.stringify({
  anyOf: [
    { type: 'number', minimum: 0 },
    {
      type: 'object',
      properties: { value: { type: 'number', minimum: 0 }, unit: { type: 'string', enum: ['m2', 'mu', 'ha'] } },
      required: ['value', 'unit'],
      additionalProperties: false,
    },
  ],
});

/**
 * The OpenAPI components: the library's fact vocabulary (as `Facts`, every area field a
 * reference to one `Area`, so a generated client has one area type instead of one per field)
 * and the report and service schemas, each once, referenced by name.
 */
export const openApiComponents = (): Record<string, unknown> => {
  const all = z.toJSONSchema(components(), { target: 'draft-2020-12', uri: (id) => `#/components/schemas/${id}` }).schemas;
  const schemas: Record<string, unknown> = {};
  for (const [id, schema] of Object.entries(all)) {
    const { $schema: _s, $id: _i, ...rest } = schema as Record<string, unknown>;
    schemas[id] = rest;
  }
  const { $schema: _s, $id: _i, properties, ...facts } = factsJsonSchema() as Record<string, unknown> & { properties: Record<string, Record<string, unknown>> };
  let area: unknown;
  const props: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(properties)) {
    const { anyOf, description, ...more } = property;
    if (JSON.stringify({ anyOf }) === AREA_SHAPE && Object.keys(more).every((k) => k === 'x-description-zh')) {
      area ??= { anyOf, description: 'An area: a number ≥ 0 in the unit of the fact name, or { value, unit }. 1 ha = 15 mu = 10 000 m².' };
      props[name] = { $ref: '#/components/schemas/Area', description, ...more };
    } else props[name] = property;
  }
  if (area) schemas.Area = area;
  schemas.Facts = { ...facts, properties: props };
  const request = schemas.EvaluateRequest as { properties: Record<string, unknown> };
  request.properties.facts = {
    $ref: '#/components/schemas/Facts',
    description: 'The facts of one case. Invalid facts are not an error: the report lists them in issues.',
  };
  return schemas;
};
