import { describe, expect, it } from 'vitest';
import type { Condition } from '../src/core/conditions.js';
import { conditionWords, hasNamedBelow, type Vocabulary } from '../src/core/words.js';

const NAMES: Record<string, { 'zh-Hans': string; en: string }> = {
  siteAreaM2: { 'zh-Hans': '用地规模', en: 'site area' },
  floorAreaM2: { 'zh-Hans': '建筑面积', en: 'floor area' },
  projectType: { 'zh-Hans': '项目类型', en: 'project type' },
  occupiesCultivatedLand: { 'zh-Hans': '占用耕地', en: 'occupies cultivated land' },
  permitIssuedOn: { 'zh-Hans': '核发日期', en: 'issue date' },
  $deadline: { 'zh-Hans': '期限', en: 'the deadline' },
};
const vocabulary: Vocabulary = {
  name: (id, locale) => NAMES[id]?.[locale] ?? id,
  unit: (id) => (id.endsWith('M2') ? 'm2' : undefined),
};

describe('conditions in words', () => {
  it('reads the issue’s example: thresholds with their units, 且 / and', () => {
    const filing: Condition = {
      all: [
        { name: '用地規模不超過500平方米', fact: 'siteAreaM2', operator: 'atMost', value: { amount: '500', unit: 'm2' } },
        { fact: 'floorAreaM2', operator: 'atMost', value: { amount: '1000', unit: 'm2' } },
      ],
    };
    expect(conditionWords(filing, 'zh-Hans', vocabulary)).toBe('用地规模 ≤ 500 平方米 且 建筑面积 ≤ 1000 平方米');
    expect(conditionWords(filing, 'en', vocabulary)).toBe('site area ≤ 500 m² and floor area ≤ 1000 m²');
  });

  it('brackets a nested group, and reads yes/no, lists, dates, presence and facts compared', () => {
    const tree: Condition = {
      any: [
        { fact: 'occupiesCultivatedLand', operator: 'equal', value: false },
        {
          all: [
            { fact: 'projectType', operator: 'in', value: ['a', 'b'] },
            { fact: 'permitIssuedOn', operator: 'onOrBefore', value: { fact: '$deadline' } },
          ],
        },
        { not: { fact: 'permitIssuedOn', operator: 'present', value: true } },
        { fact: 'siteAreaM2', operator: 'above', value: 0 },
      ],
    };
    expect(conditionWords(tree, 'zh-Hans', vocabulary)).toBe(
      "占用耕地：否 或 （项目类型 为 'a'、'b' 之一 且 核发日期 不晚于 期限） 或 并非（核发日期 已给出） 或 用地规模 > 0 平方米",
    );
    expect(conditionWords(tree, 'en', vocabulary)).toBe(
      "occupies cultivated land: no or (project type is one of 'a', 'b' and issue date on or before the deadline) or not (issue date is given) or site area > 0 m²",
    );
  });

  it('knows whether a clause is named below a condition', () => {
    expect(hasNamedBelow({ name: 'x', all: [{ fact: 'a', operator: 'equal', value: 1 }] })).toBe(false);
    expect(hasNamedBelow({ all: [{ any: [{ name: 'y', fact: 'a', operator: 'equal', value: 1 }] }] })).toBe(true);
  });
});
