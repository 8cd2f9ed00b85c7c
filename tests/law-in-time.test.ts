import * as z from 'zod';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { todayInChina } from '../src/core/dates.js';
import { withPolicyChecks } from '../src/form.js';
import { evaluate, evaluateSync, OptionError, untypedFacts } from '../src/index.js';
import smallFacilityFiling from '../src/rules/gx-rural-land-2023/11-small-facility-agriculture-filing.js';
import { check } from './helpers.js';

/**
 * Conventions §2a: an act is judged by the law in force on the day it was done. Guangxi's
 * measures are in force 2023-12-04 … 2026-12-03; each edge is tried with the act's day given
 * as `actOn` and the evaluation date far from it, both evaluators agreeing (helpers.check).
 */
const FILING = 'gx-rural-land-2023/11-small-facility-agriculture-filing';
const greenhouse = { projectType: 'facility-agriculture', siteAreaM2: 300, floorAreaM2: 100 };

describe('actOn: the day of the act decides which law governs it', () => {
  it.each([
    ['2023-12-03', 'not-in-force'],
    ['2023-12-04', 'pass'],
    ['2023-12-05', 'pass'],
    ['2026-12-02', 'pass'],
    ['2026-12-03', 'pass'],
    ['2026-12-04', 'not-in-force'],
  ] as const)('a filing made on %s and checked in 2031 is %s', async (actOn, status) => {
    const result = await check(FILING, greenhouse, { asOf: '2031-01-01', actOn });
    expect(result.status).toBe(status);
    if (status === 'not-in-force') {
      expect(result.conclusions).toEqual({ decisiveDate: actOn, decidedBy: 'actOn', inForce: { from: '2023-12-04', to: '2026-12-03' } });
      expect(result.message).toContain(`行为日期${actOn}（actOn）不在施行期内`);
    }
  });

  it('without actOn the evaluation date decides, and the message says how to name the act’s day', async () => {
    const result = await check(FILING, greenhouse, { asOf: '2026-12-04', locale: 'en' });
    expect(result.status).toBe('not-in-force');
    expect(result.conclusions).toMatchObject({ decisiveDate: '2026-12-04', decidedBy: 'asOf' });
    expect(result.message).toMatch(/in force 2023-12-04 to 2026-12-03; the evaluation date 2026-12-04 is outside.*give the act's date as actOn/);
    expect((await check(FILING, greenhouse, { asOf: '2026-12-03' })).status).toBe('pass');
  });

  it('a rule that does not concern the case is not applicable whether or not its document is in force', async () => {
    const shop = { projectType: 'commercial-housing' };
    for (const asOf of ['2023-12-03', '2025-06-30', '2026-12-04']) expect((await check(FILING, shop, { asOf })).status).toBe('not-applicable');
  });

  it('a lapsed rule still fails nothing and passes nothing: a too-large site after the lapse is not-in-force, not a fail', async () => {
    expect((await check(FILING, { ...greenhouse, siteAreaM2: 1500 }, { asOf: '2026-12-04' })).status).toBe('not-in-force');
    expect((await check(FILING, { ...greenhouse, siteAreaM2: 1500 }, { asOf: '2026-12-04', actOn: '2026-12-03' })).status).toBe('fail');
  });

  it('a rule that dates its act from the facts reads the facts, not actOn', async () => {
    const transition = 'gx-rural-land-2023/17-rural-stock-land-transition';
    const facts = { projectType: 'rural-stock-land-reuse', transitionStartedOn: '2024-01-10' };
    const judged = await check(transition, facts, { asOf: '2030-06-30', actOn: '2020-01-01' });
    expect(judged.status).not.toBe('not-in-force');
    const before = await check(transition, { ...facts, transitionStartedOn: '2023-12-03' }, { asOf: '2030-06-30', actOn: '2025-01-01' });
    expect(before.status).toBe('not-in-force');
    expect(before.conclusions).toMatchObject({ decisiveDate: '2023-12-03', decidedBy: 'transitionStartedOn' });
    expect(before.message).toContain('（transitionStartedOn）');
  });

  it('an actOn that is no calendar date is an OptionError naming actOn', async () => {
    for (const actOn of ['2026-02-30', '2026/12/04', 20261204, '', '10000-01-01']) {
      expect(() => evaluateSync(untypedFacts(greenhouse), untypedOptions({ actOn }))).toThrow(OptionError);
      await expect(evaluate(untypedFacts(greenhouse), untypedOptions({ actOn }))).rejects.toMatchObject({ option: 'actOn' });
    }
  });

  it('the same options object read twice with another actOn gives the other answer (no stale context)', () => {
    const options = { asOf: '2031-01-01', actOn: '2025-06-30', rules: [FILING] as const };
    expect(evaluateSync(greenhouse as never, options).results[0]!.status).toBe('pass');
    options.actOn = '2026-12-04';
    expect(evaluateSync(greenhouse as never, options).results[0]!.status).toBe('not-in-force');
  });
});

const untypedOptions = (options: Record<string, unknown>) => options as never;

describe('"today" is a date in China (UTC+8)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  it.each([
    ['2026-12-03T15:59:59.999Z', '2026-12-03'],
    ['2026-12-03T16:00:00.000Z', '2026-12-04'],
    ['2026-12-03T23:30:00.000Z', '2026-12-04'],
    ['2026-12-31T16:00:00.000Z', '2027-01-01'],
  ])('at %s it is %s in Beijing', (instant, day) => {
    expect(todayInChina(new Date(instant))).toBe(day);
  });
  it('a service running in UTC at 23:30 judges by the Beijing date: the measures have lapsed there', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-03T23:30:00Z'));
    const report = evaluateSync(greenhouse as never, { rules: [FILING] });
    expect(report.asOf).toBe('2026-12-04');
    expect(report.results[0]!.status).toBe('not-in-force');
    vi.setSystemTime(new Date('2026-12-03T15:30:00Z'));
    expect(evaluateSync(greenhouse as never, { rules: [FILING] }).results[0]!.status).toBe('pass');
  });
});

