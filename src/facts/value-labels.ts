/**
 * The Chinese names of the enumerated values, as registers write them: for each fact and
 * code, the simplified and the traditional labels, the first being the name shown, the
 * others synonyms a register uses (设施农业用地 for 设施农业). Wording follows the documents
 * where they name the thing (点位示意, 简易棚房, 分期供地). A label names one code of one
 * fact only; a word that could mean two codes (钢架大棚: a simple shed or not?) is no label,
 * and is left to the caller's own value map.
 *
 * These labels are read only by an explicit step (normaliseFacts, the batch reader, the
 * service): the evaluators themselves take codes, and refuse a label as invalid rather than
 * read it as "some other value".
 */

/** Simplified labels, then traditional ones ('|' separates synonyms; the traditional list may add the variant characters registers use, 汙/污, 閒/閑). */
type Labels = readonly [hans: string, hant: string];

const VALUE_LABELS_SOURCE: Readonly<Record<string, Readonly<Record<string, Labels>>>> = {
  projectType: {
    'rural-revitalization': ['乡村振兴项目|乡村振兴', '鄉村振興項目|鄉村振興'],
    'rural-housing': ['农村村民住宅|农村宅基地建房|村民建房|农民建房', '農村村民住宅|農村宅基地建房|村民建房|農民建房'],
    'farmland-consolidation': ['农用地整理|耕地整理', '農用地整理|耕地整理'],
    'land-consolidation': ['全域土地综合整治|土地综合整治', '全域土地綜合整治|土地綜合整治'],
    'public-facility': ['公用公服设施|零星公用公服设施|公共服务设施', '公用公服設施|零星公用公服設施|公共服務設施'],
    'facility-agriculture': ['设施农业|设施农业用地', '設施農業|設施農業用地'],
    'agricultural-service-facility': ['农业生产服务设施|农林业生产服务设施', '農業生產服務設施|農林業生產服務設施'],
    'collective-land-market-entry': ['集体经营性建设用地入市', '集體經營性建設用地入市'],
    'legacy-construction-land': ['历史遗留建设用地', '歷史遺留建設用地'],
    'rural-stock-land-reuse': ['盘活乡村存量建设用地|乡村存量建设用地盘活', '盤活鄉村存量建設用地|鄉村存量建設用地盤活'],
    'major-infrastructure': ['重大基础设施|重大基础设施项目', '重大基礎設施|重大基礎設施項目'],
    industrial: ['工业项目|工业', '工業項目|工業'],
    'industrial-stock-land-conversion': ['存量工业用地转型', '存量工業用地轉型'],
    'industrial-split-transfer': ['工业用地分割转让|工业物业分割转让', '工業用地分割轉讓|工業物業分割轉讓'],
    warehousing: ['仓储项目|仓储', '倉儲項目|倉儲'],
    research: ['科研项目|科研', '科研項目|科研'],
  },
  planType: {
    'township-spatial-plan': ['乡镇国土空间规划', '鄉鎮國土空間規劃'],
    'village-plan': ['村庄规划|实用性村庄规划', '村莊規劃|實用性村莊規劃'],
    'county-spatial-plan': ['县级国土空间规划|县国土空间规划', '縣級國土空間規劃|縣國土空間規劃'],
  },
  reportType: {
    'county-annual': ['县（区）年度报告|县级年度报告', '縣（區）年度報告|縣級年度報告'],
    'city-indicators': ['市级规划指标报告|规划指标报告', '市級規劃指標報告|規劃指標報告'],
  },
  applicationType: {
    'block-development-plan': ['成片开发方案', '成片開發方案'],
    'new-construction-land': ['新增建设用地申报|新增建设用地', '新增建設用地申報|新增建設用地'],
    'new-exploration-right': ['新设探矿权', '新設探礦權'],
    'new-mining-right': ['新设采矿权', '新設採礦權'],
  },
  subjectType: {
    'development-zone': ['开发区', '開發區'],
    'exploration-block': ['勘查区块', '勘查區塊'],
    'expropriation-price': ['征地区片综合地价', '徵地區片綜合地價'],
  },
  reserveQuotaModes: {
    'point-indication': ['点位示意', '點位示意'],
    'project-list': ['项目清单', '項目清單'],
    'use-blank': ['用途留白', '用途留白'],
  },
  facilityType: {
    'sewage-treatment': ['污水处理|农村生活污水处理', '污水處理|農村生活污水處理|汙水處理|農村生活汙水處理'],
    'garbage-storage-transport': ['垃圾储运', '垃圾儲運'],
    'manure-treatment': ['粪污处理', '糞污處理|糞汙處理'],
    'public-toilet': ['公共厕所', '公共廁所'],
    'village-road': ['村内道路', '村內道路'],
    'water-supply-drainage': ['给排水', '給排水'],
    'power-supply': ['供电', '供電'],
    'gas-supply': ['供气', '供氣'],
    telecom: ['通讯|通信', '通訊|通信'],
    'culture-sports': ['文化体育', '文化體育'],
    'outdoor-basketball-court': ['露天篮球场', '露天籃球場'],
    platform: ['平台', '平臺'],
    boardwalk: ['栈道', '棧道'],
    'mountain-trail': ['登山道', '登山道'],
    pavilion: ['亭', '亭'],
    terrace: ['台', '臺'],
    'village-public-toilet': ['村屯公厕', '村屯公廁'],
    'irrigation-pump-station': ['小型灌溉泵站|灌溉泵站', '小型灌溉泵站|灌溉泵站'],
    'drainage-pump-station': ['小型排涝泵站|排涝泵站', '小型排澇泵站|排澇泵站'],
    'high-level-water-tank': ['高位水池', '高位水池'],
  },
  structureType: {
    'simple-shed': ['简易棚房', '簡易棚房'],
  },
  landUse: {
    'commercial-service': ['商业服务业|商服用地', '商業服務業|商服用地'],
  },
  collectiveLandUse: {
    industrial: ['工业', '工業'],
    commercial: ['商业', '商業'],
    'commercial-housing': ['商品住宅|商品房', '商品住宅|商品房'],
    homestead: ['宅基地', '宅基地'],
    residential: ['住宅', '住宅'],
  },
  collectiveLandUseRightTransfer: {
    resale: ['转让', '轉讓'],
    sublease: ['转租', '轉租'],
  },
  secondSurveyLandClass: { construction: ['建设用地', '建設用地'] },
  thirdSurveyLandClass: { construction: ['建设用地', '建設用地'] },
  reuseFor: {
    'agri-production': ['农产品生产', '農產品生產'],
    'agri-processing': ['农产品加工', '農產品加工'],
    'agri-distribution': ['农产品流通', '農產品流通'],
    'local-consumption': ['就地消费', '就地消費'],
    'leisure-tourism': ['农村休闲观光旅游|休闲观光旅游', '農村休閑觀光旅遊|休閑觀光旅遊|農村休閒觀光旅遊|休閒觀光旅遊|農村休閑觀光旅游'],
    'e-commerce': ['电子商务', '電子商務'],
    'commercial-housing': ['商品住宅|商品房', '商品住宅|商品房'],
  },
  newUse: {
    education: ['教育', '教育'],
    medical: ['医疗', '醫療'],
    'elderly-care': ['养老', '養老'],
    research: ['科研', '科研'],
    'rental-housing': ['租赁住房', '租賃住房'],
    'commercial-housing': ['商品住宅|商品房', '商品住宅|商品房'],
  },
  tradingVenue: { 'liuzhou-quota-platform': ['柳州市补充耕地指标交易平台', '柳州市補充耕地指標交易平臺'] },
  stage: { 'site-selection': ['选址|用地预审选址', '選址|用地預審選址'] },
  designChangeReason: {
    'cultural-relic-protection': ['文物保护', '文物保護'],
    'major-safety-hazard': ['重大安全隐患', '重大安全隱患'],
    'major-policy-or-plan-adjustment': ['重大政策及规划调整|重大政策或规划调整', '重大政策及規劃調整|重大政策或規劃調整'],
    'major-change-in-construction-conditions': ['建设条件重大变化', '建設條件重大變化'],
    'owner-preference': ['建设单位意愿', '建設單位意願'],
    'cost-saving': ['节约投资', '節約投資'],
  },
  enterpriseClass: { A: ['A类', 'A類'], B: ['B类', 'B類'], C: ['C类', 'C類'], D: ['D类', 'D類'] },
  plannedUse: { 'commercial-housing': ['商品住宅|商品房', '商品住宅|商品房'] },
  supplyMode: { 'one-time': ['一次性供地', '一次性供地'], phased: ['分期供地', '分期供地'] },
  publicFacilityGroupDetermined: {
    'living-environment': ['农村人居环境建设项目', '農村人居環境建設項目'],
    infrastructure: ['基础设施项目', '基礎設施項目'],
    'small-scattered-public-facility': ['小型零星公用公服设施', '小型零星公用公服設施'],
    none: ['均不属于', '均不屬於'],
  },
  serviceFacilityGroupDetermined: {
    'single-structure': ['零星分散单体设施', '零星分散單體設施'],
    'small-water-works': ['小型水利设施', '小型水利設施'],
    none: ['均不属于', '均不屬於'],
  },
};

