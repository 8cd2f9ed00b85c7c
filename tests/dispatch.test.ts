import { describe, expect, it } from 'vitest';
import { evaluate, evaluateSync, listRules } from '../src/index.js';
import { RULE_BY_ID } from '../src/rules/index.js';

/**
 * The compiled path answers rules a case cannot open from a per-date template; these
 * cases sit on the edges of that shortcut, and both paths must still agree.
 */
const both = async (facts: Record<string, unknown>, asOf: string) => {
  const engine = await evaluate(facts, { asOf });
  expect(evaluateSync(facts, { asOf })).toEqual(engine);
  return engine;
};
const statusOf = (report: Awaited<ReturnType<typeof evaluate>>, ruleId: string) => report.results.find((r) => r.ruleId === ruleId)?.status;

describe('rules answered before the case is read', () => {
  it('judges a report by its year even when the report is of another kind (a year outside the plan: not in force)', async () => {
    const report = await both({ reportType: 'county-annual', year: 2030 }, '2025-06-30');
    expect(statusOf(report, 'lz-14th-fyp/indicator-mining-output')).toBe('not-in-force');
    const within = await both({ reportType: 'county-annual', year: 2024 }, '2025-06-30');
    expect(statusOf(within, 'lz-14th-fyp/indicator-mining-output')).toBe('not-applicable');
  });

  it('gives a target not yet due its conclusions, though the selectors exclude the case', async () => {
    const report = await both({ reportType: 'city-indicators', year: 2023, miningOutput100mYuan: 16 }, '2024-03-01');
    const result = report.results.find((r) => r.ruleId === 'lz-14th-fyp/indicator-mining-output')!;
    expect(result.status).toBe('not-applicable');
    expect(result.conclusions).toMatchObject({ target: 20, gap: 4, dueBy: '2025-12-31' });
  });

  it('judges a transition by the day it started, whatever the evaluation date', async () => {
    const facts = { projectType: 'rural-stock-land-reuse', transitionStartedOn: '2020-01-01' };
    const report = await both(facts, '2025-06-30');
    expect(statusOf(report, 'gx-rural-land-2023/17-rural-stock-land-transition')).toBe('not-in-force');
    // Without the start date the rule is judged on the evaluation date, like any other.
    const { transitionStartedOn: _start, ...undated } = facts;
    expect(statusOf(await both(undated, '2025-06-30'), 'gx-rural-land-2023/17-rural-stock-land-transition')).not.toBe('not-in-force');
  });

  it('reports every rule judged on the evaluation date as not in force the day before its document, opened by the case or not', async () => {
    const report = await both({ projectType: 'facility-agriculture', siteAreaM2: 300, floorAreaM2: 300 }, '2023-12-03');
    const byDate = listRules({ documentId: 'gx-rural-land-2023' }).filter((rule) => RULE_BY_ID.get(rule.id)!.decisiveDate === undefined);
    expect(byDate.length).toBeGreaterThan(15);
    for (const rule of byDate) expect(statusOf(report, rule.id)).toBe('not-in-force');
    // A granted transition is judged by the day it started, so it is not among them.
    expect(statusOf(report, 'gx-rural-land-2023/17-rural-stock-land-transition')).toBe('not-applicable');
  });

  it('shares those results frozen: a caller cannot change the next report through this one', () => {
    const first = evaluateSync({ projectType: 'facility-agriculture' }, { asOf: '2023-12-03' });
    const shared = first.results.find((r) => r.status === 'not-in-force')!;
    expect(Object.isFrozen(shared) && Object.isFrozen(shared.conclusions)).toBe(true);
    expect(() => {
      (shared as { message: string }).message = 'changed';
    }).toThrow(TypeError);
  });
});
