import { describe, expect, it } from 'vitest';
import { DOCUMENTS, evaluate, evaluateSync, listRules, untypedFacts, type Report, type UntypedEvaluateOptions } from '../src/index.js';
import { DEFAULT_LIMITS } from '../src/core/safe.js';
import { RULE_BY_ID, RULES } from '../src/rules/index.js';
import { check } from './helpers.js';

/** Both evaluators, held equal on every hostile input (the untyped path: these facts are wrong on purpose). */
const both = async (facts: unknown, options: UntypedEvaluateOptions): Promise<Report> => {
  const report = await evaluate(untypedFacts(facts), options);
  expect(evaluateSync(untypedFacts(facts), options)).toEqual(report);
  return report;
};
const resultOf = (report: Report, ruleId: string) => report.results.find((r) => r.ruleId === ruleId)!;

const PERMITS = 'pilot-land-saving-2023/28-permits-within-one-working-day';
const FILING = 'gx-rural-land-2023/11-small-facility-agriculture-filing';
const STEEP = 'gx-rural-land-2023/05-steep-slope-exclusion';
const NEGATIVE_LIST = 'pilot-land-saving-2023/24-collective-land-market-entry-negative-list';

// Paid on Friday 2025-06-27: the permits are due Monday 2025-06-30, so absent permits still pass on the 27th.
const permits = { projectType: 'industrial', landWithDesignScheme: true, landPricePaidOn: '2025-06-27' };
const AS_OF_RESERVE = '2025-06-30';
const pilot = { asOf: '2025-06-27', jurisdiction: 'pilot-city', rules: [PERMITS] };

