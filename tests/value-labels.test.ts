/**
 * Chinese values as a register writes them (issue 24): read as codes only through the explicit
 * step, refused as invalid by the evaluators, and any other unknown value reported, never a
 * silent "not applicable".
 */
import { describe, expect, it } from 'vitest';
import { evaluateSync, FACTS, normaliseFacts, untypedFacts, VALUE_LABELS, ValueMapError } from '../src/index.js';

const FILING = 'gx-rural-land-2023/11-small-facility-agriculture-filing';
const greenhouse = { siteAreaM2: 501, floorAreaM2: 400, occupiesPermanentBasicFarmland: false };
const filing = (facts: Record<string, unknown>) => evaluateSync(untypedFacts(facts), { asOf: '2025-06-30', rules: [FILING] }).results[0]!;

describe('the labels table', () => {
  it('names every value of every enumerated fact it lists, in both scripts, and a label names one code only', () => {
    for (const [fact, codes] of Object.entries(VALUE_LABELS)) {
      const known = (FACTS as Record<string, { values?: readonly string[] }>)[fact]?.values;
      expect(known, fact).toBeDefined();
      for (const code of Object.keys(codes)) expect(known, `${fact}: ${code}`).toContain(code);
      const seen = new Map<string, string>();
      for (const [code, labels] of Object.entries(codes))
        for (const label of [...labels['zh-Hans'], ...labels['zh-Hant']]) {
          expect(seen.get(label) ?? code, `${fact}: ${label}`).toBe(code);
          seen.set(label, code);
        }
    }
  });

  it('every enumerated fact that selects a case has a label for each of its values', () => {
    for (const fact of ['projectType', 'planType', 'reportType', 'applicationType', 'subjectType', 'landUse', 'collectiveLandUseRightTransfer', 'stage']) {
      const known = (FACTS as Record<string, { values?: readonly string[] }>)[fact]!.values!;
      expect(Object.keys(VALUE_LABELS[fact] ?? {}).sort(), fact).toEqual([...known].sort());
    }
  });
});

describe('the evaluators read codes and say so', () => {
  it('设施农业 is refused as the Chinese name of facility-agriculture: undetermined, never not-applicable', () => {
    const result = filing({ projectType: '设施农业', ...greenhouse });
    expect(result.status).toBe('undetermined');
    expect(result.missingFacts).toContain('projectType');
    const report = evaluateSync(untypedFacts({ projectType: '设施农业', ...greenhouse }), { asOf: '2025-06-30', locale: 'en' });
    expect(report.issues).toContainEqual(
      expect.objectContaining({ path: ['projectType'], code: 'label', message: expect.stringContaining('"facility-agriculture"') }),
    );
  });

  it('a value that is neither a code nor a label is kept as another kind, with an issue naming it and the known values', () => {
    const report = evaluateSync(untypedFacts({ projectType: '钢架大棚', ...greenhouse }), { asOf: '2025-06-30', locale: 'zh-Hans' });
    expect(report.results.find((r) => r.ruleId === FILING)!.status).toBe('not-applicable');
    const issue = report.issues.find((i) => i.code === 'unknown-value')!;
    expect(issue.path).toEqual(['projectType']);
    expect(issue.message).toContain('"钢架大棚"');
    expect(issue.message).toContain('facility-agriculture');
  });

  it('a code raises no issue', () => {
    expect(evaluateSync(untypedFacts({ projectType: 'facility-agriculture', ...greenhouse }), { asOf: '2025-06-30' }).issues).toEqual([]);
  });

  it('an unknown item of a list of values is reported at its index', () => {
    const report = evaluateSync(untypedFacts({ reserveQuotaModes: ['point-indication', '其他'] }), { asOf: '2025-06-30' });
    expect(report.issues).toContainEqual(expect.objectContaining({ path: ['reserveQuotaModes', 1], code: 'unknown-value' }));
  });
});

describe('normaliseFacts: the explicit step', () => {
  it('reads simplified and traditional labels and synonyms as codes, and lists each change', () => {
    for (const label of ['设施农业', '設施農業', '设施农业用地', ' 设施农业 ']) {
      const { facts, changes } = normaliseFacts({ projectType: label, ...greenhouse });
      expect(changes).toEqual([{ path: ['projectType'], from: label, to: 'facility-agriculture', by: 'label' }]);
      expect(filing(facts as never).status).toBe('fail');
    }
  });

  it('gives the same verdicts as the codes, at the 500 m² bound and one step either side', () => {
    for (const siteAreaM2 of [499.99, 500, 500.01]) {
      const coded = filing({ projectType: 'facility-agriculture', ...greenhouse, siteAreaM2 });
      const labelled = normaliseFacts({ projectType: '设施农业', ...greenhouse, siteAreaM2 }).facts;
      expect(filing(labelled as never)).toEqual(coded);
    }
  });

  it('reads brackets either way: 县(区)年度报告 is 县（区）年度报告', () => {
    expect(normaliseFacts({ reportType: '县(区)年度报告' }).changes[0]!.to).toBe('county-annual');
  });

  it("takes the caller's own names first, and refuses a map to a value the fact does not know", () => {
    const { changes } = normaliseFacts({ projectType: '大棚' }, { values: { projectType: { 大棚: 'facility-agriculture' } } });
    expect(changes).toEqual([{ path: ['projectType'], from: '大棚', to: 'facility-agriculture', by: 'map' }]);
    expect(() => normaliseFacts({}, { values: { projectType: { 大棚: 'greenhouse' } } })).toThrow(ValueMapError);
    expect(() => normaliseFacts({}, { values: { siteAreaM2: { 大: '1' } } })).toThrow(/not an enumerated fact/);
  });

  it('reads items of a list, and leaves codes, unknown values and other facts as they are', () => {
    const input = { reserveQuotaModes: ['点位示意', 'project-list', '其他'], projectType: 'industrial', siteAreaM2: 5 };
    const { facts, changes } = normaliseFacts(input);
    expect(facts).toEqual({ reserveQuotaModes: ['point-indication', 'project-list', '其他'], projectType: 'industrial', siteAreaM2: 5 });
    expect(changes).toEqual([{ path: ['reserveQuotaModes', 0], from: '点位示意', to: 'point-indication', by: 'label' }]);
    expect(input.reserveQuotaModes[0]).toBe('点位示意');
  });

  it('never calls a getter and keeps __proto__ a plain key, so the evaluator still refuses what it would refuse', () => {
    let called = false;
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "projectType": "设施农业"}') as Record<string, unknown>;
    Object.defineProperty(hostile, 'siteAreaM2', { enumerable: true, get: () => ((called = true), 1) });
    const { facts } = normaliseFacts(hostile);
    expect(called).toBe(false);
    expect(Object.getPrototypeOf(facts)).toBe(Object.prototype);
    expect(Object.hasOwn(facts as object, '__proto__')).toBe(true);
    const report = evaluateSync(facts, { asOf: '2025-06-30', rules: [FILING] });
    expect(called).toBe(false);
    expect(report.issues).toContainEqual(expect.objectContaining({ path: ['siteAreaM2'] }));
  });

  it('returns what is not a plain object as it is, for the evaluator to report', () => {
    for (const input of [null, 'x', [1], 42]) expect(normaliseFacts(input)).toEqual({ facts: input, changes: [] });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(normaliseFacts(proxy).changes).toEqual([]);
  });
});
