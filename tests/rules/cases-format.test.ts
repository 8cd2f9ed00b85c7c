import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertionsOf, CaseFileError, parseCaseFile, runCase } from './cases.js';

const FILE = 'gx-rural-land-2023/11-small-facility-agriculture-filing.cases.yaml';
const RULE = 'gx-rural-land-2023/11-small-facility-agriculture-filing';
const ONE = `cases:
  - name: a 300 m² site with 100 m² of floor passes
    facts: { projectType: facility-agriculture, siteAreaM2: 300, floorAreaM2: 100 }
    expect:
      status: pass
`;

const problem = (file: string, text: string): string => {
  try {
    parseCaseFile(file, text);
  } catch (error) {
    expect(error).toBeInstanceOf(CaseFileError);
    return (error as Error).message;
  }
  throw new Error('the file was accepted');
};

describe('reading a cases file', () => {
  it('reads a case, the rule named by the path', () => {
    const { ruleId, cases } = parseCaseFile(FILE, ONE);
    expect(ruleId).toBe(RULE);
    expect(cases).toEqual([
      {
        name: 'a 300 m² site with 100 m² of floor passes',
        facts: { projectType: 'facility-agriculture', siteAreaM2: 300, floorAreaM2: 100 },
        expect: { status: 'pass' },
      },
    ]);
  });
  it('keeps a date as text (YAML 1.2), never a Date', () => {
    const { cases } = parseCaseFile(FILE, ONE.replace('floorAreaM2: 100 }', 'floorAreaM2: 100 }\n    options: { asOf: 2025-06-30 }'));
    expect(cases[0]!.options).toEqual({ asOf: '2025-06-30' });
  });
  it('refuses a file of an unknown rule or document, or outside <document>/<rule>.cases.yaml', () => {
    expect(problem('gx-rural-land-2023/99-no-such-rule.cases.yaml', ONE)).toBe(
      "gx-rural-land-2023/99-no-such-rule.cases.yaml: unknown rule 'gx-rural-land-2023/99-no-such-rule'",
    );
    expect(problem('gx-rural-land-2099/11-small-facility-agriculture-filing.cases.yaml', ONE)).toMatch(/unknown document 'gx-rural-land-2099'/);
    expect(problem('11-small-facility-agriculture-filing.cases.yaml', ONE)).toMatch(/tests\/rules\/<document>\/<rule>\.cases\.yaml/);
  });
  it('refuses an empty file and a file without a case', () => {
    expect(problem(FILE, '')).toBe(`${FILE}: the file is empty`);
    expect(problem(FILE, '# nothing yet\n')).toBe(`${FILE}: the file is empty`);
    expect(problem(FILE, 'cases: []\n')).toBe(`${FILE}: cases: the file has no case`);
  });
  it('refuses an unknown fact, naming the file, the case and the field', () => {
    expect(problem(FILE, ONE.replace('siteAreaM2: 300', 'siteArea: 300'))).toBe(
      `${FILE}: case 1 'a 300 m² site with 100 m² of floor passes': facts.siteArea: unknown fact`,
    );
  });
  it('refuses an unknown expectation, a status that does not exist and a case that expects nothing', () => {
    expect(problem(FILE, ONE.replace('status: pass', 'staus: pass'))).toMatch(
      new RegExp(`^${FILE}: case 1 'a 300 m² site with 100 m² of floor passes': expect: .*staus`),
    );
    expect(problem(FILE, ONE.replace('status: pass', 'status: passed'))).toMatch(/case 1 'a 300 m² site with 100 m² of floor passes': expect\.status: /);
    expect(problem(FILE, ONE.replace('expect:\n      status: pass', 'expect: {}'))).toMatch(
      /case 1 'a 300 m² site with 100 m² of floor passes': expect: a case must expect something/,
    );
  });
  it('refuses a case without a name, an option that does not exist and a date written as a number', () => {
    expect(problem(FILE, ONE.replace('name: a 300 m² site with 100 m² of floor passes', 'name: ""'))).toMatch(/case 1: name: a case is named by a sentence/);
    expect(problem(FILE, ONE.replace('expect:', 'options: { asof: 2025-06-30 }\n    expect:'))).toMatch(/options: .*asof/);
    expect(problem(FILE, ONE.replace('expect:', 'options: { asOf: 20250630 }\n    expect:'))).toMatch(/options\.asOf: /);
  });
  it('refuses two cases of the same name, a bad regular expression and a YAML error', () => {
    expect(problem(FILE, ONE + ONE.replace('cases:\n', ''))).toMatch(
      /case 2 'a 300 m² site with 100 m² of floor passes': name: another case has the same name/,
    );
    expect(problem(FILE, ONE.replace('status: pass', 'messageMatches: "[unclosed"'))).toMatch(/case 1 .*expect\.messageMatches: not a regular expression/);
    expect(problem(FILE, ONE.replace('status: pass', 'status: pass\n      status: fail'))).toMatch(
      /^gx-rural-land-2023\/11-small-facility-agriculture-filing\.cases\.yaml: .*[Mm]ap keys must be unique/,
    );
  });
});

describe('running a case', () => {
  const facts = { projectType: 'facility-agriculture', siteAreaM2: 600 };
  it('fails when the outcome is not the one expected', async () => {
    await expect(runCase(RULE, { name: 'x', facts, expect: { status: 'pass' } })).rejects.toThrow(/status/);
  });
  it('keeps exact equality exact and a subset a subset', async () => {
    // A passing filing concludes { simplifiedFiling: true, remoteSensingFilingPossible: true }.
    const small = { projectType: 'facility-agriculture', siteAreaM2: 300, floorAreaM2: 100 };
    await expect(runCase(RULE, { name: 'x', facts: small, expect: { conclusions: { simplifiedFiling: true } } })).rejects.toThrow(/conclusions/);
    await expect(runCase(RULE, { name: 'x', facts: small, expect: { conclusionsInclude: { simplifiedFiling: true } } })).resolves.toMatchObject({
      status: 'pass',
    });
    await expect(runCase(RULE, { name: 'x', facts, expect: { missingFacts: [] } })).resolves.toMatchObject({ status: 'fail' });
    await expect(runCase(RULE, { name: 'x', facts, expect: { failingFacts: [] } })).rejects.toThrow(/failingFacts/);
    await expect(runCase(RULE, { name: 'x', facts, expect: { messageNotMatches: '.' } })).rejects.toThrow(/messageNotMatches/);
  });
  it('makes as many assertions as it counts', async () => {
    const c = {
      name: 'x',
      facts,
      options: { locale: 'en' as const },
      expect: {
        status: 'fail' as const,
        consequence: 'not-eligible' as const,
        missingFacts: [],
        conclusionsInclude: { simplifiedFiling: false },
        conclusionIs: { simplifiedFiling: false },
        failingFacts: ['siteAreaM2'],
        messageContains: ['600', '500'],
        messageNotMatches: '\\{\\w+\\}',
      },
    };
    const before = expect.getState().assertionCalls;
    await runCase(RULE, c);
    expect(expect.getState().assertionCalls - before).toBe(assertionsOf(c));
    expect(assertionsOf(c)).toBe(2 + 4 + 1 + 1 + 2 + 1);
  });
});

describe('tests/rules/README.md', () => {
  it('its example case is a valid case that holds', async () => {
    const readme = readFileSync(join(import.meta.dirname, 'README.md'), 'utf8');
    const block = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const { ruleId, cases } = parseCaseFile(FILE, block!);
    expect(cases).toHaveLength(1);
    await runCase(ruleId, cases[0]!);
  });
});
