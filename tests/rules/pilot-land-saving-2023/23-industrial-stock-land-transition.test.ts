import { describe, expect, it } from 'vitest';
import { check, statusOf } from '../../helpers.js';

const ID = 'pilot-land-saving-2023/23-industrial-stock-land-transition';
const ok = { projectType: 'industrial-stock-land-conversion', newUse: 'elderly-care' };

describe(`${ID}: statuses`, () => {
  it('passes inside the transition', async () => {
    const result = await check(ID, { ...ok, transitionStartedOn: '2023-06-30' }, { asOf: '2028-06-29' });
    expect(result.status).toBe('pass');
    expect(result.conclusions).toEqual({ transitionEndsOn: '2028-06-30', daysRemaining: 1, afterTransition: 'agreement-supply-at-market-price' });
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
  it('a use outside the list fails', async () => {
    expect(await statusOf(ID, { ...ok, newUse: 'hotel', transitionStartedOn: '2023-06-30' })).toBe('fail');
  });
});
