import { describe, expect, it } from 'vitest';
import { checkRuleJson } from '../src/index.js';
import { validateRule } from '../src/rules/validate-rule.js';
import { ALL_OPERATORS } from '../src/core/operators.js';
import smallFiling from '../src/rules/gx-rural-land-2023/11-small-facility-agriculture-filing.js';

const leaf = { fact: 'siteAreaM2', operator: 'atMost', value: 500 };
const issuesOf = (json: unknown): string[] => {
  const result = checkRuleJson(json);
  return result.ok ? [] : result.issues;
};

describe('checkRuleJson', () => {
  it('accepts a plain condition tree', () => {
    expect(checkRuleJson({ all: [leaf, { not: { any: [leaf] } }] })).toEqual({ ok: true });
  });

  it('accepts a clause name on any condition, and refuses one that is not one line of text', () => {
    expect(
      checkRuleJson({
        name: '用地規模不超過500平方米',
        all: [
          { ...leaf, name: '用地規模' },
          { name: '否', not: leaf },
        ],
      }),
    ).toEqual({ ok: true });
    expect(issuesOf({ all: [{ ...leaf, name: 5 }] })).toEqual([expect.stringMatching(/^all\.0\.name: /)]);
    expect(issuesOf({ name: '', all: [leaf] })).toEqual([expect.stringMatching(/^name: /)]);
    expect(issuesOf({ name: 'one\ntwo', any: [leaf] })).toEqual([expect.stringMatching(/^name: /)]);
    expect(issuesOf({ ...leaf, name: 'x'.repeat(2_001) })).toEqual([expect.stringMatching(/^name: /)]);
  });

  it('a tree 10,000 deep is refused with its path, not a RangeError', () => {
    let tree: unknown = leaf;
    for (let i = 0; i < 10_000; i++) tree = { not: tree };
    const issues = issuesOf(tree);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/nested deeper than 64 levels/);
  });

  it.each([
    [63, true],
    [64, true],
    [65, false],
  ])('a leaf under %i nots (depth of the leaf value %i+1) is accepted: %s', (depth, ok) => {
    // The leaf object sits at depth `depth`; its fields are primitives.
    let tree: unknown = leaf;
    for (let i = 0; i < depth; i++) tree = { not: tree };
    expect(checkRuleJson(tree).ok).toBe(ok);
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])('operator %j is not an operator (no prototype lookup)', (operator) => {
    expect(issuesOf({ all: [{ ...leaf, operator }] })).toEqual([expect.stringMatching(/^all\.0\.operator: Invalid option/)]);
    expect(Object.hasOwn(ALL_OPERATORS, operator)).toBe(false);
    expect((ALL_OPERATORS as Record<string, unknown>)[operator]).toBeUndefined();
  });

  it.each([[{ ...leaf, path: '$.x' }], [{ ...leaf, params: { x: 1 } }], [{ ...leaf, priority: 2 }], [{ all: [leaf], priority: 1 }], [{ condition: 'shared' }]])(
    '%j is refused',
    (json) => {
      expect(issuesOf(json).length).toBeGreaterThan(0);
    },
  );

  it('inherited properties are not read: a leaf whose operator is on its prototype is refused', () => {
    const inherited = Object.assign(Object.create({ operator: 'atMost' }), { fact: 'siteAreaM2', value: 500 });
    expect(issuesOf(inherited)).toEqual([expect.stringMatching(/^operator: Invalid option: expected one of "equal"/)]);
    expect(checkRuleJson({ ...leaf })).toEqual({ ok: true });
  });

  it('getters, Proxies that throw, revoked Proxies, cycles and holes are refused with their path, never a throw', () => {
    const getter = Object.defineProperty({ fact: 'siteAreaM2', value: 500 }, 'operator', { enumerable: true, get: () => 'atMost' });
    expect(issuesOf({ all: [getter] })).toEqual(['all.0.operator: is a getter, not a value']);
    expect(
      issuesOf(
        new Proxy(leaf, {
          ownKeys: () => {
            throw new Error('trap');
          },
        }),
      )[0],
    ).toMatch(/could not be read/);
    const { proxy, revoke } = Proxy.revocable(leaf, {});
    revoke();
    expect(issuesOf({ any: [proxy] })[0]).toMatch(/^any\.0: could not be read/);
    const cyclic: { all: unknown[] } = { all: [] };
    cyclic.all.push(cyclic);
    expect(issuesOf(cyclic)).toEqual(['all.0: refers back to itself (a cycle)']);
    // eslint-disable-next-line no-sparse-arrays
    expect(issuesOf({ all: [leaf, , leaf] })).toEqual(['all.1: is a hole in a sparse array']);
  });

  it.each([null, undefined, 42, 'x', [], 1n])('%s is refused without a throw', (json) => {
    expect(issuesOf(json).length).toBeGreaterThan(0);
  });
});

