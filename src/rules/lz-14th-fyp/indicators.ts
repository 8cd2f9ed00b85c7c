import { exact, sub } from '../../core/exact.js';
import type { Localized } from '../../core/locale.js';
import type { Derived, RuleDefinition } from '../../core/rule.js';
import { type AreaUnit, toSquareMetres } from '../../core/units.js';
import type { FactName } from '../../facts/vocabulary.js';
import { defineRule, L, when } from '../define.js';

const DUE_BY = '2025-12-31';
const TARGET_YEAR = 2025;

type Attribute = 'binding-target' | 'expected-target' | 'column-target';

interface IndicatorRow {
  /** The full rule id (public API). */
  readonly id: string;
  readonly article: string;
  /** Pieces of the table row as printed, in order (joined with “…”). */
  readonly quote: readonly string[];
  readonly title: Localized;
  readonly fact: FactName;
  readonly comparison: 'atLeast' | 'atMost';
  /** A fixed target in the fact's unit, or the fact that carries a target the region assigns. */
  readonly target: { readonly value: string; readonly source: string } | { readonly fact: FactName };
  readonly attribute: Attribute;
  readonly unit?: AreaUnit;
  /** The unit every number of the message is in, in words (the table prints rows 1–3 in 万公顷, the facts are in 公顷). */
  readonly unitWords: Localized;
  readonly note?: string;
}

const fixed = (value: string, source: string) => ({ value, source });

const HECTARES = L('公顷', '公頃', ' ha');
const PERCENT = L('%', '%', '%');
/** Shares are fractions of 1 (conventions §3): 0.6 is 60%. */
const SHARE = L('（比例，1即100%）', '（比例，1即100%）', ' (a share of 1, 1 = 100%)');

/**
 * 表1 “十四五”时期自然资源主要指标表 and 专栏2, one row per indicator. Each row
 * becomes one rule; nothing is copied by hand into 19 files.
 */
