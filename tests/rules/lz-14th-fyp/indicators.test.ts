import { describe, expect, it } from 'vitest';
import { evaluate, type Facts } from '../../../src/index.js';
import { RULES } from '../../../src/rules/index.js';
import { areaBoundary, check, numberBoundary, statusOf } from '../../helpers.js';

const report = (year: number): Facts => ({ reportType: 'city-indicators', year });
/** The first day after the targets' due date (2025-12-31): the 2025 report is judged (second reading, §3c). */
const DUE = { asOf: '2026-01-01' };

/** Each row of 表1 and 专栏2: fact, bound (in the fact's unit), comparison, a step, and whether the fact is an area in ha. */
const FIXED: [id: string, fact: string, bound: string, comparison: 'atLeast' | 'atMost', step: string, area?: 'ha'][] = [
  ['indicator-development-intensity', 'developmentIntensityPct', '4.5', 'atMost', '0.01'],
  ['indicator-road-network-density', 'roadNetworkDensityKmPerKm2', '8', 'atLeast', '0.01'],
  ['indicator-park-green-per-capita', 'parkGreenPerCapitaM2', '14', 'atLeast', '0.01'],
  ['indicator-mining-output', 'miningOutput100mYuan', '20', 'atLeast', '0.01'],
  ['indicator-green-mine-ratio', 'greenMineShare', '1', 'atLeast', '0.0001'],
  ['indicator-mining-rights-total', 'miningRightsTotal', '159', 'atMost', '1'],
  ['indicator-open-pit-non-metal-rights', 'openPitNonMetalMiningRights', '134', 'atMost', '1'],
  ['indicator-sand-stone-rights', 'constructionSandStoneMiningRights', '58', 'atMost', '1'],
  ['indicator-large-medium-mine-ratio', 'largeMediumMineShare', '0.5', 'atLeast', '0.0001'],
  ['indicator-new-large-medium-deposits', 'newLargeMediumDepositsCumulative', '5', 'atLeast', '1'],
  ['indicator-abandoned-mine-restoration', 'abandonedMineRestoredHaCumulative', '805.2', 'atLeast', '', 'ha'],
  ['indicator-core-data-collection-rate', 'coreDataCollectionShare', '0.99', 'atLeast', '0.0001'],
  ['indicator-geohazard-survey-counties', 'geohazardSurveyedCountiesCumulative', '10', 'atLeast', '1'],
  ['abandoned-mine-treatment-rate', 'abandonedMineTreatmentShare', '0.6', 'atLeast', '0.0001'],
];

const ASSIGNED: [id: string, fact: string, targetFact: string, comparison: 'atLeast' | 'atMost'][] = [
  ['indicator-cultivated-land-retention', 'cultivatedLandHa', 'cultivatedLandTargetHa', 'atLeast'],
  ['indicator-permanent-basic-farmland', 'permanentBasicFarmlandHa', 'permanentBasicFarmlandTargetHa', 'atLeast'],
  ['indicator-ecological-red-line-area', 'ecologicalRedLineHa', 'ecologicalRedLineTargetHa', 'atLeast'],
  ['indicator-supplementary-farmland', 'supplementaryFarmlandHaCumulative', 'supplementaryFarmlandTargetHa', 'atLeast'],
  ['indicator-urban-rural-construction-land', 'urbanRuralConstructionLandHa', 'urbanRuralConstructionLandTargetHa', 'atMost'],
];