describe('validateRule: one schema for the catalogue and for callers', () => {
  it('a catalogue rule is accepted as it is (already checked and frozen)', () => {
    expect(validateRule(smallFiling)).toBe(smallFiling);
    expect(Object.isFrozen(smallFiling.decision)).toBe(true);
  });

  it('a checked rule has ordinary prototypes (its copy is only prototype-free while it is checked)', () => {
    expect(Object.getPrototypeOf(smallFiling.title)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(smallFiling.decision)).toBe(Object.prototype);
  });

  it('a copy of a catalogue rule is accepted, and comes back as a frozen copy', () => {
    const copy = { ...smallFiling, title: { ...smallFiling.title } };
    const checked = validateRule(copy);
    expect(checked).not.toBe(copy);
    expect(Object.isFrozen(checked.title)).toBe(true);
    expect(Object.isFrozen(copy.title)).toBe(false);
  });

  it.each([
    ['an unknown operator', { decision: { all: [{ fact: 'siteAreaM2', operator: 'constructor', value: 1 }] } }, /decision/],
    ['a path', { decision: { all: [{ fact: 'siteAreaM2', operator: 'atMost', value: 1, path: '$.a' }] } }, /decision/],
    ['priority', { priority: 1 }, /Unrecognized key/],
    ['a fact outside the vocabulary', { decision: { all: [{ fact: 'noSuchFact', operator: 'equal', value: 1 }] } }, /'noSuchFact' is not a vocabulary fact/],
    ['an unknown document', { documentId: 'no-such-document' }, /documentId/],
    [
      'a derived value that is not an expression (a function body in a string is only a string; an unknown mechanism is refused)',
      { derive: { x: { value: { evaluate: 'return 1' } } } },
      /derive\.x\.value/,
    ],
    ['a duty that names neither its act nor its deadline', { decisiveDate: { inReport: 'year-end' } }, /a duty names its act, its deadline or both/],
    ['a deadline the rule does not derive', { decisiveDate: { deadline: '$noSuchDeadline' } }, /the deadline '\$noSuchDeadline' is not a derived value/],
    ['a report year-end without the report facts', { decisiveDate: { act: 'siteAreaM2', inReport: 'year-end' } }, /inReport needs 'reportType' and 'year'/],
    ['the retired string form', { decisiveDate: 'report-year-end-if-report' }, /decisiveDate/],
    [
      'a 10,000-deep decision',
      { decision: Array.from({ length: 10_000 }).reduce<unknown>((tree) => ({ not: tree }), { fact: 'siteAreaM2', operator: 'atMost', value: 1 }) },
      /nested deeper/,
    ],
  ])('%s is refused with a clear error', (_what, change, message) => {
    expect(() => validateRule({ ...smallFiling, ...change })).toThrow(message);
  });

  it('an inherited decision is not read', () => {
    const { decision, ...rest } = smallFiling;
    const rule = Object.assign(Object.create({ decision }), rest);
    expect(() => validateRule(rule)).toThrow(/decision/);
  });
});
