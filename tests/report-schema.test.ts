import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactReport, compactReportSchema, evaluateSync, reportJsonSchema, reportSchema, untypedFacts, type Facts } from '../src/index.js';
import { anyFacts, validFacts } from './arbitraries.js';

const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
const AS_OF = '2025-06-30';
const farm: Facts = { projectType: 'facility-agriculture', siteAreaM2: 600, floorAreaM2: 100 };

describe('the report schema', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(reportJsonSchema());
  const cases = fc.sample(fc.tuple(fc.oneof(validFacts, anyFacts), fc.constantFrom(AS_OF, '2026-12-04', '2021-01-01')), { seed: 11, numRuns: 300 });

  it('accepts every report evaluateSync gives (zod and the JSON Schema under Ajv), and compact ones', () => {
    for (const [facts, asOf] of cases) {
      const report = evaluateSync(untypedFacts(facts), { asOf });
      expect(reportSchema.safeParse(report).success).toBe(true);
      const json = JSON.parse(JSON.stringify(report)) as unknown;
      expect(validate(json), JSON.stringify(validate.errors?.slice(0, 2))).toBe(true);
      for (const citations of ['full', 'ref', 'none'] as const) {
        for (const results of ['concerned', 'all'] as const)
          expect(compactReportSchema.safeParse(compactReport(report, { results, citations })).success).toBe(true);
      }
    }
  });
  it('refuses what is not a report: a wrong status, a missing summary count, a compact result where a full one is due', () => {
    const report = JSON.parse(JSON.stringify(evaluateSync(farm, { asOf: AS_OF }))) as { results: Record<string, unknown>[]; summary: Record<string, number> };
    expect(validate({ ...report, results: [{ ...report.results[0], status: 'passed' }] })).toBe(false);
    const { pass: _p, ...summary } = report.summary;
    expect(validate({ ...report, summary })).toBe(false);
    const { citation: _c, ...noCitation } = report.results[0]!;
    expect(validate({ ...report, results: [noCitation] })).toBe(false);
    expect(compactReportSchema.safeParse({ ...compactReport(evaluateSync(farm, { asOf: AS_OF }), { results: 'all', citations: 'none' }) }).success).toBe(true);
    expect(
      compactReportSchema.safeParse({ ...compactReport(evaluateSync(farm, { asOf: AS_OF }), { results: 'all', citations: 'none' }), worst: 'bad' }).success,
    ).toBe(false);
  });
});
