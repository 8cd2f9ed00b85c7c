import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import {
  checkRuleJson,
  evaluate,
  evaluateSync,
  listRules,
  OptionError,
  untypedFacts,
  type EvaluateOptions,
  type Facts,
  type RuleId,
  type UntypedEvaluateOptions,
} from '../src/index.js';

const farm: Facts = { projectType: 'facility-agriculture', siteAreaM2: 480, floorAreaM2: 900, structureType: 'simple-shed', within203Scope: true };

describe('evaluate: options', () => {
  // Options that make no sense, an unknown rule id among them: the untyped path, checked when read.
  it.each<[UntypedEvaluateOptions, string]>([
    [{ asOf: '2025-02-30' }, 'asOf'],
    [{ asOf: '2025/01/01' }, 'asOf'],
    [{ asOf: new Date('nonsense') }, 'asOf'],
    [{ locale: 'fr' as never }, 'locale'],
    [{ rules: ['gx-rural-land-2023/no-such-rule'] }, 'rules'],
    [{ jurisdiction: 'Guangxi' }, 'jurisdiction'],
    [{ holidays: ['2025-13-01'] }, 'holidays'],
  ])('rejects %o naming the option %s', async (options, option) => {
    await expect(evaluate(untypedFacts(farm), options)).rejects.toMatchObject({ name: 'OptionError', option });
    expect(() => evaluateSync(untypedFacts(farm), options)).toThrow(OptionError);
  });

  it('reads a Date asOf as its local calendar day', async () => {
    expect((await evaluate(farm, { asOf: new Date(2025, 0, 31, 23, 59) })).asOf).toBe('2025-01-31');
  });

  it('defaults to today in China (UTC+8), whatever the time zone it runs in', async () => {
    const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
    expect((await evaluate(farm)).asOf).toBe(today);
  });

  it('reports exactly the rules asked for, by id or by document', async () => {
    const one = await evaluate(farm, { asOf: '2025-01-01', rules: ['gx-rural-land-2023/11-simple-shed-in-203-scope'] });
    expect(one.results.map((r) => r.ruleId)).toEqual(['gx-rural-land-2023/11-simple-shed-in-203-scope']);
    const whole = await evaluate(farm, { asOf: '2025-01-01', rules: ['gx-rural-land-2023'] });
    expect(whole.results).toHaveLength(listRules({ documentId: 'gx-rural-land-2023' }).length);
  });

  it('gives a Liuzhou case the Guangxi rules, and a Beijing case none of them', async () => {
    const liuzhou = await evaluate(farm, { asOf: '2025-01-01', jurisdiction: '450200' });
    expect(liuzhou.jurisdiction).toBe('450200');
    expect(liuzhou.results.some((r) => r.documentId === 'gx-rural-land-2023')).toBe(true);
    const county = await evaluate(farm, { asOf: '2025-01-01', jurisdiction: '450226' });
    expect(county.results.map((r) => r.ruleId)).toEqual(liuzhou.results.map((r) => r.ruleId));
    expect((await evaluate(farm, { asOf: '2025-01-01', jurisdiction: '110000' })).results).toEqual([]);
  });

  // Second reading: a rule asked for by id used to be evaluated whatever the jurisdiction (a Beijing case passed rule 11).
  it('a rule asked for by id outside the given jurisdiction does not concern the case, and says why', async () => {
    const id: RuleId = 'gx-rural-land-2023/11-small-facility-agriculture-filing';
    const facts: Facts = { projectType: 'facility-agriculture', siteAreaM2: 480, floorAreaM2: 900 };
    for (const jurisdiction of ['110000', 'pilot-city', '440300']) {
      const options = { asOf: '2025-01-01', jurisdiction, rules: [id], locale: 'en' as const };
      const report = await evaluate(facts, options);
      expect(evaluateSync(facts, options)).toEqual(report);
      expect(report.results).toHaveLength(1);
      expect(report.results[0]!.status).toBe('not-applicable');
      expect(report.results[0]!.message).toContain(`does not concern a case in jurisdiction ${jurisdiction}`);
    }
    for (const jurisdiction of ['450000', '450200', '450226', undefined]) {
      const options = { asOf: '2025-01-01', rules: [id], ...(jurisdiction ? { jurisdiction } : {}) };
      expect(evaluateSync(facts, options).results[0]!.status).toBe('pass');
    }
    // A Guangxi-wide case is not subject to Liuzhou's documents.
    const liuzhouRule = evaluateSync(
      { planType: 'village-plan', plannedNewConstructionLandM2: 8000, pointSupplyReserveM2: 450 },
      { asOf: '2025-01-01', jurisdiction: '450000', rules: ['lz-proposal-048/village-point-supply-reserve'] },
    );
    expect(liuzhouRule.results[0]!.status).toBe('not-applicable');
  });

  it('counts every status in the summary, and every fail again by its consequence', async () => {
    const report = await evaluate(farm, { asOf: '2025-01-01', rules: ['gx-rural-land-2023'] });
    const { pass, fail, undetermined, violation } = report.summary;
    expect(pass + fail + undetermined + report.summary['not-applicable'] + report.summary['not-in-force']).toBe(report.results.length);
    expect(pass).toBe(report.results.filter((r) => r.status === 'pass').length);
    expect(violation + report.summary['not-eligible'] + report.summary['target-missed']).toBe(fail);
    expect(violation).toBe(report.results.filter((r) => r.consequence === 'violation').length);
    for (const result of report.results) expect(result.consequence !== undefined).toBe(result.status === 'fail');
  });

  it('reads an options object afresh when the caller changes it in place between cases', () => {
    const rules: RuleId[] = ['gx-rural-land-2023/11-small-facility-agriculture-filing'];
    const options: EvaluateOptions = { asOf: '2025-01-01', rules };
    const first = evaluateSync(farm, options);
    expect(first.results.map((r) => [r.ruleId, r.status])).toEqual([[rules[0], 'pass']]);
    options.asOf = '2020-01-01';
    expect(evaluateSync(farm, options).results[0]!.status).toBe('not-in-force');
    options.asOf = '2025-01-01';
    options.locale = 'en';
    expect(evaluateSync(farm, options).results[0]!.title).toMatch(/Simplified filing/);
    rules[0] = 'gx-rural-land-2023/11-simple-shed-in-203-scope';
    expect(evaluateSync(farm, options).results.map((r) => r.ruleId)).toEqual(['gx-rural-land-2023/11-simple-shed-in-203-scope']);
    rules.push('gx-rural-land-2023/11-small-facility-agriculture-filing');
    expect(evaluateSync(farm, options).results).toHaveLength(2);
    options.holidays = ['2025-01-01'];
    expect(evaluateSync(farm, options).results).toHaveLength(2);
    expect(evaluateSync(farm, { asOf: '2025-01-01', jurisdiction: '110000' }).results).toEqual([]);
  });

  it('speaks the chosen locale', async () => {
    const options: EvaluateOptions = { asOf: '2025-01-01', rules: ['gx-rural-land-2023/11-simple-shed-in-203-scope'] };
    expect((await evaluate(farm, { ...options, locale: 'zh-Hant' })).results[0]!.title).toBe('203範圍內簡易棚房無需辦理設施農用地手續');
    expect((await evaluate(farm, { ...options, locale: 'en' })).results[0]!.title).toMatch(/Simple sheds/);
  });
});