export interface ValueLabels {
  readonly 'zh-Hans': readonly string[];
  readonly 'zh-Hant': readonly string[];
}

/** For each enumerated fact, each code's labels: the first of each script is the one shown. */
export const VALUE_LABELS: Readonly<Record<string, Readonly<Record<string, ValueLabels>>>> = Object.freeze(
  Object.fromEntries(
    Object.entries(VALUE_LABELS_SOURCE).map(([fact, codes]) => [
      fact,
      Object.freeze(
        Object.fromEntries(
          Object.entries(codes).map(([code, [hans, hant]]) => [code, Object.freeze({ 'zh-Hans': hans.split('|'), 'zh-Hant': hant.split('|') })]),
        ),
      ),
    ]),
  ),
);

/**
 * The form a label is looked up in: NFKC (full-width letters and brackets become ASCII), no
 * spaces, and ASCII brackets read as the full-width ones registers mostly use.
 */
export const labelKey = (text: string): string => text.normalize('NFKC').replace(/\s+/gu, '').replace(/\(/g, '（').replace(/\)/g, '）');

const BY_LABEL: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map(
  Object.entries(VALUE_LABELS).map(([fact, codes]) => {
    const index = new Map<string, string>();
    for (const [code, labels] of Object.entries(codes)) for (const label of [...labels['zh-Hans'], ...labels['zh-Hant']]) index.set(labelKey(label), code);
    return [fact, index];
  }),
);

/** The code a Chinese label names for this fact, or undefined. */
export const codeOfLabel = (fact: string, text: string): string | undefined => BY_LABEL.get(fact)?.get(labelKey(text));