describe('facts are own enumerable data properties, at every depth', () => {
  it('the baseline: without permitsIssuedOn the permits rule passes', async () => {
    expect(resultOf(await both(permits, pilot), PERMITS).status).toBe('pass');
  });

  it('a top-level getter that throws is an invalid fact, never an absent one: the deadline rule is undetermined', async () => {
    const facts = { ...permits };
    Object.defineProperty(facts, 'permitsIssuedOn', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const report = await both(facts, pilot);
    expect(resultOf(report, PERMITS).status).toBe('undetermined');
    expect(resultOf(report, PERMITS).missingFacts).toContain('permitsIssuedOn');
    expect(report.issues).toEqual([expect.objectContaining({ path: ['permitsIssuedOn'], code: 'invalid-accessor' })]);
  });

  it('a getter that returns a valid value is not called, and not read', async () => {
    let calls = 0;
    const facts = { ...permits };
    Object.defineProperty(facts, 'permitsIssuedOn', {
      enumerable: true,
      get: () => {
        calls += 1;
        return '2025-06-27';
      },
    });
    const report = await both(facts, pilot);
    expect(calls).toBe(0);
    expect(resultOf(report, PERMITS).status).toBe('undetermined');
  });

  it('a nested getter, and a nested getter that throws, are invalid facts with their path', async () => {
    const site = { value: 400 };
    Object.defineProperty(site, 'unit', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const report = await both({ projectType: 'facility-agriculture', siteAreaM2: site, floorAreaM2: 100 }, { asOf: '2025-06-30', rules: [FILING] });
    expect(resultOf(report, FILING).status).toBe('undetermined');
    expect(report.issues).toEqual([expect.objectContaining({ path: ['siteAreaM2', 'unit'], code: 'invalid-accessor' })]);
  });

  it('an inherited unit is not read: { value: 400, __proto__: { unit: "m2" } } does not pass rule 11', async () => {
    const site = { value: 400, __proto__: { unit: 'm2' } };
    const report = await both({ projectType: 'facility-agriculture', siteAreaM2: site, floorAreaM2: 100 }, { asOf: '2025-06-30', rules: [FILING] });
    expect(resultOf(report, FILING).status).toBe('undetermined');
    expect(report.issues.map((i) => i.path[0])).toEqual(['siteAreaM2']);
  });

  it('a polluted Object.prototype.slopeDegrees does not give a parcel a slope: the steep-slope rule does not pass', async () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.slopeDegrees = 0;
    try {
      const report = await both({ projectType: 'land-consolidation', parcels: [{ id: 'p1' }] }, { asOf: '2025-06-30', rules: [STEEP] });
      expect(resultOf(report, STEEP).status).toBe('undetermined');
      expect(report.issues.map((i) => i.path.slice(0, 2))).toEqual([['parcels', 0]]);
    } finally {
      delete proto.slopeDegrees;
    }
  });

  it('an inherited top-level fact is not a fact', async () => {
    const facts = Object.create({ permitsIssuedOn: '2025-07-30' }) as Record<string, unknown>;
    Object.assign(facts, permits);
    expect(resultOf(await both(facts, pilot), PERMITS).status).toBe('pass');
  });

  it('a Proxy is read through its ownKeys and getOwnPropertyDescriptor traps only: a get trap is never called', async () => {
    let gets = 0;
    const site = new Proxy(
      { value: 400, unit: 'm2' },
      {
        get: () => {
          gets += 1;
          throw new Error('trap');
        },
      },
    );
    const report = await both({ projectType: 'facility-agriculture', siteAreaM2: site, floorAreaM2: 100 }, { asOf: '2025-06-30', rules: [FILING] });
    expect(gets).toBe(0);
    expect(resultOf(report, FILING).status).toBe('pass');
  });

  it.each([
    [
      'getOwnPropertyDescriptor',
      {
        getOwnPropertyDescriptor: () => {
          throw new Error('trap');
        },
      },
    ],
    [
      'ownKeys',
      {
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    ],
    [
      'getPrototypeOf (with a throwing ownKeys)',
      {
        getPrototypeOf: () => {
          throw new Error('trap');
        },
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    ],
  ])('a nested Proxy whose %s trap throws is an invalid fact with its path', async (_trap, handler) => {
    const site = new Proxy({ value: 400, unit: 'm2' }, handler as ProxyHandler<object>);
    const report = await both({ projectType: 'facility-agriculture', siteAreaM2: site, floorAreaM2: 100 }, { asOf: '2025-06-30', rules: [FILING] });
    expect(resultOf(report, FILING).status).not.toBe('pass');
    expect(report.issues[0]!.path[0]).toBe('siteAreaM2');
  });

  it('a Proxy as the facts, whose traps throw, gives one issue at the root', async () => {
    const facts = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    const report = await both(facts, { asOf: '2025-06-30' });
    expect(report.issues).toEqual([expect.objectContaining({ path: [], code: 'unreadable' })]);
    expect(report.summary.pass).toBe(0);
  });

  it('a revoked Proxy as the facts, or as a fact, never throws', async () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect((await both(proxy, { asOf: '2025-06-30' })).issues).toEqual([expect.objectContaining({ path: [], code: 'unreadable' })]);
    const report = await both({ projectType: 'land-consolidation', parcels: proxy }, { asOf: '2025-06-30', rules: [STEEP] });
    expect(resultOf(report, STEEP).status).toBe('undetermined');
    expect(report.issues).toEqual([expect.objectContaining({ path: ['parcels'], code: 'unreadable' })]);
  });

  it('a hole in a sparse array is an invalid fact at its index', async () => {
    // eslint-disable-next-line no-sparse-arrays
    const report = await both(
      { projectType: 'land-consolidation', parcels: [{ id: 'a', slopeDegrees: 3 }, , { id: 'c', slopeDegrees: 3 }] },
      { asOf: '2025-06-30', rules: [STEEP] },
    );
    expect(resultOf(report, STEEP).status).toBe('undetermined');
    expect(report.issues).toEqual([expect.objectContaining({ path: ['parcels', 1], code: 'invalid-sparse' })]);
  });

  it('parcels: new Array(1e7) is refused from its length alone, as one issue', async () => {
    const report = await both({ projectType: 'land-consolidation', parcels: new Array(1e7) }, { asOf: '2025-06-30', rules: [STEEP] });
    expect(resultOf(report, STEEP).status).toBe('undetermined');
    expect(report.issues).toEqual([expect.objectContaining({ path: ['parcels'], code: 'invalid-too-many-items' })]);
  });

  it('1,000,000 invalid parcels are one issue, not a million', () => {
    const parcels = Array.from({ length: 1_000_000 }, () => ({ id: '', slopeDegrees: -1 }));
    const report = evaluateSync({ projectType: 'land-consolidation', parcels }, { asOf: '2025-06-30', rules: [STEEP] });
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]!.code).toBe('invalid-too-many-items');
  });

  it('a cycle is an invalid fact with the path where it closes', async () => {
    const parcel: Record<string, unknown> = { id: 'a', slopeDegrees: 3 };
    parcel.self = parcel;
    const report = await both({ projectType: 'land-consolidation', parcels: [parcel] }, { asOf: '2025-06-30', rules: [STEEP] });
    expect(resultOf(report, STEEP).status).toBe('undetermined');
    expect(report.issues).toEqual([expect.objectContaining({ path: ['parcels', 0, 'self'], code: 'invalid-cycle' })]);
  });

  it('an object shared a thousand times at each of eight levels (a small input, a huge tree) is refused at once', () => {
    let shared: unknown = { id: 'a', slopeDegrees: 3 };
    for (let level = 0; level < 8; level++) shared = Array.from({ length: 1000 }, () => shared);
    const report = evaluateSync(untypedFacts({ projectType: 'land-consolidation', parcels: shared }), { asOf: '2025-06-30', rules: [STEEP] });
    expect(report.results[0]!.status).toBe('undetermined');
    expect(report.issues).toEqual([expect.objectContaining({ code: 'invalid-too-many-items' })]);
  });

  it('the same object twice (not a cycle) is read twice', async () => {
    const parcel = { id: 'a', slopeDegrees: 3 };
    expect(resultOf(await both({ projectType: 'land-consolidation', parcels: [parcel, parcel] }, { asOf: '2025-06-30', rules: [STEEP] }), STEEP).status).toBe(
      'pass',
    );
  });
});

