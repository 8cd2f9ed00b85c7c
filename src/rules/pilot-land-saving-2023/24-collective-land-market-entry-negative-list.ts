import { clause, defineRule, when } from '../define.js';
import translations from './locales/24-collective-land-market-entry-negative-list.json' with { type: 'json' };

export const rule = defineRule(
  {
    id: 'pilot-land-saving-2023/24-collective-land-market-entry-negative-list',
    documentId: 'pilot-land-saving-2023',
    kind: 'requirement',
    strength: 'binding',
    act: 'the market entry (入市) of collective operating land',
    title: '集体经营性建设用地入市的前置条件和负面清单',
    citation: {
      article: '二、(七)24.',
      quote:
        '加快完成国土空间规划编制特别是实用性村庄规划,完成集体土地所有权和使用权确权登记;紧盯“三项负面清单”,不能通过农用地转为新增建设用地入市,不能把宅基地纳入入市范围,符合入市条件的土地不能搞商品住宅开发',
    },
    facts: ['projectType', 'convertedFromAgriculturalLand', 'includesHomestead', 'plannedUse', 'villagePlanCompleted', 'ownershipAndUseRightsRegistered'],
    parameters: {},
    selects: { all: [when('projectType', 'equal', 'collective-land-market-entry')] },
    decision: {
      all: [
        clause('不能通过农用地转为新增建设用地入市', when('convertedFromAgriculturalLand', 'equal', false)),
        clause('不能把宅基地纳入入市范围', when('includesHomestead', 'equal', false)),
        clause('符合入市条件的土地不能搞商品住宅开发', when('plannedUse', 'notEqual', 'commercial-housing')),
        clause('加快完成国土空间规划编制特别是实用性村庄规划', when('villagePlanCompleted', 'equal', true)),
        clause('完成集体土地所有权和使用权确权登记', when('ownershipAndUseRightsRegistered', 'equal', true)),
      ],
    },
    messages: {
      pass: '入市符合两项前置条件，且未触及三项负面清单。',
      fail: '入市须完成实用性村庄规划和确权登记，且不得通过农用地转为新增建设用地入市、不得纳入宅基地、不得用于商品住宅开发；本案不符合（见各项理由）。',
    },
  },
  translations,
);

export default rule;
