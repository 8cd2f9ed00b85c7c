import { clause, defineRule, L, when } from '../define.js';

export const rule = defineRule({
  id: 'pilot-land-saving-2023/24-collective-land-market-entry-negative-list',
  documentId: 'pilot-land-saving-2023',
  kind: 'requirement',
  strength: 'binding',
  title: L('集体经营性建设用地入市的前置条件和负面清单', '集體經營性建設用地入市的前置條件和負面清單', 'Collective land market entry: prerequisites and negative list'),
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
    pass: L(
      '入市符合两项前置条件，且未触及三项负面清单。',
      '入市符合兩項前置條件，且未觸及三項負面清單。',
      'The market entry meets both prerequisites and touches none of the three negatives.',
    ),
    fail: L(
      '入市须完成实用性村庄规划和确权登记，且不得通过农用地转为新增建设用地入市、不得纳入宅基地、不得用于商品住宅开发；本案不符合（见各项理由）。',
      '入市須完成實用性村莊規劃和確權登記，且不得通過農用地轉為新增建設用地入市、不得納入宅基地、不得用於商品住宅開發；本案不符合（見各項理由）。',
      'Market entry needs a practical village plan and registered rights, and must not convert farmland, include homesteads or serve commercial housing; the reasons list what this case breaches.',
    ),
  },
});

export default rule;