describe('landuse-rules/form after a lapse', () => {
  const fields = z.object({ projectType: z.literal('facility-agriculture'), siteAreaM2: z.number(), floorAreaM2: z.number() });
  it('a rule the form concerns but not in force on the act’s day is an issue at the form’s level, never a pass', () => {
    const schema = withPolicyChecks(fields, { rules: [smallFacilityFiling], actOn: '2026-12-04', asOf: '2031-01-01' });
    const result = schema.safeParse({ projectType: 'facility-agriculture', siteAreaM2: 300, floorAreaM2: 100 });
    expect(result.success).toBe(false);
    expect(result.error!.issues).toHaveLength(1);
    expect(result.error!.issues[0]).toMatchObject({ path: [], params: { ruleId: FILING, status: 'not-in-force' } });
    expect(result.error!.issues[0]!.message).toContain('2023-12-04至2026-12-03');
  });
  it('formPath puts it beside the field that gives the act’s day; report without not-in-force leaves it out', () => {
    const beside = withPolicyChecks(fields.loose(), { rules: [smallFacilityFiling], actOn: '2026-12-04', formPath: ['filedOn'] });
    expect(beside.safeParse({ projectType: 'facility-agriculture', siteAreaM2: 300, floorAreaM2: 100 }).error!.issues[0]!.path).toEqual(['filedOn']);
    const quiet = withPolicyChecks(fields, { rules: [smallFacilityFiling], actOn: '2026-12-04', report: ['fail'] });
    expect(quiet.safeParse({ projectType: 'facility-agriculture', siteAreaM2: 300, floorAreaM2: 100 }).success).toBe(true);
  });
  it('a formPath that is no path is refused when the form is built', () => {
    expect(() => withPolicyChecks(fields, { rules: [smallFacilityFiling], formPath: 'filedOn' as never })).toThrow(/formPath/);
    expect(() => withPolicyChecks(fields, { rules: [smallFacilityFiling], formPath: [-1] })).toThrow(/formPath/);
  });
});

describe('two dates that cannot both be true are invalid facts (conventions §5)', () => {
  it('an inverted term names both dates in one issue, in the chosen locale', () => {
    const report = evaluateSync(
      { landManagementRightTransfer: true, transferStartsOn: '2026-03-01', transferEndsOn: '2021-02-28' },
      { asOf: '2026-06-30', locale: 'en', rules: ['lz-proposal-048/land-management-right-registration'] },
    );
    expect(report.issues).toEqual([
      {
        path: ['transferEndsOn'],
        code: 'invalid-date-order',
        message: 'transferEndsOn 2021-02-28 is before transferStartsOn 2026-03-01: the two dates cannot both be true',
      },
    ]);
    expect(report.results[0]!.status).toBe('undetermined');
  });
});

describe('an act dated by its own fact is judged by the law of that day (conventions §2a)', () => {
  const PERMIT = 'gx-rural-land-2023/08-permit-after-farmland-conversion';
  const permit = (issued: string, converted: string) => ({
    needsRuralPlanningPermit: true,
    occupiesAgriculturalLand: true,
    farmlandConversionApprovedOn: converted,
    ruralPlanningPermitIssuedOn: issued,
  });
  it.each([
    ['2023-12-03', 'not-in-force'],
    ['2023-12-04', 'fail'],
    ['2024-05-01', 'fail'],
    ['2026-12-03', 'fail'],
    ['2026-12-04', 'not-in-force'],
  ] as const)('a permit issued on %s before its conversion, checked in 2030: %s', async (issued, status) => {
    const result = await check(PERMIT, permit(issued, '2027-01-01'), { asOf: '2030-01-01' });
    expect(result.status).toBe(status);
    if (status === 'not-in-force') expect(result.conclusions).toMatchObject({ decisiveDate: issued, decidedBy: 'ruralPlanningPermitIssuedOn' });
  });
  it('a lawful 2025 permit checked in 2030 passes under the measures; actOn does not move a dated act', async () => {
    expect((await check(PERMIT, permit('2025-03-01', '2025-02-01'), { asOf: '2030-01-01', actOn: '2029-01-01' })).status).toBe('pass');
  });
  it('while no permit is issued the act is pending: judged on actOn, else the evaluation date', async () => {
    const pending = { needsRuralPlanningPermit: true, occupiesAgriculturalLand: true };
    expect((await check(PERMIT, pending, { asOf: '2030-01-01' })).status).toBe('not-in-force');
    expect((await check(PERMIT, pending, { asOf: '2030-01-01', actOn: '2025-01-01' })).status).toBe('pass');
  });
});