describe('look-alikes of enumerated values', () => {
  const entry = {
    projectType: 'collective-land-market-entry',
    convertedFromAgriculturalLand: false,
    includesHomestead: false,
    villagePlanCompleted: true,
    ownershipAndUseRightsRegistered: true,
  };
  const options = { asOf: '2025-06-30', jurisdiction: 'pilot-city', rules: [NEGATIVE_LIST], locale: 'en' as const };

  it('the negative list fails commercial-housing and passes another use', async () => {
    expect(resultOf(await both({ ...entry, plannedUse: 'commercial-housing' }, options), NEGATIVE_LIST).status).toBe('fail');
    expect(resultOf(await both({ ...entry, plannedUse: 'industrial' }, options), NEGATIVE_LIST).status).toBe('pass');
  });

  it.each([
    ['U+2010 hyphen', 'commercial\u2010housing'],
    ['Cyrillic о', 'c\u043Emmercial-housing'],
    ['a trailing space', 'commercial-housing '],
    ['upper case', 'COMMERCIAL-HOUSING'],
    ['a zero-width space', 'commercial-\u200Bhousing'],
    ['an underscore', 'commercial_housing'],
    ['fullwidth letters', 'ｃｏｍｍｅｒｃｉａｌ-housing'],
    ['a space for the hyphen', 'commercial housing'],
  ])('%s: an invalid fact naming the value it resembles, never a pass', async (_what, lookalike) => {
    const report = await both({ ...entry, plannedUse: lookalike }, options);
    expect(resultOf(report, NEGATIVE_LIST).status).toBe('undetermined');
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]).toMatchObject({ path: ['plannedUse'], code: 'lookalike' });
    expect(report.issues[0]!.message).toContain('"commercial-housing"');
  });

  it('a look-alike inside a list of enumerated values is refused at its index', async () => {
    const report = await both(
      { planType: 'village-plan', plannedVillageConstructionLandM2: 1000, reserveQuotaM2: 10, reserveQuotaModes: ['project-list', 'use\u2013blank'] },
      { asOf: '2025-06-30', rules: ['gx-rural-land-2023/02-village-reserve-quota'] },
    );
    expect(report.issues).toEqual([expect.objectContaining({ path: ['reserveQuotaModes', 1], code: 'lookalike' })]);
    expect(report.results[0]!.status).toBe('undetermined');
  });

  it('an unrelated value stays a valid other value (conventions §3a), and the report says the rules do not know it', async () => {
    const report = await both({ ...entry, plannedUse: 'warehouse' }, options);
    expect(report.issues).toEqual([expect.objectContaining({ path: ['plannedUse'], code: 'unknown-value' })]);
    expect(report.results.every((r) => !r.missingFacts.includes('plannedUse'))).toBe(true);
  });

  it('the message is in the chosen locale', async () => {
    const report = await both({ ...entry, plannedUse: 'Commercial-Housing' }, { ...options, locale: 'zh-Hans' });
    expect(report.issues[0]!.message).toMatch(/^plannedUse：不是已知取值/);
  });
});

