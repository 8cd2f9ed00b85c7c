import { clause, defineRule, when } from '../define.js';
import translations from './locales/03-rural-housing-avoids-permanent-basic-farmland.json' with { type: 'json' };

export const rule = defineRule(
  {
    id: 'gx-rural-land-2023/03-rural-housing-avoids-permanent-basic-farmland',
    documentId: 'gx-rural-land-2023',
    kind: 'requirement',
    strength: 'binding',
    act: 'the siting approval of the villager’s house',
    title: '农村村民住宅建设避让永久基本农田',
    citation: { article: '(三)', quote: '農村村民住宅建設應避讓永久基本農田,盡量避讓生態保護紅線。' },
    facts: ['projectType', 'occupiesPermanentBasicFarmland'],
    parameters: {},
    selects: { all: [clause('農村村民住宅建設', when('projectType', 'equal', 'rural-housing'))] },
    decision: { all: [clause('應避讓永久基本農田', when('occupiesPermanentBasicFarmland', 'equal', false))] },
    messages: {
      pass: '农村村民住宅建设未占用永久基本农田。',
      fail: '农村村民住宅建设应避让永久基本农田，本案占用了永久基本农田。',
    },
    notes: [
      '“盡量避讓生態保護紅線” (avoid the ecological red line where possible) is advisory and not checked here; housing inside the red line is checked by 03-rural-housing-in-ecological-red-line.',
    ],
  },
  translations,
);

export default rule;