describe('lz-14th-fyp indicator table', () => {
  it('is one rule per row, 19 in all, each keeping its attribute', () => {
    const rows = RULES.filter((r) => r.documentId === 'lz-14th-fyp' && r.kind === 'target');
    expect(rows).toHaveLength(19);
    expect(
      rows
        .filter((r) => r.attribute === 'binding-target')
        .map((r) => r.id.split('/')[1])
        .sort(),
    ).toEqual(
      [
        'indicator-cultivated-land-retention',
        'indicator-permanent-basic-farmland',
        'indicator-ecological-red-line-area',
        'indicator-urban-rural-construction-land',
        'indicator-green-mine-ratio',
        'indicator-mining-rights-total',
        'indicator-open-pit-non-metal-rights',
        'indicator-sand-stone-rights',
      ].sort(),
    );
  });

  describe.each(FIXED)('%s', (name, fact, bound, comparison, step, area) => {
    const id = `lz-14th-fyp/${name}`;
    const cases = area ? areaBoundary(Number(bound), area, comparison) : numberBoundary(bound, step, comparison);
    it.each(cases.filter((c) => !(fact.endsWith('Share') && typeof c.value === 'number' && c.value > 1)))('2025 report with %s', async ({ value, holds }) => {
      expect(await statusOf(id, { ...report(2025), [fact]: value }, DUE)).toBe(holds ? 'pass' : 'fail');
    });
    it('is not yet due for 2021–2024 but gives the target, the gap and whether it is on track', async () => {
      const result = await check(id, { ...report(2024), [fact]: Number(bound) });
      expect(result.status).toBe('not-applicable');
      expect(result.conclusions).toEqual({ target: Number(bound), gap: 0, dueBy: '2025-12-31', onTrack: true });
      expect(result.message).toMatch(/2025-12-31/);
    });
    // Second reading: these used to fail on 2025-06-30 though the rule's own conclusion said dueBy 2025-12-31.
    it('the 2025 report is not yet due up to 2025-12-31 and is judged from 2026-01-01', async () => {
      for (const asOf of ['2025-06-30', '2025-12-30', '2025-12-31']) {
        const result = await check(id, { ...report(2025), [fact]: Number(bound) }, { asOf });
        expect(result.status).toBe('not-applicable');
        expect(result.conclusions.dueBy).toBe('2025-12-31');
        expect(result.conclusions.onTrack).toBe(true);
      }
      expect(await statusOf(id, { ...report(2025), [fact]: Number(bound) }, { asOf: '2026-01-01' })).toBe('pass');
      expect(await statusOf(id, { ...report(2025), [fact]: Number(bound) }, { asOf: '2026-01-02' })).toBe('pass');
    });
    it('needs the report year: without it the rule is undetermined, never "does not concern"', async () => {
      for (const asOf of ['2025-06-30', '2026-01-01']) {
        const result = await check(id, { reportType: 'city-indicators', [fact]: Number(bound) }, { asOf });
        expect(result.status).toBe('undetermined');
        expect(result.missingFacts).toEqual(['year']);
      }
    });
    it('is undetermined without its fact once due, not in force for 2020 or 2026', async () => {
      expect((await check(id, report(2025), DUE)).missingFacts).toEqual([fact]);
      expect(await statusOf(id, { ...report(2020), [fact]: Number(bound) })).toBe('not-in-force');
      expect(await statusOf(id, { ...report(2026), [fact]: Number(bound) })).toBe('not-in-force');
    });
    it('does not concern a county report', async () => {
      expect(await statusOf(id, { reportType: 'county-annual', year: 2025, [fact]: 0 })).toBe('not-applicable');
    });
  });

  describe.each(ASSIGNED)('%s (target assigned by the region)', (name, fact, targetFact, comparison) => {
    const id = `lz-14th-fyp/${name}`;
    it.each(areaBoundary(1000, 'ha', comparison))('actual %s against 1000 ha', async ({ value, holds }) => {
      expect(await statusOf(id, { ...report(2025), [fact]: value, [targetFact]: 1000 }, DUE)).toBe(holds ? 'pass' : 'fail');
    });
    it('is undetermined without the assigned target', async () => {
      const result = await check(id, { ...report(2025), [fact]: 1000 }, DUE);
      expect(result.status).toBe('undetermined');
      expect(result.missingFacts).toEqual([targetFact]);
    });
  });

  // The signed gaps and the messages in each locale are hand-picked cases: indicator-*.cases.yaml.
  it('every indicator message names a unit in every locale', async () => {
    for (const rule of RULES.filter((r) => r.documentId === 'lz-14th-fyp' && r.kind === 'target')) {
      for (const template of [...Object.values(rule.messages.pass), ...Object.values(rule.messages.fail)]) {
        expect(template).toMatch(/\}(公顷|公頃| ha|%|（比例|千米|平方米| m²| km|亿元|億元| hundred|宗| mining|个|個| deposits| counties| \(a share)/);
      }
    }
  });

  it('the 2025 report evaluated in 2026 is still judged by the 2021–2025 plan', async () => {
    const facts = { ...report(2025), miningRightsTotal: 160 };
    const result = await evaluate(facts, { asOf: '2026-06-30', rules: ['lz-14th-fyp/indicator-mining-rights-total'] });
    expect(result.results[0]!.status).toBe('fail');
    const asked2026 = await evaluate({ ...report(2026), miningRightsTotal: 100 }, { asOf: '2026-06-30', rules: ['lz-14th-fyp/indicator-mining-rights-total'] });
    expect(asked2026.results[0]!.status).toBe('not-in-force');
  });
});