describe('control characters in a string fact', () => {
  // A real violation: the point-supply reserve is over its 5% cap (450 m² > 5% of 8000 m²).
  const RESERVE = 'lz-proposal-048/village-point-supply-reserve';
  const violating = { planType: 'village-plan', plannedNewConstructionLandM2: 8000, pointSupplyReserveM2: 450 };
  const FILING_FAILS = { projectType: 'facility-agriculture', siteAreaM2: 501, floorAreaM2: 900, structureType: 'simple-shed' };

  it('the baselines: the reserve rule fails, the filing rule fails', async () => {
    expect((await check(RESERVE, violating)).status).toBe('fail');
    expect((await check(FILING, FILING_FAILS, { asOf: '2025-06-30' })).status).toBe('fail');
  });

  it.each([
    ['NUL', '\u0000', 'U+0000'],
    ['unit separator', '\u001f', 'U+001F'],
    ['backspace', '\b', 'U+0008'],
    ['ESC', '\u001b', 'U+001B'],
    ['DEL', '\u007f', 'U+007F'],
    ['C1 CSI', '\u009b', 'U+009B'],
    ['tab', '\t', 'U+0009'],
    ['line feed', '\n', 'U+000A'],
  ])('an enumerated value followed by %s is an invalid fact naming it, never a silent not-applicable', async (_what, control, named) => {
    const reserve = await check(RESERVE, { ...violating, planType: `village-plan${control}` });
    expect(reserve.status).toBe('undetermined');
    expect(reserve.missingFacts).toContain('planType');
    const filing = await check(FILING, { ...FILING_FAILS, projectType: `facility-agriculture${control}` }, { asOf: '2025-06-30' });
    expect(filing.status).toBe('undetermined');
    const report = await both({ ...violating, planType: `village-plan${control}` }, { asOf: AS_OF_RESERVE, rules: [RESERVE], locale: 'en' });
    expect(report.issues).toEqual([{ path: ['planType'], code: 'invalid-control', message: `planType contains the control character ${named}` }]);
    expect(report.results[0]!.status).toBe('undetermined');
  });

  it('the message names the character in every locale, and never carries the character itself', async () => {
    const facts = { ...violating, planType: 'village-plan\u001b]0;pwned\u0007' };
    const messages = await Promise.all(
      (['zh-Hans', 'zh-Hant', 'en'] as const).map(async (locale) => (await both(facts, { asOf: AS_OF_RESERVE, rules: [RESERVE], locale })).issues[0]!.message),
    );
    expect(messages).toEqual(['planType：含有控制字符 U+001B', 'planType：含有控制字元 U+001B', 'planType contains the control character U+001B']);
  });

  it('a control character anywhere in a fact is refused at its path: a list item, an id inside a list of objects, an area unit', async () => {
    const quota = await both(
      { planType: 'village-plan', plannedVillageConstructionLandM2: 1000, reserveQuotaM2: 10, reserveQuotaModes: ['project-list', 'use-blank\u0000'] },
      { asOf: '2025-06-30', rules: ['gx-rural-land-2023/02-village-reserve-quota'] },
    );
    expect(quota.issues).toEqual([expect.objectContaining({ path: ['reserveQuotaModes', 1], code: 'invalid-control' })]);
    expect(quota.results[0]!.status).toBe('undetermined');
    const parcels = await both(
      {
        projectType: 'facility-agriculture',
        parcels: [
          { id: 'A', slopeDegrees: 0 },
          { id: 'B\u0085', slopeDegrees: 0 },
        ],
      },
      { asOf: '2025-06-30', rules: [STEEP] },
    );
    expect(parcels.issues).toEqual([
      expect.objectContaining({ path: ['parcels', 1, 'id'], code: 'invalid-control', message: expect.stringContaining('U+0085') }),
    ]);
    expect(parcels.results[0]!.status).not.toBe('pass');
    const area = await both({ ...FILING_FAILS, siteAreaM2: { value: 400, unit: 'm2\u0000' } }, { asOf: '2025-06-30', rules: [FILING] });
    expect(area.issues).toEqual([expect.objectContaining({ path: ['siteAreaM2', 'unit'], code: 'invalid-control' })]);
  });

  it('printable text next to a control character is not refused as one: a CJK value is an unknown value or a Chinese name, a non-breaking space a look-alike', async () => {
    expect((await both({ ...violating, planType: '镇区规划' }, { asOf: AS_OF_RESERVE, rules: [RESERVE] })).issues).toEqual([
      expect.objectContaining({ code: 'unknown-value' }),
    ]);
    expect((await both({ ...violating, planType: '村庄规划' }, { asOf: AS_OF_RESERVE, rules: [RESERVE] })).issues).toEqual([
      expect.objectContaining({ code: 'label' }),
    ]);
    expect((await both({ ...violating, planType: 'village-plan\u00a0' }, { asOf: AS_OF_RESERVE, rules: [RESERVE] })).issues).toEqual([
      expect.objectContaining({ code: 'lookalike' }),
    ]);
  });
});

