import * as z from 'zod';
import { exact } from '../core/exact.js';
import {
  type FactKind,
  areaFact,
  arrayFact,
  booleanFact,
  dateFact,
  enumFact,
  finite,
  nonNegative,
  numberFact,
  stringFact,
} from './kinds.js';

export interface FactDefinition extends FactKind {
  readonly description: { readonly en: string; readonly zh: string };
}

const fact = (kind: FactKind, en: string, zh: string): FactDefinition => ({ ...kind, description: { en, zh } });

const share = numberFact('share');
const count = numberFact('integer');

/**
 * The one shared fact vocabulary (the catalogue's names). Every rule reads its
 * facts from here; a fact a rule does not read is ignored.
 */
export const FACTS = {
  // — what the case is —
  projectType: fact(
    enumFact([
      'rural-revitalization', 'rural-housing', 'farmland-consolidation', 'land-consolidation', 'public-facility',
      'facility-agriculture', 'agricultural-service-facility', 'collective-land-market-entry', 'legacy-construction-land',
      'rural-stock-land-reuse', 'major-infrastructure', 'industrial', 'industrial-stock-land-conversion', 'industrial-split-transfer',
    ]),
    'Kind of project the case is about.', '项目类型。'),
  planType: fact(enumFact(['township-spatial-plan', 'village-plan', 'county-spatial-plan']), 'Kind of plan the case is about.', '规划类型。'),
  reportType: fact(enumFact(['county-annual', 'city-indicators']), 'Kind of report the case is about.', '报告类型。'),
  applicationType: fact(enumFact(['block-development-plan', 'new-construction-land', 'new-exploration-right', 'new-mining-right']), 'Kind of application.', '申请类型。'),
  subjectType: fact(enumFact(['development-zone', 'exploration-block', 'expropriation-price']), 'Kind of subject (zone, block, price table).', '对象类型（开发区、勘查区块、征地区片价）。'),
  year: fact(numberFact('year'), 'Year a report covers.', '报告所属年度。'),

  // — planning —
  spatialPlanApproved: fact(booleanFact(), 'The territorial spatial plan of this level has been formally approved.', '本级国土空间规划已正式批准。'),
  inCountyPlanCoreLayer: fact(booleanFact(), 'Project land is in the core layer of the city/county master-plan database.', '项目用地已纳入市县国土空间总体规划数据库核心图层。'),
  inRegionalOneMap: fact(booleanFact(), "Project land is in the region's spatial-plan 'one map'.", '项目用地已纳入自治区国土空间规划“一张图”。'),
  plannedVillageConstructionLandM2: fact(areaFact('m2'), 'Total planned village construction land of the plan.', '规划村庄建设用地总量。'),
  reserveQuotaM2: fact(areaFact('m2'), 'Flexible reserve quota (机动指标) the plan holds.', '规划预留的机动指标。'),
  reserveQuotaModes: fact(
    arrayFact(z.string(), (v) => v, "list of 'point-indication' | 'project-list' | 'use-blank'"),
    'How the reserve is put under plan control: point-indication 点位示意, project-list 项目清单, use-blank 用途留白.',
    '机动指标纳入规划管控的方式：点位示意、项目清单、用途留白。'),
  constructionLandQuotaM2: fact(areaFact('m2'), 'Construction-land quota of the county or township spatial plan.', '县、乡级国土空间规划的建设用地指标。'),
  ruralIndustryConstructionLandQuotaM2: fact(areaFact('m2'), 'Part of that quota set aside for rural industry.', '其中重点保障乡村产业发展的建设用地指标。'),
  plannedNewConstructionLandM2: fact(areaFact('m2'), 'Planned NEW construction land of the village plan.', '村庄规划的规划新增建设用地规模。'),
  pointSupplyReserveM2: fact(areaFact('m2'), 'Reserve for point-supply (点状供地) projects in the village plan.', '村庄规划中为点状供地项目预留的规模。'),
  planningPermitRequested: fact(booleanFact(), 'A planning permit is requested.', '申请核发规划许可证。'),
  hasApprovedDetailedOrVillagePlan: fact(booleanFact(), 'A lawfully approved detailed or village plan covers the site.', '有依法批准的详细规划或村庄规划覆盖该用地。'),
  countyGeneralRulesIssued: fact(booleanFact(), "The county government has issued 'general-rule' (通则式) planning controls for village housing.", '县级政府已就村民住宅作出“通则式”规划管控规定。'),
  standaloneSiteWithBuildings: fact(booleanFact(), 'The project qualifies for standalone site selection and has buildings above ground.', '项目符合单独选址条件且有地上建筑物。'),
  siteSelectionReportApproved: fact(booleanFact(), 'A comprehensive site-selection report is approved by a government at county level or above.', '规划选址综合论证报告已经县级及以上政府批准。'),
  villagePlanRevisionsForConsolidation: fact(count, 'Revisions made to the village plan for the consolidation project.', '为开展全域土地综合整治对村庄规划所作修改的次数。'),
  villagePlanCompleted: fact(booleanFact(), 'A practical village plan is completed.', '已完成实用性村庄规划编制。'),

  // — land and location —
  conformsToSpatialPlan: fact(booleanFact(), 'Conforms to the territorial spatial plan.', '符合国土空间规划。'),
  conformsToPlannedUse: fact(booleanFact(), 'Conforms to the planned use.', '符合规划用途。'),
  requiresCollectiveLandExpropriation: fact(booleanFact(), "The project needs to expropriate farmers' collective land.", '项目确需征收农民集体所有土地。'),
  isPublicInterest: fact(booleanFact(), 'The project is in the public interest (公益性).', '属于公益性项目。'),
  outsideUrbanDevelopmentBoundary: fact(booleanFact(), 'The site is outside the urban development boundary.', '位于城镇开发边界外。'),
  occupiesPermanentBasicFarmland: fact(booleanFact(), 'Occupies permanent basic farmland.', '占用永久基本农田。'),
  occupiesCultivatedLand: fact(booleanFact(), 'Occupies cultivated land (耕地).', '占用耕地。'),
  occupiesAgriculturalLand: fact(booleanFact(), 'Occupies agricultural land (农用地).', '占用农用地。'),
  inEcologicalRedLine: fact(booleanFact(), 'The site is inside the ecological protection red line.', '选址位于生态保护红线内。'),
  encroachesEcologicalRedLine: fact(booleanFact(), 'The project breaches the ecological protection red line.', '突破生态保护红线。'),
  isOriginalResident: fact(booleanFact(), 'The builder is an original resident (原住居民).', '建房人为原住居民。'),
  redLineUnitExistingConstructionLandM2: fact(areaFact('m2'), 'Existing construction land of the red-line management unit.', '所涉生态保护红线管理单元现有建设用地规模。'),
  redLineUnitConstructionLandAfterM2: fact(areaFact('m2'), 'Construction land of that unit after the project.', '项目实施后该管理单元的建设用地规模。'),
  involvesNewConstructionLand: fact(booleanFact(), 'The project involves new construction land.', '涉及新增建设用地。'),
  within203Scope: fact(booleanFact(), 'Inside the village land scope of the 3rd national survey (203 范围).', '位于第三次全国国土调查村庄用地范围（203范围）内。'),
  landUseApprovalObtained: fact(booleanFact(), 'Land-use approval under national rules has been obtained.', '已按国家规定办理用地审批手续。'),
  viaIncreaseDecreaseLinkage: fact(booleanFact(), 'Carried out as an urban–rural increase/decrease linkage (增减挂钩) project.', '通过城乡建设用地增减挂钩项目实施。'),
  parcels: fact(
    arrayFact(z.strictObject({ id: z.string().min(1), slopeDegrees: numberFact('degrees').schema }), (p) => {
      const parcel = p as { id: string; slopeDegrees: number };
      return { id: parcel.id, slopeDegrees: exact(parcel.slopeDegrees) };
    }, 'list of { id, slopeDegrees }'),
    'Parcels in the project scope, each with its slope in degrees.', '纳入实施范围的地块及其坡度（度）。'),

  // — permits and procedures —
  needsRuralPlanningPermit: fact(booleanFact(), 'The project needs a rural construction planning permit.', '需办理乡村建设规划许可证。'),
  farmlandConversionApprovedOn: fact(dateFact(), 'Day the farmland conversion was approved (absent: not yet).', '农用地转用批准日期（无则尚未批准）。'),
  ruralPlanningPermitIssuedOn: fact(dateFact(), 'Day the rural construction planning permit was issued (absent: not yet).', '乡村建设规划许可证核发日期（无则尚未核发）。'),

  // — facilities —
  facilityType: fact(
    enumFact([
      'sewage-treatment', 'garbage-storage-transport', 'manure-treatment', 'public-toilet', 'village-road', 'water-supply-drainage',
      'power-supply', 'gas-supply', 'telecom', 'culture-sports', 'outdoor-basketball-court', 'platform', 'boardwalk', 'mountain-trail',
      'pavilion', 'terrace', 'village-public-toilet', 'irrigation-pump-station', 'drainage-pump-station', 'high-level-water-tank',
    ]),
    'Kind of facility.', '设施类型。'),
  listedInRuralRevitalizationPlan: fact(booleanFact(), 'Listed in a rural-revitalisation plan, programme or project bank.', '列入乡村振兴规划、计划或项目库。'),
  meetsTechnicalStandards: fact(booleanFact(), 'Meets the laws, standards and local technical rules.', '满足有关法律法规、标准规范和地方技术规定要求。'),
  safeUseEnsured: fact(booleanFact(), 'Safe use is ensured.', '确保安全利用。'),
  localImplementationRulesPublished: fact(booleanFact(), 'The city or county has made and published detailed implementation rules.', '市、县已制定和公开管理实施细则。'),
  siteAreaM2: fact(areaFact('m2'), 'Project land area (用地面积 / 用地规模).', '项目用地面积（用地规模）。'),
  floorAreaM2: fact(areaFact('m2'), 'Floor area (建筑面积).', '建筑面积。'),
  footprintM2: fact(areaFact('m2'), 'Land occupied by the single structure (占地面积).', '单体占地面积。'),
  structureType: fact(enumFact(['simple-shed']), 'Kind of structure.', '建筑物类型。'),
  servesAgriForestryProduction: fact(booleanFact(), 'Serves agricultural or forestry production.', '具有农林业生产服务功能。'),
  hardensGround: fact(booleanFact(), 'Hardens the ground (固化地面).', '固化地面。'),

  // — quotas —
  countyIsPovertyLifted: fact(booleanFact(), 'The county is a poverty-lifted county (脱贫县).', '所在县为脱贫县。'),
  specialQuotaUsedMu: fact(areaFact('mu'), "Used this year of the state's separately allocated land-plan quota.", '本年度已使用的国家单列下达用地计划指标。'),
  landUse: fact(enumFact(['commercial-service']), 'Land use.', '用地用途。'),
  certifiedRuralIndustryIntegrationProject: fact(booleanFact(), 'Certified by the city bureau, on evidence, as a rural industry integration project.', '经设区市自然资源主管部门举证和认定属于农村产业融合发展项目。'),

  // — collective land —
  legallyRegistered: fact(booleanFact(), 'Registered according to law.', '已依法登记。'),
  collectiveLandUse: fact(enumFact(['industrial', 'commercial']), 'Use of the collective commercial construction land.', '集体经营性建设用地的用途。'),
  collectiveLandUseRightTransfer: fact(enumFact(['resale', 'sublease']), 'Transfer of a collective construction-land use right (resale 转卖, sublease 转租).', '集体建设用地使用权的转让方式（转卖、转租）。'),
  transferApprovedByLaw: fact(booleanFact(), 'The transfer is approved according to law.', '转让已经依法批准。'),
  ownerConsent: fact(booleanFact(), 'The land owner consents.', '土地所有权人同意。'),
  constructionOccurredOn: fact(dateFact(), 'Day the construction took place.', '建设用地行为发生日期。'),
  secondSurveyLandClass: fact(enumFact(['construction']), 'Land class in the 2nd land survey.', '第二次土地调查成果地类。'),
  thirdSurveyLandClass: fact(enumFact(['construction']), 'Land class in the 3rd national survey.', '第三次国土调查成果地类。'),
  publicNoticeObjections: fact(count, 'Objections received during the public notice.', '公告期间群众提出的异议数。'),

  // — stock land and transitions —
  reuseFor: fact(enumFact(['agri-production', 'agri-processing', 'agri-distribution', 'local-consumption', 'leisure-tourism', 'e-commerce']), 'What the reused rural stock land is used for.', '盘活利用的乡村存量房产、土地用途。'),
  safetyEnsured: fact(booleanFact(), 'Safety is ensured.', '确保安全。'),
  transitionStartedOn: fact(dateFact(), 'Day the 5-year transition period started (the start event; the next day is the first counted).', '五年过渡期起算事件发生之日（次日开始计算）。'),
  useChangeApprovedOn: fact(dateFact(), 'Day the change of use was approved (absent: not yet).', '用途变更审批日期（无则尚未办理）。'),
  newUse: fact(enumFact(['education', 'medical', 'elderly-care', 'research', 'rental-housing']), 'New use of the converted industrial stock land.', '存量工业用地转型后的新用途。'),
  agreementSupplyCompletedOn: fact(dateFact(), 'Day the land was supplied by agreement at the new use’s market price (absent: not yet).', '按新用途市场价以协议方式办理供地之日（无则尚未办理）。'),

  // — land management rights —
  landManagementRightTransfer: fact(booleanFact(), 'The case is a transfer (流转) of a land management right.', '属于土地经营权流转。'),
  transferTermYears: fact(numberFact('nonnegative'), 'Term of the transfer in years.', '流转期限（年）。'),
  transferStartsOn: fact(dateFact(), 'First day of the transfer term.', '流转期限首日。'),
  transferEndsOn: fact(dateFact(), 'Last day of the transfer term.', '流转期限末日。'),

  // — consolidation —
  originalCultivatedLandM2: fact(areaFact('m2'), 'Cultivated land in the consolidation area before the project.', '项目整治区域内原有耕地面积。'),
  newCultivatedLandM2: fact(areaFact('m2'), 'New cultivated land the project adds.', '新增耕地面积。'),
  permanentBasicFarmlandAdjustedM2: fact(areaFact('m2'), 'Permanent basic farmland adjusted by the project.', '调整永久基本农田面积。'),
  permanentBasicFarmlandBeforeM2: fact(areaFact('m2'), 'Permanent basic farmland in the area before the adjustment.', '调整前整治区域内永久基本农田面积。'),
  permanentBasicFarmlandAfterM2: fact(areaFact('m2'), 'Permanent basic farmland in the area after the adjustment.', '调整后整治区域内永久基本农田面积。'),
  constructionLandBeforeM2: fact(areaFact('m2'), 'Construction land in the area before the project.', '整治前建设用地总量。'),
  constructionLandAfterM2: fact(areaFact('m2'), 'Construction land in the area after the project.', '整治后建设用地总量。'),
  pbfAdjustmentPlanPrepared: fact(booleanFact(), 'A permanent basic farmland adjustment plan was prepared alongside.', '已同步编制永久基本农田调整方案。'),
  pbfAdjustmentPlanApprovedByRegion: fact(booleanFact(), 'That plan passed review by the regional Natural Resources and Agriculture departments.', '调整方案已经自治区自然资源厅会同农业农村厅审核通过。'),
  projectApprovedOn: fact(dateFact(), 'Day the consolidation project was approved.', '项目批准日期。'),
  overallAcceptedOn: fact(dateFact(), 'Day of overall acceptance (absent: not yet).', '整体验收日期（无则尚未验收）。'),
  annualWorkPlanIssuedOn: fact(dateFact(), 'Day the annual consolidation work plan was made (absent: not yet).', '年度工作计划制定日期（无则尚未制定）。'),
  selfEvaluationSubmittedOn: fact(dateFact(), 'Day the annual performance self-evaluation was done (absent: not yet).', '年度绩效自评完成日期（无则尚未完成）。'),
  consolidationProjectsImplemented: fact(count, 'Consolidation and restoration projects the county has implemented.', '县（区）实施的全域土地综合整治与生态修复项目数。'),
  townshipCount: fact(count, 'Townships in the county.', '县（区）乡镇个数。'),
  separateTargetSet: fact(booleanFact(), 'A separate target was set because resources do not allow the standard one.', '因资源禀赋条件确实未达要求而另设建设目标。'),
  separateTarget: fact(count, 'The separately set project target.', '另设的项目建设目标。'),
  tradesSurplusSupplementaryFarmlandQuota: fact(booleanFact(), 'Surplus supplementary-farmland quota is traded.', '交易富余的补充耕地指标。'),
  ownOccupationCompensationNeedsMet: fact(booleanFact(), "The jurisdiction's own occupation–compensation needs are met.", '已满足本辖区自身建设项目耕地占补平衡需求。'),
  otherTransferConditionsMet: fact(booleanFact(), 'The other conditions for transferring the quota are met.', '符合其他补充耕地指标出让条件。'),
  tradingVenue: fact(enumFact(['liuzhou-quota-platform']), 'Where the quota is traded.', '指标交易场所。'),

  // — pilot city —
  countyCompletedStockDisposalTask: fact(booleanFact(), "The county completed its annual 'increase–stock linkage' (增存挂钩) disposal task.", '县（区）已完成年度“增存挂钩”处置任务。'),
  stage: fact(enumFact(['site-selection']), 'Stage of the project.', '项目阶段。'),
  siteAlternatives: fact(
    arrayFact(
      z.strictObject({ id: z.string().min(1), cultivatedLandShare: share.schema, permanentBasicFarmlandShare: share.schema, chosen: z.boolean() }),
      (a) => {
        const alt = a as { id: string; cultivatedLandShare: number; permanentBasicFarmlandShare: number; chosen: boolean };
        return { ...alt, cultivatedLandShare: exact(alt.cultivatedLandShare), permanentBasicFarmlandShare: exact(alt.permanentBasicFarmlandShare) };
      },
      'list of { id, cultivatedLandShare, permanentBasicFarmlandShare, chosen }',
    ),
    'Site or route alternatives, with the share of cultivated land and permanent basic farmland each occupies.', '选址选线方案及各方案占用耕地、永久基本农田的比例。'),
  preliminaryDesignChanged: fact(booleanFact(), 'The approved preliminary design was changed.', '已批复的初步设计发生变更。'),
  designChangeReason: fact(enumFact(['cultural-relic-protection', 'major-safety-hazard', 'major-policy-or-plan-adjustment', 'major-change-in-construction-conditions']), 'Reason for the design change.', '设计变更原因。'),
  provincialRank: fact(numberFact('positive-integer'), 'Rank of the zone in the provincial land-use evaluation (1 = best).', '开发区集约用地评价省内排名（1为最优）。'),
  zonesRanked: fact(numberFact('positive-integer'), 'Number of zones ranked in the province.', '参与省内排名的开发区数。'),
  previousProvincialRanks: fact(
    arrayFact(numberFact('positive-integer').schema, (r) => exact(r as number), 'two ranks, oldest first', 2),
    'Ranks of the two preceding years, oldest first.', '前两年的省内排名（由远及近）。'),
  inProvincialDevelopmentZone: fact(booleanFact(), 'Inside a development zone of provincial level or above.', '位于省级以上开发区内。'),
  floors: fact(count, 'Storeys of the factory building.', '厂房层数。'),
  hasIndustrialElevator: fact(booleanFact(), 'Has an industrial elevator.', '配置工业电梯。'),
  floorAreaRatio: fact(numberFact('nonnegative'), 'Floor-area ratio (容积率).', '容积率。'),
  requestsNewProjectLand: fact(booleanFact(), 'The enterprise requests land for a new project.', '企业申请新增项目用地。'),
  enterpriseClass: fact(enumFact(['A', 'B', 'C', 'D']), 'Enterprise class in the per-mu evaluation (A … D).', '企业亩均效益评价分类（A–D类）。'),
  convertedFromAgriculturalLand: fact(booleanFact(), 'The land enters the market by converting agricultural land into new construction land.', '通过农用地转为新增建设用地入市。'),
  includesHomestead: fact(booleanFact(), 'Homestead (宅基地) is included in the market entry.', '将宅基地纳入入市范围。'),
  plannedUse: fact(enumFact(['commercial-housing']), 'Planned use after market entry.', '入市后的规划用途。'),
  ownershipAndUseRightsRegistered: fact(booleanFact(), 'Collective land ownership and use rights are confirmed and registered.', '已完成集体土地所有权和使用权确权登记。'),
  oneTimeSupplyAreaMu: fact(areaFact('mu'), 'Land supplied to the industrial project at one time.', '工业项目一次性用地规模。'),
  supplyMode: fact(enumFact(['one-time', 'phased']), 'How the land is supplied: at once or in phases.', '供地方式：一次性供地或分期供地。'),
  plannedStartedFloorAreaShareWithinOneYear: fact(share, 'Share of the planned floor area whose construction starts within one year.', '1年内开工建筑面积占宗地规划建筑面积的比例。'),
  fullStartConditionInTransferContract: fact(booleanFact(), 'The one-year full-start requirement is a condition of the land transfer.', '已将1年内全面开工要求纳入土地出让条件。'),
  reservePeriodYears: fact(numberFact('nonnegative'), 'Planning reserve period of a phased supply, in years.', '分期供地的规划预留期限（年）。'),
  isNewProject: fact(booleanFact(), 'A new industrial land project.', '新建产业用地项目。'),
  aboveGroundFloorAreaM2: fact(areaFact('m2'), 'Total above-ground floor area.', '地上建筑总量。'),
  compatibleProductionServiceFloorAreaM2: fact(areaFact('m2'), 'Floor area of compatible production services (industry, storage, research only).', '兼容其他生产服务用途（仅限工业、仓储、科研）的建筑面积。'),
  officeAndLivingFloorAreaM2: fact(areaFact('m2'), 'Floor area for administrative offices and living services.', '兼容行政办公、生活服务设施的建筑面积。'),
  compatibleFacilitiesSplitTransferred: fact(booleanFact(), 'Compatible facilities are split off and transferred.', '兼容设施分割转让。'),
  landWithDesignScheme: fact(booleanFact(), "Land supplied 'with a design scheme' (带方案出让).", '带设计方案出让土地。'),
  landPricePaidOn: fact(dateFact(), 'Day the land price was paid as the contract requires.', '按合同约定缴纳出让金之日。'),
  permitsIssuedOn: fact(dateFact(), 'Day the three permits were available at the service window (absent: not yet).', '在综合服务窗口领取三证之日（无则尚未领取）。'),
  changesUseOrPlanningConditions: fact(booleanFact(), 'The split changes the use or the planning conditions.', '分割转让改变用途或规划条件。'),
  independentUseAndSafetyMet: fact(booleanFact(), 'Independent use, safety and fire requirements are met.', '满足独立使用及安全、消防等要求。'),
  buyerIsCertifiedChainPartner: fact(booleanFact(), 'The buyer is a certified industrial-chain partner.', '受让方为经认定的产业链合作伙伴企业。'),
  contractForbidsSplit: fact(booleanFact(), 'The contract forbids splitting or split transfer.', '合同约定不得分割及分割转让。'),
  includesOfficeOrLivingFacilities: fact(booleanFact(), 'Supporting office or living facilities are split off on their own.', '配套行政办公及生活服务设施独立分割转让。'),
  approvedAndContractAmended: fact(booleanFact(), 'The approving body or land grantor agreed and the contract was amended.', '经批准单位或出让方审核同意并重新签订合同或补充协议。'),

  // — 14th five-year plan —
  occupiedCultivatedLandM2: fact(areaFact('m2'), 'Cultivated land occupied.', '占用耕地面积。'),
  compensatedCultivatedLandM2: fact(areaFact('m2'), 'Cultivated land supplemented in compensation.', '补充耕地面积。'),
  occupiedQualityGrade: fact(numberFact('grade'), 'Quality grade of the occupied cultivated land (1 best … 10 worst).', '被占用耕地质量等别（1最优…10最差）。'),
  compensatedQualityGrade: fact(numberFact('grade'), 'Quality grade of the compensating cultivated land.', '补充耕地质量等别。'),
  occupiedPaddyM2: fact(areaFact('m2'), 'Paddy field occupied.', '占用水田面积。'),
  compensatedPaddyM2: fact(areaFact('m2'), 'Paddy field supplemented.', '补充水田面积。'),
  expropriationPriceLastPublishedOn: fact(dateFact(), 'Day the integrated zone land prices for expropriation were last adjusted or republished.', '征地区片综合地价最近一次调整或重新公布之日。'),
  explorationRightsInBlock: fact(count, 'Exploration rights in the block.', '区块内探矿权个数。'),
  explorationProjectsInBlock: fact(count, 'Exploration projects for the block.', '勘查区块对应的勘查项目数。'),
  countyCode: fact(stringFact(/^\d{6}$/), 'GB/T 2260 code of the county.', '所在县的行政区划代码（GB/T 2260）。'),
  developmentIntensityPct: fact(numberFact('nonnegative'), 'Land development intensity, percent.', '国土开发强度（%）。'),
  roadNetworkDensityKmPerKm2: fact(numberFact('nonnegative'), 'Urban road network density, km/km².', '城市道路网密度（公里/平方公里）。'),
  parkGreenPerCapitaM2: fact(numberFact('nonnegative'), 'Urban park green space per capita, m².', '城市人均公园绿地面积（平方米）。'),
  miningOutput100mYuan: fact(numberFact('nonnegative'), 'Mining output value, 100 million yuan.', '矿业产值（亿元）。'),
  greenMineShare: fact(share, 'Share of green, harmonious mines.', '绿色和谐矿山比例。'),
  miningRightsTotal: fact(count, 'Mining rights in total.', '采矿权总数。'),
  openPitNonMetalMiningRights: fact(count, 'Open-pit non-metal mining rights.', '露天非金属采矿权数。'),
  constructionSandStoneMiningRights: fact(count, 'Mining rights for construction sand and stone.', '建筑石料用砂石采矿权数。'),
  largeMediumMineShare: fact(share, 'Share of large and medium mines.', '大中型矿山比例。'),
  newLargeMediumDepositsCumulative: fact(count, 'Newly found large and medium deposits, 2021 onwards.', '新发现大中型矿产地（累计）。'),
  abandonedMineRestoredHaCumulative: fact(areaFact('ha'), 'Historical abandoned mines ecologically restored, 2021 onwards.', '历史遗留废弃矿山生态修复面积（累计）。'),
  coreDataCollectionShare: fact(share, 'Core data collection rate of the spatial basic-information platform.', '国土空间基础信息平台核心数据归集率。'),
  geohazardSurveyedCountiesCumulative: fact(count, 'Counties with geohazard survey and evaluation, 2021 onwards.', '完成地质灾害调查评价的县区数（累计）。'),
  abandonedMineTreatmentShare: fact(share, 'Comprehensive treatment rate of abandoned mines.', '废弃矿山综合治理率。'),
  cultivatedLandHa: fact(areaFact('ha'), 'Cultivated land retained.', '耕地保有量。'),
  cultivatedLandTargetHa: fact(areaFact('ha'), 'Cultivated land retention target assigned by the region.', '自治区下达的耕地保有量目标。'),
  permanentBasicFarmlandHa: fact(areaFact('ha'), 'Permanent basic farmland protected.', '永久基本农田保护面积。'),
  permanentBasicFarmlandTargetHa: fact(areaFact('ha'), 'Permanent basic farmland target assigned by the region.', '自治区下达的永久基本农田保护目标。'),
  ecologicalRedLineHa: fact(areaFact('ha'), 'Area inside the ecological protection red line.', '生态保护红线面积。'),
  ecologicalRedLineTargetHa: fact(areaFact('ha'), 'Ecological red-line area target assigned by the region.', '自治区下达的生态保护红线面积目标。'),
  supplementaryFarmlandHaCumulative: fact(areaFact('ha'), 'Cultivated land supplemented by land consolidation, 2021 onwards.', '土地整治补充耕地面积（累计）。'),
  supplementaryFarmlandTargetHa: fact(areaFact('ha'), 'Supplementary farmland target assigned by the region.', '自治区下达的补充耕地目标。'),
  urbanRuralConstructionLandHa: fact(areaFact('ha'), 'Urban and rural construction land.', '城乡建设用地规模。'),
  urbanRuralConstructionLandTargetHa: fact(areaFact('ha'), 'Urban–rural construction land cap assigned by the region.', '自治区下达的城乡建设用地规模控制目标。'),
} as const satisfies Record<string, FactDefinition>;

export type FactName = keyof typeof FACTS;
export const FACT_NAMES = Object.keys(FACTS) as FactName[];
export const isFactName = (name: string): name is FactName => Object.hasOwn(FACTS, name);

export { finite, nonNegative };