describe('evaluate: facts', () => {
  it.each([[null], [[]], [[1, 2]], ['facts'], [42], [true], [Number.NaN], [undefined]])('never throws on %o, reporting the problem', async (facts) => {
    const report = await evaluate(untypedFacts(facts), { asOf: '2025-01-01' });
    expect(report.issues[0]).toMatchObject({ path: [], code: 'not-an-object' });
    expect(report.results.every((r) => r.status !== 'pass')).toBe(true);
  });

  it('reports an invalid field with its path and a localised message, in each locale', async () => {
    const facts = { ...farm, siteAreaM2: Number.POSITIVE_INFINITY, parcels: [{ id: 'A', slopeDegrees: -3 }] };
    const zh = await evaluate(facts, { asOf: '2025-01-01', locale: 'zh-Hans' });
    expect(zh.issues.map((i) => i.path)).toEqual([['siteAreaM2'], ['parcels', 0, 'slopeDegrees']]);
    expect(zh.issues[0]!.message).toMatch(/^siteAreaM2：应为面积/);
    const en = await evaluate(facts, { asOf: '2025-01-01', locale: 'en' });
    expect(en.issues[1]!.message).toBe('parcels.0.slopeDegrees must be a slope from 0 to 90 degrees, got -3');
    const hant = await evaluate(facts, { asOf: '2025-01-01', locale: 'zh-Hant' });
    expect(hant.issues[0]!.message).toMatch(/應為面積/);
  });

  it('never reads __proto__ as a fact and ignores facts no rule reads', async () => {
    const facts = JSON.parse('{"__proto__": {"projectType": "facility-agriculture"}, "unknownFact": 1, "siteAreaM2": 10}') as unknown;
    const report = await evaluate(untypedFacts(facts), { asOf: '2025-01-01', rules: ['gx-rural-land-2023/11-small-facility-agriculture-filing'] });
    expect(report.results[0]!.status).toBe('not-applicable');
    expect(report.issues).toEqual([]);
  });

  it('rejects an unknown unit and extra keys in an area', async () => {
    const report = await evaluate(untypedFacts({ ...farm, siteAreaM2: { value: 1, unit: 'acre' } }), { asOf: '2025-01-01' });
    expect(report.issues[0]!.path[0]).toBe('siteAreaM2');
    const extra = await evaluate(untypedFacts({ ...farm, floorAreaM2: { value: 1, unit: 'm2', note: 'x' } }), { asOf: '2025-01-01' });
    expect(extra.issues[0]!.path[0]).toBe('floorAreaM2');
  });
});

