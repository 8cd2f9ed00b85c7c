import { byStatus, clause, defineRule, when } from '../define.js';
import translations from './locales/11-simple-shed-in-203-scope.json' with { type: 'json' };

export const rule = defineRule(
  {
    id: 'gx-rural-land-2023/11-simple-shed-in-203-scope',
    documentId: 'gx-rural-land-2023',
    kind: 'eligibility',
    strength: 'binding',
    act: 'building a simple shed for facility agriculture in the 203 scope without the facility-land procedure',
    title: '203范围内简易棚房无需办理设施农用地手续',
    citation: {
      article: '(十一)',
      quote: '對選址在…村莊用地范圍(即203范圍)內建設簡易棚房用于設施農業的,不需要辦理設施農用地手續。',
    },
    facts: ['projectType', 'structureType', 'within203Scope'],
    parameters: {},
    selects: { all: [clause('用于設施農業', when('projectType', 'equal', 'facility-agriculture'))] },
    decision: {
      all: [
        clause('建設簡易棚房', when('structureType', 'equal', 'simple-shed')),
        clause('選址在…村莊用地范圍(即203范圍)內', when('within203Scope', 'equal', true)),
      ],
    },
    conclusions: { facilityAgriculturalLandProcedureRequired: byStatus({ pass: false }) },
    messages: {
      pass: '在203范围内建设简易棚房用于设施农业，不需要办理设施农用地手续。',
      fail: '仅203范围内的简易棚房免办设施农用地手续；本项目不属此情形。',
    },
  },
  translations,
);

export default rule;