const TABLE: readonly IndicatorRow[] = [
  { id: 'lz-14th-fyp/indicator-cultivated-land-retention', article: '表1 第1项', quote: ['耕地保有量（万公顷）', '落实自治区下达任务', '约束性'], title: L('耕地保有量', '耕地保有量', 'Cultivated land retained'), fact: 'cultivatedLandHa', comparison: 'atLeast', target: { fact: 'cultivatedLandTargetHa' }, unitWords: HECTARES, attribute: 'binding-target', unit: 'ha' },
  { id: 'lz-14th-fyp/indicator-permanent-basic-farmland', article: '表1 第2项', quote: ['永久基本农田保护面积（万公顷）', '落实自治区下达任务', '约束性'], title: L('永久基本农田保护面积', '永久基本農田保護面積', 'Permanent basic farmland protected'), fact: 'permanentBasicFarmlandHa', comparison: 'atLeast', target: { fact: 'permanentBasicFarmlandTargetHa' }, unitWords: HECTARES, attribute: 'binding-target', unit: 'ha' },
  { id: 'lz-14th-fyp/indicator-ecological-red-line-area', article: '表1 第3项', quote: ['生态保护红线面积（万公顷）', '落实自治区下达任务', '约束性'], title: L('生态保护红线面积', '生態保護紅線面積', 'Ecological red-line area'), fact: 'ecologicalRedLineHa', comparison: 'atLeast', target: { fact: 'ecologicalRedLineTargetHa' }, unitWords: HECTARES, attribute: 'binding-target', unit: 'ha' },
  { id: 'lz-14th-fyp/indicator-supplementary-farmland', article: '表1 第4项', quote: ['土地整治补充耕地面积（公顷）', '[6546.48]', '落实自治区下达任务', '预期性'], title: L('土地整治补充耕地面积（五年累计）', '土地整治補充耕地面積（五年累計）', 'Farmland supplemented by land consolidation (five-year total)'), fact: 'supplementaryFarmlandHaCumulative', comparison: 'atLeast', target: { fact: 'supplementaryFarmlandTargetHa' }, unitWords: HECTARES, attribute: 'expected-target', unit: 'ha' },
  { id: 'lz-14th-fyp/indicator-development-intensity', article: '表1 第5项', quote: ['国土开发强度（%）', '4.4', '4.5', '预期性'], title: L('国土开发强度', '國土開發強度', 'Land development intensity'), fact: 'developmentIntensityPct', comparison: 'atMost', target: fixed('4.5', '2025年 4.5 (%)'), unitWords: PERCENT, attribute: 'expected-target', note: 'Read as a ceiling: the intensity should not exceed 4.5% (a development-intensity indicator limits development).' },
  { id: 'lz-14th-fyp/indicator-urban-rural-construction-land', article: '表1 第6项', quote: ['城乡建设用地规模（公顷）', '66140.77', '落实自治区下达任务', '约束性'], title: L('城乡建设用地规模', '城鄉建設用地規模', 'Urban and rural construction land'), fact: 'urbanRuralConstructionLandHa', comparison: 'atMost', target: { fact: 'urbanRuralConstructionLandTargetHa' }, unitWords: HECTARES, attribute: 'binding-target', unit: 'ha' },
  { id: 'lz-14th-fyp/indicator-road-network-density', article: '表1 第7项', quote: ['城市道路网密度（千米/平方千米）', '5.5', '8', '预期性'], title: L('城市道路网密度', '城市道路網密度', 'Urban road network density'), fact: 'roadNetworkDensityKmPerKm2', comparison: 'atLeast', target: fixed('8', '2025年 8 (千米/平方千米)'), unitWords: L('千米/平方千米', '千米/平方千米', ' km/km²'), attribute: 'expected-target' },
  { id: 'lz-14th-fyp/indicator-park-green-per-capita', article: '表1 第8项', quote: ['城市人均公园绿地面积（城区）（平方米）', '13.89', '≥14', '预期性'], title: L('城市人均公园绿地面积', '城市人均公園綠地面積', 'Urban park green space per capita'), fact: 'parkGreenPerCapitaM2', comparison: 'atLeast', target: fixed('14', '2025年 ≥14 (平方米)'), unitWords: L('平方米', '平方米', ' m² per person'), attribute: 'expected-target' },
  { id: 'lz-14th-fyp/indicator-mining-output', article: '表1 第9项', quote: ['矿业产值（亿元）', '15', '20', '预期性'], title: L('矿业产值', '礦業產值', 'Mining output value'), fact: 'miningOutput100mYuan', comparison: 'atLeast', target: fixed('20', '2025年 20 (亿元); the text says “矿业产值达到20亿元左右”'), unitWords: L('亿元', '億元', ' hundred million yuan (亿元)'), attribute: 'expected-target', note: 'The text says “20亿元左右” (about 20); read as at least 20. A reading with a tolerance band was not adopted: the text gives no width.' },
  { id: 'lz-14th-fyp/indicator-green-mine-ratio', article: '表1 第10项', quote: ['绿色和谐矿山比例（%）', '37.36', '100', '约束性'], title: L('绿色和谐矿山比例', '綠色和諧礦山比例', 'Share of green, harmonious mines'), fact: 'greenMineShare', comparison: 'atLeast', target: fixed('1', '2025年 100 (%)'), unitWords: SHARE, attribute: 'binding-target' },
  { id: 'lz-14th-fyp/indicator-mining-rights-total', article: '表1 第11项', quote: ['采矿权总数', '167', '≤159', '约束性'], title: L('采矿权总数', '採礦權總數', 'Mining rights in total'), fact: 'miningRightsTotal', comparison: 'atMost', target: fixed('159', '2025年 ≤159'), unitWords: L('宗', '宗', ' mining rights'), attribute: 'binding-target' },
  { id: 'lz-14th-fyp/indicator-open-pit-non-metal-rights', article: '表1 第11项', quote: ['露天非金属采矿权数', '140', '≤134'], title: L('露天非金属采矿权数', '露天非金屬採礦權數', 'Open-pit non-metal mining rights'), fact: 'openPitNonMetalMiningRights', comparison: 'atMost', target: fixed('134', '2025年 ≤134'), unitWords: L('宗', '宗', ' mining rights'), attribute: 'binding-target', note: 'The attribute cell is merged with row 11 (采矿权数量, 约束性).' },
  { id: 'lz-14th-fyp/indicator-sand-stone-rights', article: '表1 第11项', quote: ['建筑石料用砂石采矿数', '32', '≤58'], title: L('建筑石料用砂石采矿权数', '建築石料用砂石採礦權數', 'Mining rights for construction sand and stone'), fact: 'constructionSandStoneMiningRights', comparison: 'atMost', target: fixed('58', '2025年 ≤58'), unitWords: L('宗', '宗', ' mining rights'), attribute: 'binding-target', note: 'The attribute cell is merged with row 11 (采矿权数量, 约束性). The cap (58) is above the 2020 figure (32): sand and stone rights may grow.' },
  { id: 'lz-14th-fyp/indicator-large-medium-mine-ratio', article: '表1 第12项', quote: ['大中型矿山比例（%）', '43.75', '≥50', '预期性'], title: L('大中型矿山比例', '大中型礦山比例', 'Share of large and medium mines'), fact: 'largeMediumMineShare', comparison: 'atLeast', target: fixed('0.5', '2025年 ≥50 (%)'), unitWords: SHARE, attribute: 'expected-target' },
  { id: 'lz-14th-fyp/indicator-new-large-medium-deposits', article: '表1 第13项', quote: ['新发现大中型矿产地（个）', '[0]', '[5]', '预期性'], title: L('新发现大中型矿产地（五年累计）', '新發現大中型礦產地（五年累計）', 'New large and medium deposits found (five-year total)'), fact: 'newLargeMediumDepositsCumulative', comparison: 'atLeast', target: fixed('5', '[5] — [] marks a five-year total'), unitWords: L('个', '個', ' deposits'), attribute: 'expected-target' },
  { id: 'lz-14th-fyp/indicator-abandoned-mine-restoration', article: '表1 第14项', quote: ['历史遗留废弃矿山生态修复面积', '（公顷）', '[272.52]', '[805.2]', '预期性'], title: L('历史遗留废弃矿山生态修复面积（五年累计）', '歷史遺留廢棄礦山生態修復面積（五年累計）', 'Historical abandoned mines restored (five-year total)'), fact: 'abandonedMineRestoredHaCumulative', comparison: 'atLeast', target: fixed('805.2', '[805.2] 公顷 — a five-year total'), unitWords: HECTARES, attribute: 'expected-target', unit: 'ha' },
  { id: 'lz-14th-fyp/indicator-core-data-collection-rate', article: '表1 第15项', quote: ['国土空间基础信息平台核心数据归集率（%）', '99%', '预期性'], title: L('国土空间基础信息平台核心数据归集率', '國土空間基礎信息平台核心數據歸集率', 'Core data collection rate of the spatial information platform'), fact: 'coreDataCollectionShare', comparison: 'atLeast', target: fixed('0.99', '2025年 99%'), unitWords: SHARE, attribute: 'expected-target' },
  { id: 'lz-14th-fyp/indicator-geohazard-survey-counties', article: '表1 第16项', quote: ['地质灾害调查评价（普查）县区（个）', '[10]', '预期性'], title: L('地质灾害调查评价县区（五年累计）', '地質災害調查評價縣區（五年累計）', 'Counties with geohazard survey and evaluation (five-year total)'), fact: 'geohazardSurveyedCountiesCumulative', comparison: 'atLeast', target: fixed('10', '[10] — a five-year total'), unitWords: L('个', '個', ' counties'), attribute: 'expected-target' },
  { id: 'lz-14th-fyp/abandoned-mine-treatment-rate', article: '专栏2 3.', quote: ['2025年底，全市废弃矿山综合治理率达到60%。'], title: L('废弃矿山综合治理率', '廢棄礦山綜合治理率', 'Comprehensive treatment rate of abandoned mines'), fact: 'abandonedMineTreatmentShare', comparison: 'atLeast', target: fixed('0.6', '达到60%'), unitWords: SHARE, attribute: 'column-target' },
];

