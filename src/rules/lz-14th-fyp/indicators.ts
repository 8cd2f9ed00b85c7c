import { fixed, indicatorRule, type IndicatorRow } from '../indicator-rule.js';
import { withLocaleFile } from '../define.js';
import translations from './locales/indicators.json' with { type: 'json' };

const HECTARES = '公顷';
const PERCENT = '%';
/** Shares are fractions of 1 (conventions §3): 0.6 is 60%. */
const SHARE = '（比例，1即100%）';

/**
 * 表1 “十四五”时期自然资源主要指标表 and 专栏2, one row per indicator. Each row
 * becomes one rule; nothing is copied by hand into 19 files.
 */
const TABLE: readonly IndicatorRow[] = [
  { id: 'lz-14th-fyp/indicator-cultivated-land-retention', article: '表1 第1项', quote: ['耕地保有量（万公顷）', '落实自治区下达任务', '约束性'], title: '耕地保有量', fact: 'cultivatedLandHa', comparison: 'atLeast', target: { fact: 'cultivatedLandTargetHa' }, unitWords: HECTARES, attribute: 'binding-target', unit: 'ha' },
  { id: 'lz-14th-fyp/indicator-permanent-basic-farmland', article: '表1 第2项', quote: ['永久基本农田保护面积（万公顷）', '落实自治区下达任务', '约束性'], title: '永久基本农田保护面积', fact: 'permanentBasicFarmlandHa', comparison: 'atLeast', target: { fact: 'permanentBasicFarmlandTargetHa' }, unitWords: HECTARES, attribute: 'binding-target', unit: 'ha' },
  { id: 'lz-14th-fyp/indicator-ecological-red-line-area', article: '表1 第3项', quote: ['生态保护红线面积（万公顷）', '落实自治区下达任务', '约束性'], title: '生态保护红线面积', fact: 'ecologicalRedLineHa', comparison: 'atLeast', target: { fact: 'ecologicalRedLineTargetHa' }, unitWords: HECTARES, attribute: 'binding-target', unit: 'ha' },
  { id: 'lz-14th-fyp/indicator-supplementary-farmland', article: '表1 第4项', quote: ['土地整治补充耕地面积（公顷）', '[6546.48]', '落实自治区下达任务', '预期性'], title: '土地整治补充耕地面积（五年累计）', fact: 'supplementaryFarmlandHaCumulative', comparison: 'atLeast', target: { fact: 'supplementaryFarmlandTargetHa' }, unitWords: HECTARES, attribute: 'expected-target', unit: 'ha' },
  { id: 'lz-14th-fyp/indicator-development-intensity', article: '表1 第5项', quote: ['国土开发强度（%）', '4.4', '4.5', '预期性'], title: '国土开发强度', fact: 'developmentIntensityPct', comparison: 'atMost', target: fixed('4.5', '2025年 4.5 (%)'), unitWords: PERCENT, attribute: 'expected-target', note: 'Read as a ceiling: the intensity should not exceed 4.5% (a development-intensity indicator limits development).' },
  { id: 'lz-14th-fyp/indicator-urban-rural-construction-land', article: '表1 第6项', quote: ['城乡建设用地规模（公顷）', '66140.77', '落实自治区下达任务', '约束性'], title: '城乡建设用地规模', fact: 'urbanRuralConstructionLandHa', comparison: 'atMost', target: { fact: 'urbanRuralConstructionLandTargetHa' }, unitWords: HECTARES, attribute: 'binding-target', unit: 'ha' },
  { id: 'lz-14th-fyp/indicator-road-network-density', article: '表1 第7项', quote: ['城市道路网密度（千米/平方千米）', '5.5', '8', '预期性'], title: '城市道路网密度', fact: 'roadNetworkDensityKmPerKm2', comparison: 'atLeast', target: fixed('8', '2025年 8 (千米/平方千米)'), unitWords: '千米/平方千米', attribute: 'expected-target' },
  { id: 'lz-14th-fyp/indicator-park-green-per-capita', article: '表1 第8项', quote: ['城市人均公园绿地面积（城区）（平方米）', '13.89', '≥14', '预期性'], title: '城市人均公园绿地面积', fact: 'parkGreenPerCapitaM2', comparison: 'atLeast', target: fixed('14', '2025年 ≥14 (平方米)'), unitWords: '平方米', attribute: 'expected-target' },
  { id: 'lz-14th-fyp/indicator-mining-output', article: '表1 第9项', quote: ['矿业产值（亿元）', '15', '20', '预期性'], title: '矿业产值', fact: 'miningOutput100mYuan', comparison: 'atLeast', target: fixed('20', '2025年 20 (亿元); the text says “矿业产值达到20亿元左右”'), unitWords: '亿元', attribute: 'expected-target', note: 'The text says “20亿元左右” (about 20); read as at least 20. A reading with a tolerance band was not adopted: the text gives no width.' },
  { id: 'lz-14th-fyp/indicator-green-mine-ratio', article: '表1 第10项', quote: ['绿色和谐矿山比例（%）', '37.36', '100', '约束性'], title: '绿色和谐矿山比例', fact: 'greenMineShare', comparison: 'atLeast', target: fixed('1', '2025年 100 (%)'), unitWords: SHARE, attribute: 'binding-target' },
  { id: 'lz-14th-fyp/indicator-mining-rights-total', article: '表1 第11项', quote: ['采矿权总数', '167', '≤159', '约束性'], title: '采矿权总数', fact: 'miningRightsTotal', comparison: 'atMost', target: fixed('159', '2025年 ≤159'), unitWords: '宗', attribute: 'binding-target' },
  { id: 'lz-14th-fyp/indicator-open-pit-non-metal-rights', article: '表1 第11项', quote: ['露天非金属采矿权数', '140', '≤134'], title: '露天非金属采矿权数', fact: 'openPitNonMetalMiningRights', comparison: 'atMost', target: fixed('134', '2025年 ≤134'), unitWords: '宗', attribute: 'binding-target', note: 'The attribute cell is merged with row 11 (采矿权数量, 约束性).' },
  { id: 'lz-14th-fyp/indicator-sand-stone-rights', article: '表1 第11项', quote: ['建筑石料用砂石采矿数', '32', '≤58'], title: '建筑石料用砂石采矿权数', fact: 'constructionSandStoneMiningRights', comparison: 'atMost', target: fixed('58', '2025年 ≤58'), unitWords: '宗', attribute: 'binding-target', note: 'The attribute cell is merged with row 11 (采矿权数量, 约束性). The cap (58) is above the 2020 figure (32): sand and stone rights may grow.' },
  { id: 'lz-14th-fyp/indicator-large-medium-mine-ratio', article: '表1 第12项', quote: ['大中型矿山比例（%）', '43.75', '≥50', '预期性'], title: '大中型矿山比例', fact: 'largeMediumMineShare', comparison: 'atLeast', target: fixed('0.5', '2025年 ≥50 (%)'), unitWords: SHARE, attribute: 'expected-target' },
  { id: 'lz-14th-fyp/indicator-new-large-medium-deposits', article: '表1 第13项', quote: ['新发现大中型矿产地（个）', '[0]', '[5]', '预期性'], title: '新发现大中型矿产地（五年累计）', fact: 'newLargeMediumDepositsCumulative', comparison: 'atLeast', target: fixed('5', '[5] — [] marks a five-year total'), unitWords: '个', attribute: 'expected-target' },
  { id: 'lz-14th-fyp/indicator-abandoned-mine-restoration', article: '表1 第14项', quote: ['历史遗留废弃矿山生态修复面积', '（公顷）', '[272.52]', '[805.2]', '预期性'], title: '历史遗留废弃矿山生态修复面积（五年累计）', fact: 'abandonedMineRestoredHaCumulative', comparison: 'atLeast', target: fixed('805.2', '[805.2] 公顷 — a five-year total'), unitWords: HECTARES, attribute: 'expected-target', unit: 'ha' },
  { id: 'lz-14th-fyp/indicator-core-data-collection-rate', article: '表1 第15项', quote: ['国土空间基础信息平台核心数据归集率（%）', '99%', '预期性'], title: '国土空间基础信息平台核心数据归集率', fact: 'coreDataCollectionShare', comparison: 'atLeast', target: fixed('0.99', '2025年 99%'), unitWords: SHARE, attribute: 'expected-target' },
  { id: 'lz-14th-fyp/indicator-geohazard-survey-counties', article: '表1 第16项', quote: ['地质灾害调查评价（普查）县区（个）', '[10]', '预期性'], title: '地质灾害调查评价县区（五年累计）', fact: 'geohazardSurveyedCountiesCumulative', comparison: 'atLeast', target: fixed('10', '[10] — a five-year total'), unitWords: '个', attribute: 'expected-target' },
  { id: 'lz-14th-fyp/abandoned-mine-treatment-rate', article: '专栏2 3.', quote: ['2025年底，全市废弃矿山综合治理率达到60%。'], title: '废弃矿山综合治理率', fact: 'abandonedMineTreatmentShare', comparison: 'atLeast', target: fixed('0.6', '达到60%'), unitWords: SHARE, attribute: 'column-target' },
];

export const rules = TABLE.map(withLocaleFile(indicatorRule, translations));

export default rules;
