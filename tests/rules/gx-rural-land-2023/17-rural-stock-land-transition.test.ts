import { describe, expect, it } from 'vitest';
import { check, statusOf } from '../../helpers.js';

const ID = 'gx-rural-land-2023/17-rural-stock-land-transition';
const ok = { projectType: 'rural-stock-land-reuse', reuseFor: 'leisure-tourism', conformsToSpatialPlan: true, safetyEnsured: true };

describe(`${ID}: statuses`, () => {
  it('passes inside the transition and gives its last day', async () => {
    const result = await check(ID, { ...ok, transitionStartedOn: '2024-03-15' }, { asOf: '2029-03-14' });
    expect(result.status).toBe('pass');
    expect(result.conclusions).toEqual({ transitionStartedOn: '2024-03-15', transitionStarted: true, transitionEndsOn: '2029-03-15', daysRemaining: 1 });
  });
  it('fails after the transition without a change-of-use approval', async () => {
    expect(await statusOf(ID, { ...ok, transitionStartedOn: '2024-03-15' }, { asOf: '2029-03-16' })).toBe('fail');
  });
  it('is not applicable to other projects', async () => {
    expect(await statusOf(ID, { ...ok, projectType: 'industrial', transitionStartedOn: '2024-03-15' })).toBe('not-applicable');
  });
  it('is undetermined without the start of the transition', async () => {
    const result = await check(ID, { ...ok });
    expect(result.status).toBe('undetermined');
    expect(result.missingFacts).toEqual(['transitionStartedOn']);
  });
  it('is undetermined, never passing, with an invalid use', async () => {
    expect(await statusOf(ID, { ...ok, reuseFor: 42, transitionStartedOn: '2024-03-15' })).toBe('undetermined');
  });
});

describe(ID, () => {
  // Civil Code arts. 201–202: 2024-03-15 + 5 years ends on 2029-03-15.
  it.each([
    ['2029-03-14', 'pass'],
    ['2029-03-15', 'pass'],
    ['2029-03-16', 'fail'],
  ])('started 2024-03-15, on %s: %s', async (asOf, status) => {
    expect(await statusOf(ID, { ...ok, transitionStartedOn: '2024-03-15' }, { asOf })).toBe(status);
  });
  it('a transition started on 29 February ends on 28 February', async () => {
    expect((await check(ID, { ...ok, transitionStartedOn: '2024-02-29' }, { asOf: '2029-02-28' })).conclusions.transitionEndsOn).toBe('2029-02-28');
    expect(await statusOf(ID, { ...ok, transitionStartedOn: '2024-02-29' }, { asOf: '2029-03-01' })).toBe('fail');
  });
  it('after the transition, an approved change of use passes', async () => {
    expect(await statusOf(ID, { ...ok, transitionStartedOn: '2024-03-15', useChangeApprovedOn: '2029-03-01' }, { asOf: '2030-01-01' })).toBe('pass');
  });
  // The decisive date is the start of the transition (conventions §2a).
  it.each([
    ['2023-12-03', 'not-in-force'],
    ['2023-12-04', 'pass'],
    ['2026-12-03', 'pass'],
    ['2026-12-04', 'not-in-force'],
  ])('a transition started on %s is %s', async (start, status) => {
    expect(await statusOf(ID, { ...ok, transitionStartedOn: start }, { asOf: '2027-01-01' })).toBe(status);
  });
  it('one begun while the measures were in force runs its five years after they lapse', async () => {
    expect(await statusOf(ID, { ...ok, transitionStartedOn: '2026-12-01' }, { asOf: '2031-12-01' })).toBe('pass');
  });
  // Second reading: 「…電子商務等農村一二三產融合發展項目」 is open; a use it does not name used to fail outright.
  it('a use the text does not name needs a recorded determination; commercial housing never qualifies', async () => {
    const facts = { ...ok, reuseFor: 'farm-study-tour', transitionStartedOn: '2024-03-15' };
    const open = await check(ID, facts);
    expect(open.status).toBe('undetermined');
    expect(open.missingFacts).toEqual(['deemedRuralIntegrationProject']);
    const deemed = await check(ID, { ...facts, deemedRuralIntegrationProject: true });
    expect(deemed.status).toBe('pass');
    expect(deemed.reasons).toContainEqual({ fact: 'deemedRuralIntegrationProject', operator: 'equal', expected: true, actual: true, holds: true, determination: true });
    expect(open.message).toMatch(/人工认定意见/);
    expect(await statusOf(ID, { ...facts, deemedRuralIntegrationProject: false })).toBe('fail');
    expect(await statusOf(ID, { ...facts, reuseFor: 'commercial-housing', deemedRuralIntegrationProject: true })).toBe('fail');
  });
  // Second reading: a qualifying project whose transition starts after the evaluation date used to fail.
  it('a qualifying project whose transition starts after the evaluation date is eligible, with its start and end', async () => {
    const result = await check(ID, { ...ok, transitionStartedOn: '2025-07-01' }, { asOf: '2025-06-30' });
    expect(result.status).toBe('pass');
    expect(result.conclusions).toMatchObject({ transitionStartedOn: '2025-07-01', transitionStarted: false, transitionEndsOn: '2030-07-01' });
    expect((await check(ID, { ...ok, transitionStartedOn: '2025-06-30' }, { asOf: '2025-06-30' })).conclusions.transitionStarted).toBe(true);
  });
});
