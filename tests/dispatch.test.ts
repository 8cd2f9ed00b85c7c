import { describe, expect, it } from 'vitest';
import { evaluate, evaluateSync, listRules } from '../src/index.js';
import { RULE_BY_ID } from '../src/rules/index.js';

/**
 * The compiled path answers rules a case cannot open from a per-option template; these
 * cases sit on the edges of that shortcut, and both paths must still agree.
 */
const both = async (facts: Record<string, unknown>, asOf: string) => {
  const engine = await evaluate(facts, { asOf });
  expect(evaluateSync(facts, { asOf })).toEqual(engine);
  return engine;
};
const statusOf = (report: Awaited<ReturnType<typeof evaluate>>, ruleId: string) => report.results.find((r) => r.ruleId === ruleId)?.status;

describe('rules answered before the case is read', () => {
  it('judges a report by its year: a year outside the plan is not in force for a report it concerns, not applicable for one it does not', async () => {
    const outside = await both({ reportType: 'city-indicators', year: 2030, miningOutput100mYuan: 16 }, '2031-06-30');
    expect(statusOf(outside, 'lz-14th-fyp/indicator-mining-output')).toBe('not-in-force');
    const otherKind = await both({ reportType: 'county-annual', year: 2030 }, '2025-06-30');
    expect(statusOf(otherKind, 'lz-14th-fyp/indicator-mining-output')).toBe('not-applicable');
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

  it('reports a rule judged on the evaluation date as not in force the day before its document exactly when the case concerns it', async () => {
    const facts = { projectType: 'facility-agriculture', siteAreaM2: 300, floorAreaM2: 300 };
    const before = await both(facts, '2023-12-03');
    const firstDay = await both(facts, '2023-12-04');
    const byDate = listRules({ documentId: 'gx-rural-land-2023' }).filter((rule) => RULE_BY_ID.get(rule.id)!.decisiveDate === undefined);
    expect(byDate.length).toBeGreaterThan(15);
    const concerned = byDate.filter((rule) => statusOf(firstDay, rule.id) !== 'not-applicable');
    expect(concerned.map((rule) => rule.id)).toContain('gx-rural-land-2023/11-small-facility-agriculture-filing');
    expect(concerned.length).toBeLessThan(byDate.length);
    for (const rule of byDate) expect(statusOf(before, rule.id)).toBe(concerned.includes(rule) ? 'not-in-force' : 'not-applicable');
    // A granted transition is judged by the day it started, so it is not among them.
    expect(statusOf(before, 'gx-rural-land-2023/17-rural-stock-land-transition')).toBe('not-applicable');
  });

  it('shares the results no case can change frozen: a caller cannot change the next report through this one', () => {
    const first = evaluateSync({ projectType: 'facility-agriculture' }, { asOf: '2023-12-03' });
    const shared = first.results.find((r) => r.status === 'not-applicable')!;
    expect(Object.isFrozen(shared) && Object.isFrozen(shared.conclusions)).toBe(true);
    expect(() => {
      (shared as { message: string }).message = 'changed';
    }).toThrow(TypeError);
    const second = evaluateSync({ projectType: 'facility-agriculture' }, { asOf: '2023-12-03' });
    expect(second.results.find((r) => r.ruleId === shared.ruleId)).toBe(shared);
  });
});
