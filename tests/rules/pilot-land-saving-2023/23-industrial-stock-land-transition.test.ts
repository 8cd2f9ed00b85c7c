import { describe, expect, it } from 'vitest';
import { check, statusOf } from '../../helpers.js';

const ID = 'pilot-land-saving-2023/23-industrial-stock-land-transition';
const ok = { projectType: 'industrial-stock-land-conversion', newUse: 'elderly-care' };

describe(`${ID}: statuses`, () => {
  it('passes inside the transition', async () => {
    const result = await check(ID, { ...ok, transitionStartedOn: '2023-06-30' }, { asOf: '2028-06-29' });
    expect(result.status).toBe('pass');
    expect(result.conclusions).toEqual({ transitionStartedOn: '2023-06-30', transitionStarted: true, transitionEndsOn: '2028-06-30', daysRemaining: 1, afterTransition: 'agreement-supply-at-market-price' });
  });
  it('fails after the transition without supply by agreement', async () => {
    expect(await statusOf(ID, { ...ok, transitionStartedOn: '2023-06-30' }, { asOf: '2028-07-01' })).toBe('fail');
  });
  it('is not applicable to other projects', async () => {
    expect(await statusOf(ID, { ...ok, projectType: 'industrial', transitionStartedOn: '2023-06-30' })).toBe('not-applicable');
  });
  it('is undetermined without its start', async () => {
    expect((await check(ID, ok)).missingFacts).toEqual(['transitionStartedOn']);
  });
  it('is undetermined with an invalid use', async () => {
    expect(await statusOf(ID, { ...ok, newUse: ['medical'], transitionStartedOn: '2023-06-30' })).toBe('undetermined');
  });
});

describe(ID, () => {
  it.each([
    ['2028-06-29', 'pass'],
    ['2028-06-30', 'pass'],
    ['2028-07-01', 'fail'],
  ])('started 2023-06-30, on %s: %s', async (asOf, status) => {
    expect(await statusOf(ID, { ...ok, transitionStartedOn: '2023-06-30' }, { asOf })).toBe(status);
  });
  it('after the transition, supply by agreement passes', async () => {
    expect(await statusOf(ID, { ...ok, transitionStartedOn: '2023-06-30', agreementSupplyCompletedOn: '2028-06-20' }, { asOf: '2029-01-01' })).toBe('pass');
  });
  it.each([
    ['2023-02-28', 'not-in-force'],
    ['2023-03-01', 'pass'],
    ['2023-03-02', 'pass'],
  ])('a transition started on %s: %s (the pilot starts 2023-03-01)', async (start, status) => {
    expect(await statusOf(ID, { ...ok, transitionStartedOn: start }, { asOf: '2024-01-01' })).toBe(status);
  });
  // Second reading: 「…租賃住房等產業項目」 is open; a use it does not name used to fail outright.
  it('a use the text does not name needs a recorded determination; commercial housing never qualifies', async () => {
    const facts = { ...ok, newUse: 'sports', transitionStartedOn: '2023-06-30' };
    const open = await check(ID, facts);
    expect(open.status).toBe('undetermined');
    expect(open.missingFacts).toEqual(['deemedNationallyEncouragedIndustry']);
    expect(await statusOf(ID, { ...facts, deemedNationallyEncouragedIndustry: true })).toBe('pass');
    expect(await statusOf(ID, { ...facts, newUse: 'hotel', deemedNationallyEncouragedIndustry: false })).toBe('fail');
    expect(await statusOf(ID, { ...facts, newUse: 'commercial-housing', deemedNationallyEncouragedIndustry: true })).toBe('fail');
  });
  // Second reading: a start after the evaluation date used to fail, with days counted from the evaluation date.
  it('a qualifying conversion whose transition starts after the evaluation date is eligible, with its start and end', async () => {
    const result = await check(ID, { ...ok, transitionStartedOn: '2024-01-01' }, { asOf: '2023-12-01' });
    expect(result.status).toBe('pass');
    expect(result.conclusions).toMatchObject({ transitionStartedOn: '2024-01-01', transitionStarted: false, transitionEndsOn: '2029-01-01', daysRemaining: 1827 });
  });
});
