import { clause, defineRule, openList, when } from '../define.js';
import translations from './locales/15-collective-commercial-land-market-entry.json' with { type: 'json' };

/** Never collective operating land (土地管理法 art. 63 reads 等 as open, but never for housing). */
const NOT_OPERATING_LAND = ['commercial-housing', 'homestead', 'residential'];

export const rule = defineRule(
  {
    id: 'gx-rural-land-2023/15-collective-commercial-land-market-entry',
    documentId: 'gx-rural-land-2023',
    kind: 'eligibility',
    strength: 'encouraged',
    act: 'the 出讓/出租 of collective operating land',
    title: '集体经营性建设用地出让、出租',
    citation: {
      article: '(十五)',
      quote: '符合國土空間規劃并依法登記的工業、商業等集體經營性建設用地,可以通過出讓、出租等方式交由單位或者個人有償使用。',
    },
    facts: ['projectType', 'conformsToSpatialPlan', 'legallyRegistered', 'collectiveLandUse', 'deemedCollectiveOperatingLand'],
    parameters: {},
    selects: { all: [clause('可以通過出讓、出租等方式交由單位或者個人有償使用', when('projectType', 'equal', 'collective-land-market-entry'))] },
    decision: {
      all: [
        clause('符合國土空間規劃', when('conformsToSpatialPlan', 'equal', true)),
        clause('依法登記', when('legallyRegistered', 'equal', true)),
        clause(
          '工業、商業等集體經營性建設用地',
          openList('collectiveLandUse', ['industrial', 'commercial'], NOT_OPERATING_LAND, 'deemedCollectiveOperatingLand'),
        ),
      ],
    },
    messages: {
      pass: '符合国土空间规划并依法登记的集体经营性建设用地，可以通过出让、出租等方式有偿使用。',
      fail: '入市须符合国土空间规划、依法登记，且为工业、商业等经营性用途；本案不符合。',
    },
    readings: [
      {
        chosen:
          '“工業、商業等集體經營性建設用地” is open (conventions §3b; 土地管理法 art. 63 is read the same way): industrial and commercial use hold; commercial housing, homesteads and residential use are never operating land and fail; any other use holds only by a recorded determination (deemedCollectiveOperatingLand), and without it the rule is undetermined.',
        alternative: 'Reading the list as industrial or commercial use only (the first release).',
      },
    ],
  },
  translations,
);

export default rule;
