import { byStatus, clause, defineRule, param, when } from '../define.js';
import translations from './locales/14-agricultural-land-original-use.json' with { type: 'json' };

/** (a) must not harden the ground; no area limit. */
const UNHARDENED = ['platform', 'boardwalk', 'mountain-trail'];
/** (b) scattered single structures, footprint at most 200 m². */
const SINGLE_STRUCTURES = [
  'pavilion',
  'terrace',
  'village-public-toilet',
  'sewage-treatment',
  'garbage-storage-transport',
  'power-supply',
  'gas-supply',
  'telecom',
];
/** (c) small pump stations and tanks, footprint at most 60 m². */
const SMALL_WATER_WORKS = ['irrigation-pump-station', 'drainage-pump-station', 'high-level-water-tank'];

const NAMED = [...UNHARDENED, ...SINGLE_STRUCTURES, ...SMALL_WATER_WORKS];

const maxSingleStructure = { value: 200, unit: 'm2', source: '零星分散單體占地面積不超過200平方米' } as const;
const maxSmallWaterWorks = { value: 60, unit: 'm2', source: '占地面積不超過60平方米' } as const;

export const rule = defineRule(
  {
    id: 'gx-rural-land-2023/14-agricultural-land-original-use',
    documentId: 'gx-rural-land-2023',
    kind: 'eligibility',
    strength: 'encouraged',
    act: 'building the service facility under original-use management',
    title: '农业生产服务设施按原用途管理',
    citation: {
      article: '(十四)',
      quote:
        '對列入鄉村振興規劃、計劃或項目庫,具有農林業生產服務功能的不固化地面的平臺、棧道、登山道,零星分散單體占地面積不超過200平方米的亭、臺和村屯公廁、污水處理、垃圾儲運、供電、供氣、通訊等設施,占地面積不超過60平方米的小型灌溉泵站、小型排澇泵站、高位水池等,在不涉及占用耕地和永久基本農田的情況下,可按原用途管理。',
    },
    facts: [
      'projectType',
      'facilityType',
      'listedInRuralRevitalizationPlan',
      'servesAgriForestryProduction',
      'occupiesCultivatedLand',
      'occupiesPermanentBasicFarmland',
      'hardensGround',
      'footprintM2',
      'serviceFacilityGroupDetermined',
    ],
    parameters: { maxSingleStructure, maxSmallWaterWorks },
    selects: { all: [when('projectType', 'equal', 'agricultural-service-facility')] },
    decision: {
      all: [
        clause('列入鄉村振興規劃、計劃或項目庫', when('listedInRuralRevitalizationPlan', 'equal', true)),
        clause('具有農林業生產服務功能', when('servesAgriForestryProduction', 'equal', true)),
        clause('不涉及占用耕地和永久基本農田', clause('不涉及占用耕地和永久基本農田', when('occupiesCultivatedLand', 'equal', false))),
        clause('不涉及占用耕地和永久基本農田', clause('不涉及占用耕地和永久基本農田', when('occupiesPermanentBasicFarmland', 'equal', false))),
        {
          any: [
            { name: '不固化地面的平臺、棧道、登山道', all: [when('facilityType', 'in', UNHARDENED), when('hardensGround', 'equal', false)] },
            {
              name: '零星分散單體占地面積不超過200平方米的亭、臺和村屯公廁、污水處理、垃圾儲運、供電、供氣、通訊等設施',
              all: [when('facilityType', 'in', SINGLE_STRUCTURES), when('footprintM2', 'atMost', param('maxSingleStructure'))],
            },
            {
              name: '占地面積不超過60平方米的小型灌溉泵站、小型排澇泵站、高位水池等',
              all: [when('facilityType', 'in', SMALL_WATER_WORKS), when('footprintM2', 'atMost', param('maxSmallWaterWorks'))],
            },
            // Groups (b) and (c) close with 等 (conventions §3b); group (a) names its three kinds without 等.
            {
              name: '零星分散單體占地面積不超過200平方米的亭、臺和村屯公廁、污水處理、垃圾儲運、供電、供氣、通訊等設施',
              all: [
                when('facilityType', 'notIn', NAMED),
                when('serviceFacilityGroupDetermined', 'equal', 'single-structure'),
                when('footprintM2', 'atMost', param('maxSingleStructure')),
              ],
            },
            {
              name: '占地面積不超過60平方米的小型灌溉泵站、小型排澇泵站、高位水池等',
              all: [
                when('facilityType', 'notIn', NAMED),
                when('serviceFacilityGroupDetermined', 'equal', 'small-water-works'),
                when('footprintM2', 'atMost', param('maxSmallWaterWorks')),
              ],
            },
          ],
        },
      ],
    },
    conclusions: { managedAsOriginalUse: byStatus({ pass: true, fail: false }), conversionApprovalRequired: byStatus({ pass: false }) },
    messages: {
      pass: '该设施可按原用途管理，无需办理农用地转用审批。',
      fail: '不符合按原用途管理的条件：须列入乡村振兴规划或项目库、服务农林业生产、不占耕地和永久基本农田，且平台栈道不固化地面、单体设施占地不超过{maxSingleStructure}平方米、小型泵站水池占地不超过{maxSmallWaterWorks}平方米。',
    },
    readings: [
      {
        chosen: 'The 200 m² limit applies to each single structure of group (b) (單體占地面積), not to the project as a whole.',
        alternative: 'The total of all scattered structures could be read as limited to 200 m².',
      },
      {
        chosen:
          'Groups (b) 「…通訊等設施」 and (c) 「…高位水池等」 close with 等 and are open (conventions §3b): another facility type belongs to one only by a recorded determination (serviceFacilityGroupDetermined), keeping that group’s limit; group (a) names its three kinds without 等 and stays closed. The attribute 「具有農林業生產服務功能的」 is applied to all three groups.',
        alternative: 'Reading every list as closed (the first release); or applying the attribute to group (a) only.',
      },
    ],
  },
  translations,
);

export default rule;