describe('a duty with a deadline: on time, late, never done (conventions §2a)', () => {
  const ACCEPTANCE = 'lz-consolidation/overall-acceptance-within-3-years';
  const project = (approved: string, accepted?: string) => ({
    projectType: 'land-consolidation',
    projectApprovedOn: approved,
    ...(accepted ? { overallAcceptedOn: accepted } : {}),
  });
  // The plan is in force from 2020-12-31; a cycle is 3 years from its approval.
  it.each([
    [
      'approved 2016-06-15, accepted late on 2020-06-01: the breach (2019-06-16) came before the plan',
      project('2016-06-15', '2020-06-01'),
      'not-in-force',
      '2019-06-16',
    ],
    ['approved 2017-12-29, never accepted: the breach (2020-12-30) is the day before the plan', project('2017-12-29'), 'not-in-force', '2020-12-30'],
    ['approved 2017-12-30, never accepted: the breach (2020-12-31) is the plan’s first day', project('2017-12-30'), 'fail', undefined],
    ['approved 2018-03-01, never accepted: due 2021-03-01 inside the plan', project('2018-03-01'), 'fail', undefined],
    [
      'approved 2018-03-01, accepted on time on 2020-06-01, before the plan: governed by the plan it fell due under',
      project('2018-03-01', '2020-06-01'),
      'pass',
      undefined,
    ],
    ['approved 2024-01-01, not yet accepted and not yet due', project('2024-01-01'), 'pass', undefined],
  ] as const)('%s → %s', async (_what, facts, status, decisiveDate) => {
    const result = await check(ACCEPTANCE, facts, { asOf: '2025-06-30' });
    expect(result.status).toBe(status);
    if (decisiveDate) {
      expect(result.conclusions).toMatchObject({ decisiveDate, decidedBy: 'after:$acceptanceDeadline' });
      expect(result.message).toContain(`以期限届满次日${decisiveDate}为准`);
    }
  });

  const PERMITS = 'pilot-land-saving-2023/28-permits-within-one-working-day';
  const paid = (on: string, permits?: string) => ({
    projectType: 'industrial',
    landWithDesignScheme: true,
    landPricePaidOn: on,
    ...(permits ? { permitsIssuedOn: permits } : {}),
  });
  // The pilot plan is in force from 2023-03-01; the permits are due one working day after payment.
  it.each([
    ['paid Mon 2023-02-20, permits late on 2023-02-23', paid('2023-02-20', '2023-02-23'), 'not-in-force'],
    ['paid Mon 2023-02-20, permits on time on 2023-02-21', paid('2023-02-20', '2023-02-21'), 'not-in-force'],
    ['paid Fri 2023-02-24, never issued: the breach is Tue 2023-02-28', paid('2023-02-24'), 'not-in-force'],
    ['paid Mon 2023-02-27, never issued: the breach is 2023-03-01, the first day', paid('2023-02-27'), 'fail'],
    ['paid Tue 2023-02-28, permits on time on Wed 2023-03-01', paid('2023-02-28', '2023-03-01'), 'pass'],
  ] as const)('%s → %s', async (_what, facts, status) => {
    expect((await check(PERMITS, facts, { asOf: '2025-06-30' })).status).toBe(status);
  });
});

describe('a decision under the law of another day says which day and why (conventions §2a)', () => {
  it('a pass judged on actOn names the day, in the result and in its message', async () => {
    const result = await check(FILING, greenhouse, { asOf: '2031-01-01', actOn: '2025-06-30', locale: 'en' });
    expect(result).toMatchObject({ status: 'pass', decidedOn: '2025-06-30', decidedBy: 'actOn' });
    expect(result.message).toMatch(/\(Judged under the law in force on 2025-06-30: actOn\.\)$/);
  });
  it('a fail judged on the day after a missed deadline names that day', async () => {
    const result = await check(
      'lz-consolidation/overall-acceptance-within-3-years',
      { projectType: 'land-consolidation', projectApprovedOn: '2018-03-01' },
      { asOf: '2025-06-30' },
    );
    expect(result).toMatchObject({ status: 'fail', decidedOn: '2021-03-02', decidedBy: 'after:$acceptanceDeadline' });
    expect(result.message).toContain('（依2021-03-02施行的规定判定：after:$acceptanceDeadline）');
  });
  it('a result judged on the evaluation date carries neither', async () => {
    const result = await check(FILING, greenhouse, { asOf: '2025-06-30' });
    expect(result.decidedOn).toBeUndefined();
    expect(result.decidedBy).toBeUndefined();
  });
});
