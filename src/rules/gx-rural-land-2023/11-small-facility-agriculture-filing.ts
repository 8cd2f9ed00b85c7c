import { byStatus, clause, defineRule, param, when } from '../define.js';
import translations from './locales/11-small-facility-agriculture-filing.json' with { type: 'json' };

const maxSiteArea = { value: 500, unit: 'm2', source: '用地規模不超過500平方米' } as const;
const maxFloorArea = { value: 1000, unit: 'm2', source: '建筑面積不超過1000平方米' } as const;

export const rule = defineRule(
  {
    id: 'gx-rural-land-2023/11-small-facility-agriculture-filing',
    documentId: 'gx-rural-land-2023',
    kind: 'eligibility',
    strength: 'encouraged',
    act: 'the filing of the small facility-agriculture use',
    title: '小型设施农业用地简化备案',
    citation: {
      article: '(十一)',
      quote:
        '對用地規模不超過500平方米且建筑面積不超過1000平方米的小型設施農業用地項目,鼓勵各市縣探索簡化備案程序,有條件的縣級自然資源主管部門可通過遙感影像直接生成項目用地范圍坐標的方式進行備案',
    },
    facts: ['projectType', 'siteAreaM2', 'floorAreaM2'],
    parameters: { maxSiteArea, maxFloorArea },
    selects: { all: [clause('小型設施農業用地項目', when('projectType', 'equal', 'facility-agriculture'))] },
    decision: {
      all: [
        clause('用地規模不超過500平方米', when('siteAreaM2', 'atMost', param('maxSiteArea'))),
        clause('建筑面積不超過1000平方米', when('floorAreaM2', 'atMost', param('maxFloorArea'))),
      ],
    },
    conclusions: { simplifiedFiling: byStatus({ pass: true, fail: false }), remoteSensingFilingPossible: byStatus({ pass: true }) },
    messages: {
      pass: '用地{siteAreaM2}平方米不超过{maxSiteArea}平方米、建筑面积{floorAreaM2}平方米不超过{maxFloorArea}平方米，可适用简化备案程序（有条件的可通过遥感影像生成坐标备案）。',
      fail: '简化备案要求用地规模不超过{maxSiteArea}平方米且建筑面积不超过{maxFloorArea}平方米；本项目用地{siteAreaM2}平方米、建筑面积{floorAreaM2}平方米。',
    },
    notes: [
      'Whether a city or county has actually introduced the simplified procedure (鼓勵各市縣探索) is local practice; the rule says whether a project is small enough.',
    ],
  },
  translations,
);

export default rule;