describe('keys that are not facts', () => {
  it("a near miss of a fact name is an unknown-fact issue naming the fact, in the report's locale; it changes no result", async () => {
    const facts = { projectType: 'facility-agriculture', siteAreaM: 300, floor_area_m2: 620, id: 'P-1', 编号: 'G1', note: 'x', years: 3 };
    const report = await both(facts, { asOf: '2025-06-30', locale: 'en' });
    expect(report.issues).toEqual([
      { path: ['siteAreaM'], code: 'unknown-fact', message: 'siteAreaM is not a fact name and is ignored; did you mean siteAreaM2?' },
      { path: ['floor_area_m2'], code: 'unknown-fact', message: 'floor_area_m2 is not a fact name and is ignored; did you mean floorAreaM2?' },
      { path: ['years'], code: 'unknown-fact', message: 'years is not a fact name and is ignored; did you mean year?' },
    ]);
    const without = await both({ projectType: 'facility-agriculture' }, { asOf: '2025-06-30', locale: 'en' });
    expect(report.results).toEqual(without.results);
    const zh = await both({ siteAreaM: 300 }, { asOf: '2025-06-30' });
    expect(zh.issues.map((issue) => issue.message)).toEqual(['siteAreaM：不是事实名称，已忽略；是否指 siteAreaM2？']);
  });
  it('a key equally near two fact names, or too short to tell, is not guessed at', async () => {
    // 'safeuEnsured' is two letters from both safeUseEnsured and safetyEnsured; 'Area' is too short to be anyone's typo.
    const report = await both({ siteArea: 1, Area: 2, parcel: [], safeuEnsured: true }, { asOf: '2025-06-30', locale: 'en' });
    expect(report.issues.map((issue) => [issue.path[0], issue.message.split('did you mean ')[1]])).toEqual([
      ['siteArea', 'siteAreaM2?'],
      ['parcel', 'parcels?'],
    ]);
  });
});

describe('an area written as an object', () => {
  it('names the field that is wrong: the unit (with the units there are), the value, or a key an area does not have', async () => {
    const issues = async (siteAreaM2: unknown) =>
      (await both({ projectType: 'facility-agriculture', siteAreaM2, floorAreaM2: 600 }, { asOf: '2025-06-30', locale: 'en' })).issues.map((i) => [
        i.path,
        i.code,
      ]);
    expect(await issues({ value: 1, unit: 'acre' })).toEqual([[['siteAreaM2', 'unit'], 'invalid-unit']]);
    expect(await issues({ value: 1, unit: '亩' })).toEqual([[['siteAreaM2', 'unit'], 'invalid-unit']]);
    expect(await issues({ value: '1', unit: 'mu' })).toEqual([[['siteAreaM2', 'value'], 'invalid-nonnegative']]);
    expect(await issues({ value: 1, unit: 'mu', note: 'x' })).toEqual([[['siteAreaM2', 'note'], 'invalid-area-key']]);
    expect(await issues({ unit: 'mu' })).toEqual([[['siteAreaM2', 'value'], 'invalid-nonnegative']]);
    const report = await both({ projectType: 'facility-agriculture', siteAreaM2: { value: 1, unit: 'acre' } }, { asOf: '2025-06-30', locale: 'en' });
    expect(report.issues[0]!.message).toBe('siteAreaM2.unit must be an area unit: "m2", "mu" or "ha" (square metres, mu, hectares), got "acre"');
    expect(report.results.find((r) => r.ruleId === 'gx-rural-land-2023/11-small-facility-agriculture-filing')!.status).toBe('undetermined');
  });
});