const ATTRIBUTE_WORDS: Record<Attribute, Localized> = {
  'binding-target': L('约束性指标', '約束性指標', 'binding target'),
  'expected-target': L('预期性指标', '預期性指標', 'expected target'),
  'column-target': L('专栏目标', '專欄目標', 'column target'),
};

const indicatorRule = (row: IndicatorRow): RuleDefinition => {
  const target = row.target;
  const targetId = 'fact' in target ? target.fact : '$target';
  const derive: Record<string, Derived> = { dueBy: { from: [], compute: () => DUE_BY } };
  if (!('fact' in target)) {
    // Areas are held in square metres, like area facts.
    const value = row.unit ? toSquareMetres(exact(target.value), row.unit) : exact(target.value);
    derive.target = { from: [], ...(row.unit ? { unit: row.unit } : {}), compute: () => value };
  }
  // Signed distance to the target, positive when short of it (derived after the target it reads).
  derive.gap = {
    from: [row.fact, targetId],
    ...(row.unit ? { unit: row.unit } : {}),
    compute: (v) => (row.comparison === 'atLeast' ? sub(v.exact(targetId), v.exact(row.fact)) : sub(v.exact(row.fact), v.exact(targetId))),
  };
  const word = row.comparison === 'atLeast' ? L('不低于', '不低於', 'at least') : L('不高于', '不高於', 'at most');
  const attribute = ATTRIBUTE_WORDS[row.attribute];
  const u = row.unitWords;
  return defineRule({
    id: row.id,
    documentId: 'lz-14th-fyp',
    kind: 'target',
    strength: 'target',
    attribute: row.attribute,
    title: L(`2025年${row.title['zh-Hans']}目标`, `2025年${row.title['zh-Hant']}目標`, `${row.title.en}: 2025 target`),
    citation: { article: row.article, quote: row.quote.join('…') },
    facts: ['reportType', 'year', row.fact, ...('fact' in target ? [target.fact] : [])],
    parameters: 'fact' in target ? {} : { target: { value: target.value, unit: row.unit ?? 'as the fact', source: target.source } },
    decisiveDate: 'report-year-end',
    // The report's year is needed, not a selector: without it the rule is undetermined (conventions §3c).
    selects: { all: [when('reportType', 'equal', 'city-indicators')] },
    notYetDue: { any: [when('year', 'below', TARGET_YEAR), when('@asOf', 'onOrBefore', { fact: '$dueBy' })] },
    derive,
    decision: { all: [when(row.fact, row.comparison, { fact: targetId })] },
    conclusions: (v) => ({ target: v.show(targetId, row.unit), gap: v.show('$gap'), dueBy: DUE_BY }),
    messages: {
      pass: L(
        `${row.title['zh-Hans']}为{${row.fact}}${u['zh-Hans']}，${word['zh-Hans']}2025年目标{target}${u['zh-Hans']}（${attribute['zh-Hans']}）。`,
        `${row.title['zh-Hant']}為{${row.fact}}${u['zh-Hant']}，${word['zh-Hant']}2025年目標{target}${u['zh-Hant']}（${attribute['zh-Hant']}）。`,
        `${row.title.en} is {${row.fact}}${u.en}, ${word.en} the 2025 target of {target}${u.en} (${attribute.en}).`,
      ),
      fail: L(
        `${row.title['zh-Hans']}为{${row.fact}}${u['zh-Hans']}，未达到2025年目标{target}${u['zh-Hans']}（${attribute['zh-Hans']}），差距{gap}${u['zh-Hans']}。`,
        `${row.title['zh-Hant']}為{${row.fact}}${u['zh-Hant']}，未達到2025年目標{target}${u['zh-Hant']}（${attribute['zh-Hant']}），差距{gap}${u['zh-Hant']}。`,
        `${row.title.en} is {${row.fact}}${u.en}, missing the 2025 target of {target}${u.en} (${attribute.en}) by {gap}${u.en}.`,
      ),
    },
    readings: [
      {
        chosen: `Due for the ${TARGET_YEAR} report (judged by the plan in force on 31 December ${TARGET_YEAR}); reports for 2021–2024 are not applicable but still get the target and the gap.`,
        alternative: 'Holding every annual report to the 2025 value.',
      },
    ],
    notes: [
      ...('fact' in target ? ['The target is assigned by the region (落实自治区下达任务): the caller supplies it in hectares (the table prints 万公顷 for rows 1–3; ×10 000). Without it the rule is undetermined.'] : []),
      ...(row.note ? [row.note] : []),
    ],
  });
};

export const rules = TABLE.map(indicatorRule);

export default rules;
