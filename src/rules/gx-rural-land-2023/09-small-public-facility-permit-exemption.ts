import { byStatus, clause, defineRule, given, param, ref, when } from '../define.js';
import translations from './locales/09-small-public-facility-permit-exemption.json' with { type: 'json' };

const LIVING_ENVIRONMENT = ['sewage-treatment', 'garbage-storage-transport', 'manure-treatment', 'public-toilet'];
const INFRASTRUCTURE = ['village-road'];
/** Group (c): the 400 m² limit in the parenthesis is attached to these. */
const SMALL_SCATTERED = ['water-supply-drainage', 'power-supply', 'gas-supply', 'telecom', 'culture-sports'];
const BASKETBALL = 'outdoor-basketball-court';
const NAMED = [...LIVING_ENVIRONMENT, ...INFRASTRUCTURE, ...SMALL_SCATTERED, BASKETBALL];
/** The groups a determination may name (any other answer, 'none' included, names none). */
const DETERMINED_GROUPS = ['living-environment', 'infrastructure', 'small-scattered-public-facility'];

const maxSiteArea = { value: 400, unit: 'm2', source: '項目用地面積不超過400平方米,但露天籃球場不受此面積限制' } as const;

export const rule = defineRule(
  {
    id: 'gx-rural-land-2023/09-small-public-facility-permit-exemption',
    documentId: 'gx-rural-land-2023',
    kind: 'eligibility',
    strength: 'encouraged',
    act: 'building the small public facility without a planning permit',
    title: '小型零星公用公服设施免于办理规划许可',
    citation: {
      article: '(九)',
      quote:
        '列入鄉村振興規劃、計劃或項目庫的農村生活污水處理、垃圾儲運、糞污處理、公共廁所等農村人居環境建設項目,村內道路等基礎設施項目和農村給排水、供電、供氣、通訊、文化體育等小型(項目用地面積不超過400平方米,但露天籃球場不受此面積限制)零星公用公服設施,在符合國土空間規劃和用途管制規則,滿足有關法律法規、標準規范和地方技術規定要求,確保安全利用的前提下,市、縣可在制定和公開管理實施細則后,免于辦理規劃許可手續。',
    },
    facts: [
      'projectType',
      'facilityType',
      'listedInRuralRevitalizationPlan',
      'conformsToSpatialPlan',
      'meetsTechnicalStandards',
      'safeUseEnsured',
      'localImplementationRulesPublished',
      'siteAreaM2',
      'publicFacilityGroupDetermined',
    ],
    parameters: { maxSiteArea },
    selects: { all: [when('projectType', 'equal', 'public-facility')] },
    decision: {
      all: [
        clause('列入鄉村振興規劃、計劃或項目庫', when('listedInRuralRevitalizationPlan', 'equal', true)),
        clause('符合國土空間規劃和用途管制規則', when('conformsToSpatialPlan', 'equal', true)),
        clause('滿足有關法律法規、標準規范和地方技術規定要求', when('meetsTechnicalStandards', 'equal', true)),
        clause('確保安全利用', when('safeUseEnsured', 'equal', true)),
        clause('市、縣可在制定和公開管理實施細則后', when('localImplementationRulesPublished', 'equal', true)),
        // Each group's list closes with 等 (conventions §3b): a type the text does not name belongs to a
        // group only by a recorded determination, and group (c) carries the 400 m² limit either way.
        {
          name: '農村生活污水處理、垃圾儲運、糞污處理、公共廁所等農村人居環境建設項目,村內道路等基礎設施項目和農村給排水、供電、供氣、通訊、文化體育等小型(項目用地面積不超過400平方米,但露天籃球場不受此面積限制)零星公用公服設施',
          any: [
            when('facilityType', 'in', [...LIVING_ENVIRONMENT, ...INFRASTRUCTURE, BASKETBALL]),
            { all: [when('facilityType', 'in', SMALL_SCATTERED), clause('項目用地面積不超過400平方米', when('siteAreaM2', 'atMost', param('maxSiteArea')))] },
            { all: [when('facilityType', 'notIn', NAMED), when('publicFacilityGroupDetermined', 'in', ['living-environment', 'infrastructure'])] },
            {
              all: [
                when('facilityType', 'notIn', NAMED),
                when('publicFacilityGroupDetermined', 'equal', 'small-scattered-public-facility'),
                clause('項目用地面積不超過400平方米', when('siteAreaM2', 'atMost', param('maxSiteArea'))),
              ],
            },
          ],
        },
      ],
    },
    conclusions: {
      // The group the text names the facility in, else the group a person determined it belongs to.
      facilityGroup: {
        cases: [
          { when: given('facilityType', 'in', LIVING_ENVIRONMENT), then: 'living-environment' },
          { when: given('facilityType', 'in', INFRASTRUCTURE), then: 'infrastructure' },
          { when: given('facilityType', 'in', [BASKETBALL, ...SMALL_SCATTERED]), then: 'small-scattered-public-facility' },
          { when: given('publicFacilityGroupDetermined', 'in', DETERMINED_GROUPS), then: ref('publicFacilityGroupDetermined') },
        ],
      },
      planningPermitExempt: byStatus({ pass: true, fail: false }),
    },
    messages: {
      pass: '该设施可在市、县公开管理实施细则后免于办理规划许可手续。',
      fail: '不符合规划许可豁免条件：须为所列设施类型、列入乡村振兴规划或项目库、符合规划和技术规定、确保安全、市县已公开实施细则，小型零星设施用地面积不超过{maxSiteArea}平方米（露天篮球场除外）。',
    },
    readings: [
      {
        chosen: 'The 400 m² limit in the parenthesis applies only to group (c), the small scattered public facilities; a 600 m² sewage plant can qualify.',
        alternative: 'The limit applies to every listed facility (all three groups); not adopted, because the parenthesis follows 小型 in group (c) only.',
      },
      {
        chosen:
          '“等” leaves each group open (conventions §3b): a facility type the text does not name belongs to a group only by a recorded determination (publicFacilityGroupDetermined); group (c) keeps its 400 m² limit either way; without the answer the rule is undetermined.',
        alternative:
          'Reading “等” as closing each list (the first release): a type outside the lists is not eligible; defensible as a safeguard, since groups (a) and (b) carry no area limit.',
      },
    ],
  },
  translations,
);

export default rule;
