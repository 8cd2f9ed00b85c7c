import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { checkPolicies, withPolicyChecks, type PolicyCheckOptions } from '../src/form.js';
import { OptionError } from '../src/index.js';
import smallFiling from '../src/rules/gx-rural-land-2023/11-small-facility-agriculture-filing.js';

const schema = z.object({ projectType: z.string() }).loose();
const good = { projectType: 'facility-agriculture', siteAreaM2: 400, floorAreaM2: 100 };
const leaf = (operator: string) => ({ fact: 'siteAreaM2', operator, value: 500 });

/** A caller's rule: the filing rule with its decision replaced. */
const withDecision = (decision: unknown) => ({ ...smallFiling, decision });

/** Construction throws an OptionError naming the option; nothing is left for safeParse to throw. */
const refusedAtConstruction = (options: unknown, option: string, detail?: RegExp) => {
  let error: unknown;
  try {
    withPolicyChecks(schema, options as PolicyCheckOptions);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(OptionError);
  expect((error as OptionError).option).toBe(option);
  if (detail) expect((error as OptionError).message).toMatch(detail);
};

describe('withPolicyChecks checks rule definitions when it is built', () => {
  it('a good rule definition works', () => {
    const checked = withPolicyChecks(schema, { rules: [smallFiling], asOf: '2025-06-30' });
    expect(checked.safeParse(good).success).toBe(true);
    expect(checked.safeParse({ ...good, siteAreaM2: 501 }).success).toBe(false);
  });

  it.each([
    ['path', { ...leaf('atMost'), path: '$.siteAreaM2' }],
    ['params', { ...leaf('atMost'), params: { x: 1 } }],
    ['priority', { ...leaf('atMost'), priority: 5 }],
  ])('a leaf with %s is refused at construction', (_what, bad) => {
    refusedAtConstruction({ rules: [withDecision({ all: [bad] })], asOf: '2025-06-30' }, 'rules', /decision/);
  });

  it("operator: 'constructor' does not resolve to Object through the prototype: refused at construction", () => {
    refusedAtConstruction({ rules: [withDecision({ all: [leaf('constructor')] })], asOf: '2025-06-30' }, 'rules', /rules\[0\]/);
  });

  it('an unknown operator is refused at construction, never a TypeError from safeParse', () => {
    refusedAtConstruction({ rules: [withDecision({ all: [leaf('approximately')] })], asOf: '2025-06-30' }, 'rules');
  });

  it('a rule with a getter, a revoked Proxy, or a cycle is refused at construction', () => {
    const getter = Object.defineProperty({ ...smallFiling }, 'decision', { enumerable: true, get: () => smallFiling.decision });
    refusedAtConstruction({ rules: [getter], asOf: '2025-06-30' }, 'rules', /getter/);
    const { proxy, revoke } = Proxy.revocable({ ...smallFiling }, {});
    revoke();
    refusedAtConstruction({ rules: [proxy], asOf: '2025-06-30' }, 'rules', /could not be read/);
    const cyclic: { all: unknown[] } = { all: [leaf('atMost')] };
    cyclic.all.push(cyclic);
    refusedAtConstruction({ rules: [withDecision(cyclic)], asOf: '2025-06-30' }, 'rules', /cycle/);
  });

  it('a rule definition changed after construction changes nothing: the form keeps its checked copy', () => {
    const rule = withDecision({ all: [leaf('atMost')] });
    const checked = withPolicyChecks(schema, { rules: [rule as never], asOf: '2025-06-30' });
    (rule.decision as { all: unknown[] }).all[0] = leaf('constructor');
    expect(checked.safeParse({ ...good, siteAreaM2: 501 }).success).toBe(false);
    expect(checked.safeParse(good).success).toBe(true);
  });

  it('no rules, or the same rule twice, is refused', () => {
    refusedAtConstruction({ rules: [], asOf: '2025-06-30' }, 'rules', /empty/);
    refusedAtConstruction({ rules: [smallFiling, smallFiling], asOf: '2025-06-30' }, 'rules', /twice/);
    refusedAtConstruction({ asOf: '2025-06-30' }, 'rules');
  });
});

describe('withPolicyChecks checks its options when it is built', () => {
  it.each([
    [{ asof: '2025-06-30' }, 'asof'],
    [{ asOf: '2025-13-01' }, 'asOf'],
    [{ asOf: new Date(8.64e15) }, 'asOf'],
    [{ jurisdiction: '999999' }, 'jurisdiction'],
    [{ locale: 'fr' }, 'locale'],
    [{ report: ['pass'] }, 'report'],
    [{ fieldPaths: { siteAreaM2: 'siteAreaM2' } }, 'fieldPaths'],
    [{ parameters: { 'no/such': {} } }, 'parameters'],
  ])('%j is refused with an OptionError', (extra, option) => {
    refusedAtConstruction({ rules: [smallFiling], ...extra }, option);
  });

  it('a getter among the options is refused without being called', () => {
    let calls = 0;
    const options = Object.defineProperty({ rules: [smallFiling] }, 'asOf', {
      enumerable: true,
      get: () => {
        calls += 1;
        return '2025-06-30';
      },
    });
    refusedAtConstruction(options, 'asOf', /getter/);
    expect(calls).toBe(0);
  });

  it('a revoked Proxy as the options is refused', () => {
    const { proxy, revoke } = Proxy.revocable({ rules: [smallFiling] }, {});
    revoke();
    refusedAtConstruction(proxy, 'options');
  });

  it('checkPolicies refuses the same way, and never throws on hostile facts', () => {
    expect(() => checkPolicies(good, { rules: [withDecision({ all: [leaf('constructor')] })] as never, asOf: '2025-06-30' })).toThrow(OptionError);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(checkPolicies(proxy, { rules: [smallFiling], asOf: '2025-06-30' }).issues[0]!.code).toBe('unreadable');
  });
});
