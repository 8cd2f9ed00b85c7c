import { byStatus, clause, defineRule, L, param, when } from '../define.js';

const maxSiteArea = { value: 500, unit: 'm2', source: '用地規模不超過500平方米' } as const;
const maxFloorArea = { value: 1000, unit: 'm2', source: '建筑面積不超過1000平方米' } as const;

export const rule = defineRule({
  id: 'gx-rural-land-2023/11-small-facility-agriculture-filing',
  documentId: 'gx-rural-land-2023',
  kind: 'eligibility',
  strength: 'encouraged',
  title: L('小型设施农业用地简化备案', '小型設施農業用地簡化備案', 'Simplified filing for small facility-agriculture land'),
  citation: {
    article: '(十一)',
    quote:
      '對用地規模不超過500平方米且建筑面積不超過1000平方米的小型設施農業用地項目,鼓勵各市縣探索簡化備案程序,有條件的縣級自然資源主管部門可通過遙感影像直接生成項目用地范圍坐標的方式進行備案',
  },
  facts: ['projectType', 'siteAreaM2', 'floorAreaM2'],
  parameters: { maxSiteArea, maxFloorArea },
  selects: { all: [clause('小型設施農業用地項目', when('projectType', 'equal', 'facility-agriculture'))] },
  decision: {
    all: [clause('用地規模不超過500平方米', when('siteAreaM2', 'atMost', param('maxSiteArea'))), clause('建筑面積不超過1000平方米', when('floorAreaM2', 'atMost', param('maxFloorArea')))],
  },
  conclusions: { simplifiedFiling: byStatus({ pass: true, fail: false }), remoteSensingFilingPossible: byStatus({ pass: true }) },
  messages: {
    pass: L(
      '用地{siteAreaM2}平方米不超过{maxSiteArea}平方米、建筑面积{floorAreaM2}平方米不超过{maxFloorArea}平方米，可适用简化备案程序（有条件的可通过遥感影像生成坐标备案）。',
      '用地{siteAreaM2}平方米不超過{maxSiteArea}平方米、建築面積{floorAreaM2}平方米不超過{maxFloorArea}平方米，可適用簡化備案程序（有條件的可通過遙感影像生成坐標備案）。',
      'Site {siteAreaM2} m² ≤ {maxSiteArea} m² and floor area {floorAreaM2} m² ≤ {maxFloorArea} m²: the simplified filing applies (where available, by coordinates from remote-sensing imagery).',
    ),
    fail: L(
      '简化备案要求用地规模不超过{maxSiteArea}平方米且建筑面积不超过{maxFloorArea}平方米；本项目用地{siteAreaM2}平方米、建筑面积{floorAreaM2}平方米。',
      '簡化備案要求用地規模不超過{maxSiteArea}平方米且建築面積不超過{maxFloorArea}平方米；本項目用地{siteAreaM2}平方米、建築面積{floorAreaM2}平方米。',
      'Simplified filing needs a site of at most {maxSiteArea} m² and a floor area of at most {maxFloorArea} m²; this project has {siteAreaM2} m² and {floorAreaM2} m².',
    ),
  },
  notes: ['Whether a city or county has actually introduced the simplified procedure (鼓勵各市縣探索) is local practice; the rule says whether a project is small enough.'],
});

export default rule;