describe('json-rules-engine hazards', () => {
  it('gives 200 concurrent evaluations the same reports as 200 sequential ones', async () => {
    const cases = Array.from(
      { length: 200 },
      (_, i): Facts => ({
        ...farm,
        siteAreaM2: 400 + i,
        planType: 'village-plan',
        plannedVillageConstructionLandM2: 10_000,
        reserveQuotaM2: 400 + i,
        countyIsPovertyLifted: true,
        specialQuotaUsedMu: 500 + i,
      }),
    );
    const options = { asOf: '2025-01-01', jurisdiction: '450200' };
    const sequential = [];
    for (const facts of cases) sequential.push(await evaluate(facts, options));
    const concurrent = await Promise.all(cases.map((facts) => evaluate(facts, options)));
    expect(concurrent).toEqual(sequential);
    expect(new Set(sequential.map((r) => r.summary.fail)).size).toBeGreaterThan(1);
  });

  it('rejects rule JSON that carries a jsonpath `path`', () => {
    const malicious = {
      all: [{ fact: 'siteAreaM2', operator: 'equal', value: 1, path: '$..[?(@.constructor.constructor("return process")().exit())]' }],
    };
    const verdict = checkRuleJson(malicious);
    expect(verdict.ok).toBe(false);
    expect(checkRuleJson({ all: [{ fact: 'siteAreaM2', operator: 'atMost', value: 1 }] })).toEqual({ ok: true });
  });

  it('rejects priorities, params, condition references and unknown operators', () => {
    for (const condition of [
      { fact: 'siteAreaM2', operator: 'atMost', value: 1, priority: 2 },
      { fact: 'siteAreaM2', operator: 'atMost', value: 1, params: { x: 1 } },
      { condition: 'shared' },
      { fact: 'siteAreaM2', operator: 'regex', value: '.*' },
    ]) {
      expect(checkRuleJson({ all: [condition] }).ok).toBe(false);
    }
  });

  it('a path that reaches an engine anyway is refused by the strict path resolver, not executed', async () => {
    // The same resolver evaluate() gives every Engine.
    const engine = new Engine([], {
      allowUndefinedFacts: true,
      pathResolver: () => {
        throw new Error('condition paths are not allowed');
      },
    });
    engine.addRule({
      conditions: { all: [{ fact: 'f', operator: 'equal', value: 1, path: '$..[?(@.constructor)]' }] },
      event: { type: 'x' },
    });
    await expect(engine.run({ f: { a: 1 } })).rejects.toThrow('condition paths are not allowed');
  });

  it('evaluates every condition of a rule even when the first already fails', async () => {
    const report = await evaluate(
      {
        projectType: 'agricultural-service-facility',
        listedInRuralRevitalizationPlan: false,
        servesAgriForestryProduction: false,
        occupiesCultivatedLand: true,
        occupiesPermanentBasicFarmland: true,
        facilityType: 'pavilion',
        footprintM2: 500,
      },
      { asOf: '2025-01-01', rules: ['gx-rural-land-2023/14-agricultural-land-original-use'] },
    );
    const reasons = report.results[0]!.reasons;
    expect(reasons.map((r) => r.fact)).toEqual([
      'listedInRuralRevitalizationPlan',
      'servesAgriForestryProduction',
      'occupiesCultivatedLand',
      'occupiesPermanentBasicFarmland',
      'facilityType',
      'facilityType',
      'footprintM2',
      'facilityType',
      'footprintM2',
      // The open groups' determination branches (second reading): the type is named, so they fail on it.
      'facilityType',
      'footprintM2',
      'facilityType',
      'footprintM2',
    ]);
    expect(reasons.every((r) => !r.holds || r.fact === 'facilityType')).toBe(true);
  });

  it('keeps a condition’s name (the clause it encodes) through a run, in its results', async () => {
    const engine = new Engine([], { allowUndefinedFacts: true });
    engine.addRule({
      name: 'r',
      conditions: { name: '全部', all: [{ name: '用地規模不超過500平方米', fact: 'f', operator: 'lessThanInclusive', value: 500 }] },
      event: { type: 'r' },
    });
    const { results } = await engine.run({ f: 480 });
    const conditions = results[0]!.conditions as unknown as { name?: string; all: { name?: string; result?: boolean }[] };
    expect(conditions.name).toBe('全部');
    expect(conditions.all[0]).toMatchObject({ name: '用地規模不超過500平方米', result: true });
  });

  it('names each reason’s clause the same way in both evaluators', async () => {
    const options = { asOf: '2025-01-01', rules: ['gx-rural-land-2023/14-agricultural-land-original-use'] } as const;
    const facts = { projectType: 'agricultural-service-facility', listedInRuralRevitalizationPlan: true, facilityType: 'pavilion', footprintM2: 500 } as const;
    const viaEngine = (await evaluate(facts, options)).results[0]!.reasons;
    expect(evaluateSync(facts, options).results[0]!.reasons).toEqual(viaEngine);
    expect(viaEngine[0]).toMatchObject({ fact: 'listedInRuralRevitalizationPlan', clause: '列入鄉村振興規劃、計劃或項目庫' });
    // A leaf with no name of its own takes its nearest named ancestor's.
    expect(viaEngine.find((r) => r.fact === 'footprintM2')?.clause).toBe(
      '零星分散單體占地面積不超過200平方米的亭、臺和村屯公廁、污水處理、垃圾儲運、供電、供氣、通訊等設施',
    );
  });
});