describe('dates of the years 0001–9999', () => {
  it.each([
    ['0000-12-31', false],
    ['0001-01-01', true],
    ['0099-02-28', true],
    ['9999-12-31', true],
    ['10000-01-01', false],
    ['+002025-06-30', false],
  ])('%s as a fact date is valid: %s', async (date, valid) => {
    const report = await both({ ...permits, landPricePaidOn: date }, { ...pilot, asOf: '2025-06-30' });
    expect(report.issues.length === 0).toBe(valid);
  });

  it('a deadline computed past 9999-12-31 makes the rule undetermined, saying why — not "late by 10000-01-03"', async () => {
    const report = await both({ ...permits, landPricePaidOn: '9999-12-31', permitsIssuedOn: '9999-12-31' }, { ...pilot, asOf: '2025-06-30', locale: 'en' });
    const result = resultOf(report, PERMITS);
    expect(result.status).toBe('undetermined');
    expect(result.message).toMatch(/landPricePaidOn falls outside 0001-01-01 … 9999-12-31/);
    expect(result.missingFacts).toEqual(['landPricePaidOn']);
    expect(JSON.stringify(report)).not.toContain('10000');
  });

  it('the last day whose deadline stays in range is decided (Thu 9999-12-30 → Fri 9999-12-31)', async () => {
    const report = await both({ ...permits, landPricePaidOn: '9999-12-30', permitsIssuedOn: '9999-12-31' }, { ...pilot, asOf: '2025-06-30' });
    expect(resultOf(report, PERMITS).status).toBe('pass');
  });

  // A term counting its first day ends the day before its anniversary (no longer computed from the day before
  // its start, which left the range at 0001-01-01): the range is left at the far end instead.
  it('a term whose five years would end past 9999-12-31 is undetermined; one from 0001-01-01 stays in range', async () => {
    const rule = 'lz-proposal-048/land-management-right-registration';
    const late = { landManagementRightTransfer: true, transferStartsOn: '9995-06-01', transferEndsOn: '9999-12-31' };
    const report = await both(late, { asOf: '2025-06-30', rules: [rule] });
    expect(resultOf(report, rule).status).toBe('undetermined');
    expect(resultOf(report, rule).missingFacts).toEqual(['transferStartsOn']);
    expect(JSON.stringify(report)).not.toMatch(/"10000-/);
    const early = { landManagementRightTransfer: true, transferStartsOn: '0001-01-01', transferEndsOn: '0009-01-01' };
    const first = resultOf(await both(early, { asOf: '2025-06-30', rules: [rule] }), rule);
    expect([first.status, first.conclusions.fiveYearTermEndsOn]).toEqual(['pass', '0005-12-31']);
  });
});

describe('size bounds', () => {
  const options = (limits: Partial<typeof DEFAULT_LIMITS>) => ({ asOf: '2025-06-30', rules: [STEEP], limits });
  const parcels = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `p${i}`, slopeDegrees: 3 }));

  it('documented defaults', () => {
    expect(DEFAULT_LIMITS).toEqual({ maxArrayLength: 10_000, maxIssues: 100, maxDepth: 8, maxStringLength: 10_000 });
  });

  it.each([
    [4, true],
    [5, true],
    [6, false],
  ])('maxArrayLength 5: %i parcels read: %s', async (n, ok) => {
    const report = await both({ projectType: 'land-consolidation', parcels: parcels(n) }, options({ maxArrayLength: 5 }));
    expect(report.issues.length === 0).toBe(ok);
    if (!ok) expect(report.issues).toEqual([expect.objectContaining({ path: ['parcels'], code: 'invalid-too-many-items' })]);
  });

  it.each([
    [9, true],
    [10, true],
    [11, false],
  ])('maxStringLength 10: a date string of %i characters within the bound: %s', async (length, ok) => {
    const text = length === 10 ? '2025-06-27' : '2025-06-27'.padEnd(length, ' ').slice(0, length);
    const report = await both({ ...permits, landPricePaidOn: text }, { ...pilot, limits: { maxStringLength: 10 } });
    expect(report.issues.some((i) => i.code === 'invalid-too-long')).toBe(!ok);
  });

  it.each([
    [0, false],
    [1, true],
    [2, true],
  ])('maxDepth %i: parcels (items at depth 1) read: %s', async (maxDepth, ok) => {
    const report = await both({ projectType: 'land-consolidation', parcels: parcels(2) }, options({ maxDepth }));
    expect(report.issues.length === 0).toBe(ok);
    if (!ok) expect(report.issues).toEqual([expect.objectContaining({ path: ['parcels', 0], code: 'invalid-too-deep' })]);
  });

  it.each([
    [2, 2, 0],
    [3, 3, 0],
    [4, 3, 1],
  ])('maxIssues 3: %i invalid facts give %i issues and %i summary issue', (invalid, listed, summary) => {
    const facts = Object.fromEntries(['floors', 'townshipCount', 'separateTarget', 'publicNoticeObjections'].slice(0, invalid).map((name) => [name, 'x']));
    const report = evaluateSync(facts, { asOf: '2025-06-30', limits: { maxIssues: 3 } });
    expect(report.issues.filter((i) => i.code !== 'too-many-issues')).toHaveLength(listed);
    const summaries = report.issues.filter((i) => i.code === 'too-many-issues');
    expect(summaries).toHaveLength(summary);
    if (summary) expect(summaries[0]!.message).toMatch(/1$/);
  });

  it('the facts past maxIssues stay invalid: no rule reading them passes', () => {
    const report = evaluateSync(untypedFacts({ townshipCount: 'x', reportType: 'county-annual', year: 2022, consolidationProjectsImplemented: 'y' }), {
      asOf: '2022-12-31',
      limits: { maxIssues: 1 },
    });
    expect(report.issues).toHaveLength(2);
    for (const result of report.results) {
      if (RULE_BY_ID.get(result.ruleId)!.facts.some((f) => f === 'townshipCount' || f === 'consolidationProjectsImplemented'))
        expect(result.status).not.toBe('pass');
    }
  });
});

