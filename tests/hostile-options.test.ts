import { describe, expect, it } from 'vitest';
import { evaluate, evaluateSync, OptionError, type EvaluateOptions, type Facts, type RuleId } from '../src/index.js';

const facts: Facts = { projectType: 'facility-agriculture', siteAreaM2: 400, floorAreaM2: 100 };

/** Both evaluators refuse the options with an OptionError naming `option`. */
const refused = async (options: unknown, option: string, detail?: RegExp) => {
  let error: unknown;
  try {
    evaluateSync(facts, options as EvaluateOptions);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(OptionError);
  expect((error as OptionError).option).toBe(option);
  expect((error as OptionError).message).toContain(`'${option}'`);
  if (detail) expect((error as OptionError).message).toMatch(detail);
  await expect(evaluate(facts, options as EvaluateOptions)).rejects.toBeInstanceOf(OptionError);
};

const withGetter = (key: string, get: () => unknown) => Object.defineProperty({ asOf: '2025-06-30' }, key, { enumerable: true, get });

describe('options are read through one schema', () => {
  it('a typo is an unknown option, named, with the likely one (no silent evaluation as of today)', async () => {
    await refused({ asof: '2025-06-30' }, 'asof', /did you mean 'asOf'/);
    await refused({ asOf: '2025-06-30', jurisdicton: '450200' }, 'jurisdicton', /unknown option/);
  });

  it('an unknown rule id is shown whole, with the id it nearly spells; one near none gets no guess', async () => {
    await refused(
      { rules: ['gx-rural-land-2023/11-small-facility-agriculture-filin'] },
      'rules',
      /unknown rule or document id: "gx-rural-land-2023\/11-small-facility-agriculture-filin" \(did you mean 'gx-rural-land-2023\/11-small-facility-agriculture-filing'\?\)$/,
    );
    await refused({ rules: ['gx-rural-land-2024'] }, 'rules', /did you mean 'gx-rural-land-2023'\?/);
    await refused({ rules: ['no-such-document'] }, 'rules', /unknown rule or document id: "no-such-document"$/);
  });

  it('an inherited option is refused, not read', async () => {
    await refused(Object.create({ asOf: '2025-06-30' }), 'asOf', /inherited/);
    await refused(Object.assign(Object.create({ rules: ['x'] }), { asOf: '2025-06-30' }), 'rules', /inherited/);
  });

  it('a getter is refused without being called', async () => {
    let calls = 0;
    await refused(
      withGetter('locale', () => {
        calls += 1;
        return 'en';
      }),
      'locale',
      /getter/,
    );
    await refused(
      withGetter('rules', () => {
        throw new Error('boom');
      }),
      'rules',
      /getter/,
    );
    expect(calls).toBe(0);
  });

  it('rules: [1n] is an OptionError, not a TypeError from JSON.stringify', async () => {
    await refused({ asOf: '2025-06-30', rules: [1n] }, 'rules', /BigInt/);
  });

  it('a cyclic option is refused with its path', async () => {
    const rules: unknown[] = ['gx-rural-land-2023'];
    rules.push(rules);
    await refused({ asOf: '2025-06-30', rules }, 'rules', /cycle/);
    const parameters: Record<string, unknown> = {};
    parameters.self = parameters;
    await refused({ asOf: '2025-06-30', parameters }, 'parameters', /cycle/);
  });

  it('a throwing toJSON is never called', async () => {
    const hostile = {
      toJSON: () => {
        throw new Error('boom');
      },
    };
    await refused({ asOf: hostile }, 'asOf');
    await refused({ asOf: '2025-06-30', rules: [hostile] }, 'rules');
    await refused({ asOf: '2025-06-30', locale: hostile }, 'locale');
  });

  it('a Proxy whose traps throw, and a revoked Proxy, are OptionErrors', async () => {
    await refused(
      new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error('trap');
          },
        },
      ),
      'options',
      /could not be read/,
    );
    const { proxy, revoke } = Proxy.revocable({ asOf: '2025-06-30' }, {});
    revoke();
    await refused(proxy, 'options', /could not be read/);
    const inner = Proxy.revocable(['gx-rural-land-2023'], {});
    inner.revoke();
    await refused({ asOf: '2025-06-30', rules: inner.proxy }, 'rules', /could not be read/);
  });

  it('a plain Proxy over good options is read through its descriptors', () => {
    const report = evaluateSync(facts, new Proxy({ asOf: '2025-06-30', locale: 'en' }, {}) as EvaluateOptions);
    expect(report.asOf).toBe('2025-06-30');
  });

  it('a sparse rules list is refused', async () => {
    // eslint-disable-next-line no-sparse-arrays
    await refused({ asOf: '2025-06-30', rules: [, 'gx-rural-land-2023'] }, 'rules', /sparse/);
  });

  it('an empty rules list is refused: it would check nothing', async () => {
    await refused({ asOf: '2025-06-30', rules: [] }, 'rules', /empty/);
  });

  it('a symbol key is refused; a non-enumerable own key is not an option', async () => {
    await refused({ asOf: '2025-06-30', [Symbol('x')]: 1 }, 'options', /symbol/);
    const hidden = Object.defineProperty({ asOf: '2025-06-30' }, 'asof', { value: 'x', enumerable: false });
    expect(evaluateSync(facts, hidden).asOf).toBe('2025-06-30');
  });

  it('options are copied: changing the caller’s list after the call changes no later report', () => {
    const options: { asOf: string; rules: RuleId[] } = { asOf: '2025-06-30', rules: ['gx-rural-land-2023/11-small-facility-agriculture-filing'] };
    const first = evaluateSync(facts, options);
    options.rules.push('gx-rural-land-2023/05-steep-slope-exclusion');
    expect(evaluateSync(facts, options).results).toHaveLength(2);
    expect(first.results).toHaveLength(1);
  });
});

