import { clause, defineRule, param, when } from '../define.js';
import translations from './locales/ecological-counties-no-new-mining.json' with { type: 'json' };

const SANJIANG = '450226';
const RONGSHUI = '450225';

export const rule = defineRule(
  {
    id: 'lz-14th-fyp/ecological-counties-no-new-mining',
    documentId: 'lz-14th-fyp',
    kind: 'requirement',
    strength: 'encouraged',
    act: 'the application for a new exploration or mining right in Sanjiang / Rongshui',
    title: '三江、融水不再鼓励勘查开发矿产资源',
    citation: { article: '第七章第二节', quote: '三江侗族自治县、融水苗族自治县定位为国家级重点生态功能县，不再鼓励勘查开发矿产资源' },
    facts: ['applicationType', 'countyCode'],
    parameters: { counties: { value: [SANJIANG, RONGSHUI], unit: 'GB/T 2260', source: '三江侗族自治县、融水苗族自治县' } },
    selects: { all: [clause('勘查开发矿产资源', when('applicationType', 'in', ['new-exploration-right', 'new-mining-right']))] },
    decision: {
      all: [clause('三江侗族自治县、融水苗族自治县定位为国家级重点生态功能县，不再鼓励勘查开发矿产资源', when('countyCode', 'notIn', param('counties')))],
    },
    messages: {
      pass: '所在县不属于不再鼓励勘查开发的国家重点生态功能县。',
      fail: '三江侗族自治县、融水苗族自治县为国家级重点生态功能县，不再鼓励勘查开发矿产资源。',
    },
    readings: [
      {
        chosen: 'Advisory (“不再鼓励”, no longer encouraged): a fail says the case is discouraged, not prohibited.',
        alternative: 'A ban on new rights in the two counties; not adopted, the text withdraws encouragement only.',
      },
    ],
  },
  translations,
);

export default rule;