describe('reports share nothing mutable with each other or with the catalogue', () => {
  /** Tries to change every object reachable from a report; returns how many it could change. */
  const vandalise = (value: unknown, seen = new Set<unknown>()): number => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return 0;
    seen.add(value);
    let changed = 0;
    for (const inner of Object.values(value)) changed += vandalise(inner, seen);
    if (Array.isArray(value)) {
      if (!Object.isFrozen(value)) {
        value.splice(0, value.length, 'vandalised');
        changed += 1;
      }
    } else if (!Object.isFrozen(value)) {
      for (const key of Object.keys(value)) (value as Record<string, unknown>)[key] = 'vandalised';
      changed += 1;
    }
    return changed;
  };

  it('vandalising every mutable part of many reports changes no later report', async () => {
    const cases: [unknown, UntypedEvaluateOptions][] = [
      [{ projectType: 'facility-agriculture', siteAreaM2: 600, floorAreaM2: 100 }, { asOf: '2025-06-30' }],
      [
        { ...permits, permitsIssuedOn: '2025-07-30' },
        { asOf: '2025-06-30', jurisdiction: 'pilot-city' },
      ],
      [
        { projectType: 'land-consolidation', parcels: [{ id: 'a', slopeDegrees: 30 }] },
        { asOf: '2025-06-30', locale: 'en' },
      ],
      [
        { planType: 'village-plan', plannedVillageConstructionLandM2: 1000, reserveQuotaM2: 10, reserveQuotaModes: ['project-list', 'other'] },
        { asOf: '2027-01-01' },
      ],
      [{ reportType: 'county-annual', year: 2022, townshipCount: 12, consolidationProjectsImplemented: 1 }, { asOf: '2023-06-30' }],
    ];
    const first = await Promise.all(cases.map(([facts, options]) => evaluate(untypedFacts(facts), options)));
    const expected = structuredClone(first);
    let changed = 0;
    for (const report of first) changed += vandalise(report);
    for (const report of cases.map(([facts, options]) => evaluateSync(untypedFacts(facts), options))) changed += vandalise(report);
    expect(changed).toBeGreaterThan(0); // the fresh parts of a report are the caller's to change
    const again = await Promise.all(cases.map(([facts, options]) => evaluate(untypedFacts(facts), options)));
    expect(again).toEqual(expected);
    expect(cases.map(([facts, options]) => evaluateSync(untypedFacts(facts), options))).toEqual(expected);
  });

  it('reasons[].expected lists are frozen: splicing one throws and corrupts no later report', async () => {
    const facts = { planType: 'village-plan', plannedVillageConstructionLandM2: 1000, reserveQuotaM2: 10, reserveQuotaModes: ['project-list'] };
    const options = { asOf: '2025-06-30', rules: ['gx-rural-land-2023/02-village-reserve-quota'] };
    const report = evaluateSync(untypedFacts(facts), options);
    const list = report.results[0]!.reasons.find((r) => Array.isArray(r.expected))!.expected as string[];
    expect(() => list.splice(0, 1)).toThrow(TypeError);
    expect(await evaluate(untypedFacts(facts), options)).toEqual(report);
  });

  it('listRules() gives copies over frozen catalogue values: a changed title or parameter changes no report', () => {
    const before = evaluateSync({ projectType: 'facility-agriculture', siteAreaM2: 600, floorAreaM2: 100 }, { asOf: '2025-06-30' });
    const info = listRules().find((r) => r.id === FILING)!;
    expect(() => ((info.title as { en: string }).en = 'changed')).toThrow(TypeError);
    expect(() => ((info.parameters.maxSiteArea as { value: number }).value = 5000)).toThrow(TypeError);
    info.facts.push('changed'); // a copy: the caller's to change
    expect(listRules().find((r) => r.id === FILING)!.facts).not.toContain('changed');
    expect(evaluateSync({ projectType: 'facility-agriculture', siteAreaM2: 600, floorAreaM2: 100 }, { asOf: '2025-06-30' })).toEqual(before);
  });

  it('DOCUMENTS is frozen all the way down: inForce.to cannot move, so the two evaluators cannot disagree', async () => {
    expect(() => ((DOCUMENTS['gx-rural-land-2023'].inForce as { to: string }).to = '2099-12-31')).toThrow(TypeError);
    expect(() => ((DOCUMENTS['gx-rural-land-2023'].title as { en: string }).en = 'x')).toThrow(TypeError);
    expect(DOCUMENTS['gx-rural-land-2023'].inForce.to).toBe('2026-12-03');
    await both({ projectType: 'facility-agriculture', siteAreaM2: 600, floorAreaM2: 100 }, { asOf: '2027-01-01' });
  });

  it('a rule module cannot be changed after (or before) first use: decision, parameters, citation are frozen', () => {
    const rule = RULE_BY_ID.get(FILING)!;
    evaluateSync({ projectType: 'facility-agriculture', siteAreaM2: 600, floorAreaM2: 100 }, { asOf: '2025-06-30' });
    expect(() => ((rule as { decision: unknown }).decision = { all: [] })).toThrow(TypeError);
    expect(() => ((rule.decision as { all: unknown[] }).all as unknown[]).pop()).toThrow(TypeError);
    expect(() => ((rule.citation as { quote: string }).quote = 'x')).toThrow(TypeError);
    expect(() => (RULES as unknown[]).pop()).toThrow(TypeError);
    for (const each of RULES) expect(Object.isFrozen(each) && Object.isFrozen(each.selects) && Object.isFrozen(each.parameters)).toBe(true);
  });

  it('FACTS and FACT_NAMES are frozen', async () => {
    const { FACTS, FACT_NAMES } = await import('../src/index.js');
    expect(Object.isFrozen(FACTS) && Object.isFrozen(FACTS.siteAreaM2) && Object.isFrozen(FACT_NAMES)).toBe(true);
  });

  it("changing an exported fact's zod schema (which zod needs unfrozen) changes no report: the evaluators read with their own", async () => {
    const { FACTS } = await import('../src/index.js');
    const facts = { projectType: 'facility-agriculture', siteAreaM2: { value: 600, unit: 'acre' }, floorAreaM2: 100 };
    const before = evaluateSync(untypedFacts(facts), { asOf: '2025-06-30', rules: [FILING] });
    const schema = FACTS.siteAreaM2.schema as unknown as { safeParse: unknown };
    const original = schema.safeParse;
    schema.safeParse = () => ({ success: true, data: 1 });
    try {
      expect(await both(facts, { asOf: '2025-06-30', rules: [FILING] })).toEqual(before);
      expect(before.results[0]!.status).toBe('undetermined');
    } finally {
      schema.safeParse = original;
    }
  });
});