describe('jurisdiction: a well-formed GB/T 2260 code or pilot-city', () => {
  it.each(['999999', '000000', '100000', '45020', '4502000', '45020a', ' 450200', 'PILOT-CITY', '', 450200])('%j is an OptionError', async (code) => {
    await refused({ asOf: '2025-06-30', jurisdiction: code }, 'jurisdiction');
  });
  it.each(['450000', '450200', '450226', '110000', '820000', 'pilot-city'])('%s is valid', (code) => {
    expect(evaluateSync(facts, { asOf: '2025-06-30', jurisdiction: code }).jurisdiction).toBe(code);
  });
  it('Beijing (110000) is valid and concerns no rule of these documents', () => {
    const report = evaluateSync(facts, { asOf: '2025-06-30', jurisdiction: '110000' });
    expect(report.summary.pass + report.summary.fail + report.summary.undetermined).toBe(0);
  });
});

describe('asOf: the years 0001–9999', () => {
  it('new Date(8.64e15) (year 275760) is refused, never reported as such', async () => {
    await refused({ asOf: new Date(8.64e15) }, 'asOf', /275760/);
  });
  it.each([
    [new Date(-62135596800000 - 86_400_000 * 366), false], // in the year 0
    [new Date(1, 0, 1), true], // year 1901 by JavaScript's two-digit rule; not an edge but a Date
    [new Date(253402214400000 + 86_400_000 * 2), false], // 10000-01-02
  ])('%s as a Date is accepted: %s', async (date, ok) => {
    if (ok) expect(() => evaluateSync(facts, { asOf: date })).not.toThrow();
    else await refused({ asOf: date }, 'asOf');
  });
  it.each([
    ['0000-12-31', false],
    ['0001-01-01', true],
    ['0050-06-30', true],
    ['9999-12-31', true],
    ['10000-01-01', false],
    ['2025-02-29', false],
  ])('asOf %s is accepted: %s', async (asOf, ok) => {
    if (ok) expect(evaluateSync(facts, { asOf }).asOf).toBe(asOf);
    else await refused({ asOf }, 'asOf');
  });
  it('holidays out of range are refused', async () => {
    await refused({ asOf: '2025-06-30', holidays: ['0000-01-01'] }, 'holidays');
  });
});

describe('limits', () => {
  it.each([
    [{ maxIssues: 0 }, /maxIssues must be a whole number ≥ 1/],
    [{ maxArrayLength: 1.5 }, /maxArrayLength/],
    [{ maxDepth: -1 }, /maxDepth must be a whole number ≥ 0/],
    [{ maxStringLength: '10' }, /maxStringLength/],
    [{ maxItems: 3 }, /unknown limit/],
    [[], /expected an object/],
  ])('%j is refused', async (limits, detail) => {
    await refused({ asOf: '2025-06-30', limits }, 'limits', detail);
  });
});
