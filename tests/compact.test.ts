import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactReport, compactReportSchema, evaluateSync, reportJsonSchema, reportSchema } from '../src/index.js';
import { anyFacts, validFacts } from './arbitraries.js';

const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
const AS_OF = '2025-06-30';
const farm = { projectType: 'facility-agriculture', siteAreaM2: 600, floorAreaM2: 100 };
const FILING = 'gx-rural-land-2023/11-small-facility-agriculture-filing';

describe('compactReport', () => {
  it('keeps pass, fail and undetermined results, leaves out not-applicable ones, and keeps the whole summary', () => {
    const report = evaluateSync(farm, { asOf: AS_OF });
    const compact = compactReport(report);
    expect(compact.results.map((r) => r.status).sort()).toEqual(report.results.filter((r) => r.status !== 'not-applicable').map((r) => r.status).sort());
    expect(compact.results.length).toBeGreaterThan(0);
    expect(compact.summary).toEqual(report.summary);
    expect(compact.issues).toBe(report.issues);
    expect(compact.asOf).toBe(report.asOf);
  });
  it("results 'all' with full citations is the report itself", () => {
    const report = evaluateSync(farm, { asOf: AS_OF });
    expect(compactReport(report, { results: 'all', citations: 'full' })).toBe(report);
    expect(compactReport(report, { results: 'all', citations: 'ref' }).results).toHaveLength(report.results.length);
  });
  it('a not-in-force rule is kept only when asked for, by its id or its document id', () => {
    // gx-rural-land-2023 is in force from 2023-12-04: the day before, its rules are not in force.
    const byRule = { asOf: '2023-12-03', rules: [FILING] };
    expect(compactReport(evaluateSync(farm, byRule), byRule).results.map((r) => [r.ruleId, r.status])).toEqual([[FILING, 'not-in-force']]);
    const byDocument = { asOf: '2023-12-03', rules: ['gx-rural-land-2023'] };
    const whole = evaluateSync(farm, byDocument);
    const kept = compactReport(whole, byDocument).results;
    const notInForce = whole.results.filter((r) => r.status === 'not-in-force');
    expect(notInForce.length).toBeGreaterThan(10);
    expect(kept).toEqual(whole.results.filter((r) => r.status !== 'not-applicable'));
    expect(kept).toEqual(expect.arrayContaining(notInForce));
    // Not asked for (all rules of a jurisdiction): left out.
    expect(compactReport(evaluateSync(farm, { asOf: '2023-12-03' })).results.filter((r) => r.status === 'not-in-force')).toEqual([]);
    // On the first day in force the rule is decided, and kept as a fail.
    const firstDay = { asOf: '2023-12-04', rules: [FILING] };
    expect(compactReport(evaluateSync(farm, firstDay), firstDay).results.map((r) => r.status)).toEqual(['fail']);
  });
  it('citations ref keeps document and article only; none drops the citation; the shared results are not changed', () => {
    const report = evaluateSync(farm, { asOf: AS_OF, rules: [FILING] });
    const full = report.results[0]!;
    const ref = compactReport(report, { citations: 'ref' }).results[0]!;
    expect(ref.citation).toEqual({ documentId: full.citation.documentId, article: full.citation.article });
    expect({ ...ref, citation: full.citation }).toEqual(full);
    const none = compactReport(report, { citations: 'none' }).results[0]!;
    expect('citation' in none).toBe(false);
    expect(report.results[0]!.citation.quote.length).toBeGreaterThan(0);
  });
});

describe('the report schema', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(reportJsonSchema());
  const cases = fc.sample(fc.tuple(fc.oneof(validFacts, anyFacts), fc.constantFrom(AS_OF, '2026-12-04', '2021-01-01')), { seed: 11, numRuns: 300 });

  it('accepts every report evaluateSync gives (zod and the JSON Schema under Ajv), and compact ones', () => {
    for (const [facts, asOf] of cases) {
      const report = evaluateSync(facts, { asOf });
      expect(reportSchema.safeParse(report).success).toBe(true);
      const json = JSON.parse(JSON.stringify(report)) as unknown;
      expect(validate(json), JSON.stringify(validate.errors?.slice(0, 2))).toBe(true);
      for (const citations of ['full', 'ref', 'none'] as const) expect(compactReportSchema.safeParse(compactReport(report, { citations })).success).toBe(true);
    }
  });
  it('refuses what is not a report: a wrong status, a missing summary count, a compact result where a full one is due', () => {
    const report = JSON.parse(JSON.stringify(evaluateSync(farm, { asOf: AS_OF }))) as { results: Record<string, unknown>[]; summary: Record<string, number> };
    expect(validate({ ...report, results: [{ ...report.results[0], status: 'passed' }] })).toBe(false);
    const { pass: _p, ...summary } = report.summary;
    expect(validate({ ...report, summary })).toBe(false);
    const { citation: _c, ...noCitation } = report.results[0]!;
    expect(validate({ ...report, results: [noCitation] })).toBe(false);
    expect(compactReportSchema.safeParse({ ...report, results: [noCitation] }).success).toBe(true);
  });
});
