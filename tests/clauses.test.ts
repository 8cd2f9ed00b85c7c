/**
 * Clauses: the words of each rule's verbatim quote travel on the conditions that encode them
 * (`name`). Every name is found verbatim in the quote, the decision's clauses are read in the
 * order of the text, and every decision condition is under a clause, except where listed here.
 */
import { describe, expect, it } from 'vitest';
import { type Condition, clausesOf, leavesOf, namesOf } from '../src/core/conditions.js';
import { validateRule } from '../src/rules/validate-rule.js';
import { evaluateSync } from '../src/index.js';
import { RULES } from '../src/rules/index.js';

/**
 * Decisions whose conditions are not in the order of the text. Their order is what reports have
 * always given (reasons and missingFacts follow the tree) and tests read them by position, so the
 * conditions were named where they stand, not moved; each entry is the first clause met out of order.
 */
const OUT_OF_ORDER: Readonly<Record<string, { readonly clause: string; readonly why: string }>> = {
  'gx-rural-land-2023/02-public-interest-expropriation': {
    clause: '位于城鎮開發邊界外',
    why: 'the public-interest test comes first: it is what the article is about (公益性項目)',
  },
  'gx-rural-land-2023/07-planning-permit-basis': {
    clause: '其他鄉村振興項目',
    why: 'the route for projects with a standalone site (read last in the text) is tried before the other-type detailed plan',
  },
  'gx-rural-land-2023/09-small-public-facility-permit-exemption': {
    clause:
      '農村生活污水處理、垃圾儲運、糞污處理、公共廁所等農村人居環境建設項目,村內道路等基礎設施項目和農村給排水、供電、供氣、通訊、文化體育等小型(項目用地面積不超過400平方米,但露天籃球場不受此面積限制)零星公用公服設施',
    why: 'the yes/no conditions come first and the facility groups (with their area limit) last',
  },
  'gx-rural-land-2023/11-simple-shed-in-203-scope': { clause: '選址在…村莊用地范圍(即203范圍)內', why: 'the structure (簡易棚房) is tested before its site' },
  'gx-rural-land-2023/14-agricultural-land-original-use': {
    clause: '不固化地面的平臺、棧道、登山道',
    why: 'the yes/no conditions come first and the facility groups (with their footprint limits) last',
  },
  'gx-rural-land-2023/17-rural-stock-land-transition': {
    clause: '符合國土空間規劃',
    why: 'the use (the open list) is tested first, then the plan and safety the sentence opens with',
  },
  'pilot-land-saving-2023/24-collective-land-market-entry-negative-list': {
    clause: '加快完成国土空间规划编制特别是实用性村庄规划',
    why: 'the three negative-list items come first; a test reads the failed items in that order',
  },
  'pilot-land-saving-2023/29-industrial-split-transfer': {
    clause: '约定不得分割及分割转让的工业物业,原则上不得分割…但经批准单位或土地使用权出让方审核同意,并重新签订…合同或补充协议后,可进行分割',
    why: 'the office-facility ban (the last sentence) is tested before the contract clause',
  },
};

/** Decision conditions that encode a reading, not words of the quote: no clause names them. */
const UNNAMED: Readonly<Record<string, { readonly facts: readonly string[]; readonly why: string }>> = {};

/** The clauses of a condition tree in depth-first order, each once. */
const distinctNames = (condition: Condition): string[] => [...new Set(namesOf(condition))];

describe('clauses of the quote', () => {
  it.each(RULES.map((r) => [r.id, r] as const))('%s: every clause name is verbatim in the quote', (_id, rule) => {
    const names = [rule.selects, rule.decision].flatMap(namesOf);
    for (const name of names) expect(rule.citation.quote, name).toContain(name);
    expect(namesOf(rule.decision).length).toBeGreaterThan(0);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s: the decision reads its clauses in the order of the text', (id, rule) => {
    const quote = rule.citation.quote;
    let at = 0;
    let firstOutOfOrder: string | undefined;
    for (const name of distinctNames(rule.decision)) {
      // A clause's words may occur twice in a quote: the occurrence at or after the previous clause counts.
      const found = quote.indexOf(name, at);
      if (found === -1) {
        firstOutOfOrder ??= name;
        continue;
      }
      at = found;
    }
    expect(firstOutOfOrder).toBe(OUT_OF_ORDER[id]?.clause);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s: every decision condition is under a clause', (id, rule) => {
    const clauses = clausesOf(rule.decision);
    const unnamed = leavesOf(rule.decision)
      .filter((_, i) => clauses[i] === undefined)
      .map((leaf) => leaf.fact);
    expect(unnamed).toEqual(UNNAMED[id]?.facts ?? []);
  });

  it('lists no exception for a rule that does not exist', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const id of [...Object.keys(OUT_OF_ORDER), ...Object.keys(UNNAMED)]) expect(ids).toContain(id);
  });

  it('every reason names its clause, the same in both evaluators', async () => {
    const { evaluate } = await import('../src/index.js');
    const facts = { projectType: 'facility-agriculture', siteAreaM2: 600, floorAreaM2: 800 } as const;
    const options = { asOf: '2025-06-30', rules: ['gx-rural-land-2023/11-small-facility-agriculture-filing'] } as const;
    const [viaEngine] = (await evaluate(facts, options)).results;
    const [compiled] = evaluateSync(facts, options).results;
    expect(viaEngine?.reasons.map((r) => r.clause)).toEqual(['用地規模不超過500平方米', '建筑面積不超過1000平方米']);
    expect(compiled?.reasons).toEqual(viaEngine?.reasons);
  });

  it('a reason takes the name of its nearest named ancestor, and none when there is none', () => {
    const tree: Condition = {
      name: 'outer',
      all: [
        { fact: 'a', operator: 'equal', value: 1 },
        {
          name: 'inner',
          any: [
            { fact: 'b', operator: 'equal', value: 2 },
            { name: 'leaf', fact: 'c', operator: 'equal', value: 3 },
          ],
        },
      ],
    };
    expect(clausesOf(tree)).toEqual(['outer', 'inner', 'leaf']);
    expect(clausesOf({ all: [{ fact: 'a', operator: 'equal', value: 1 }] })).toEqual([undefined]);
  });

  it('a rule whose clause name is not in its quote is refused when it loads', () => {
    const rule = RULES.find((r) => r.id === 'gx-rural-land-2023/11-small-facility-agriculture-filing')!;
    const copy = { ...rule, decision: { name: '用地规模不超过500平方米', all: [{ fact: 'siteAreaM2', operator: 'atMost', value: 500 }] } };
    // Simplified characters: the quote prints 規模…超過, so these are not its words.
    expect(() => validateRule(copy)).toThrow(/condition name '用地规模不超过500平方米' is not in the citation's quote/);
  });
});
