import * as z from 'zod/mini';
import { exact } from '../core/exact.js';
import { type FactKind, areaFact, arrayFact, booleanFact, dateFact, enumFact, numberFact, stringFact, text } from './kinds.js';

/**
 * The one shared fact vocabulary (the catalogue's names): each fact's kind. Every
 * rule reads its facts from here; a fact a rule does not read is ignored. The
 * descriptions in English and Chinese are in ./descriptions.ts, which docs and the
 * JSON Schema load and form bundles need not.
 */
const vocabulary = () => {
  const share = numberFact('share');
  const count = numberFact('integer');
  return {
    // — what the case is —
    projectType: enumFact([
      'rural-revitalization',
      'rural-housing',
      'farmland-consolidation',
      'land-consolidation',
      'public-facility',
      'facility-agriculture',
      'agricultural-service-facility',
      'collective-land-market-entry',
      'legacy-construction-land',
      'rural-stock-land-reuse',
      'major-infrastructure',
      'industrial',
      'industrial-stock-land-conversion',
      'industrial-split-transfer',
      'warehousing',
      'research',
    ]),
    planType: enumFact(['township-spatial-plan', 'village-plan', 'county-spatial-plan']),
    reportType: enumFact(['county-annual', 'city-indicators']),
    applicationType: enumFact(['block-development-plan', 'new-construction-land', 'new-exploration-right', 'new-mining-right']),
    subjectType: enumFact(['development-zone', 'exploration-block', 'expropriation-price']),
    year: numberFact('year'),

    // — planning —
    spatialPlanApproved: booleanFact(),
    inCountyPlanCoreLayer: booleanFact(),
    inRegionalOneMap: booleanFact(),
    plannedVillageConstructionLandM2: areaFact('m2'),
    reserveQuotaM2: areaFact('m2'),
    reserveQuotaModes: arrayFact(text(), (v) => v, {}, undefined, ['point-indication', 'project-list', 'use-blank']),
    constructionLandQuotaM2: areaFact('m2'),
    ruralIndustryConstructionLandQuotaM2: areaFact('m2'),
    plannedNewConstructionLandM2: areaFact('m2'),
    pointSupplyReserveM2: areaFact('m2'),
    planningPermitRequested: booleanFact(),
    hasApprovedDetailedOrVillagePlan: booleanFact(),
    otherTypeDetailedPlanApprovedInOneMap: booleanFact(),
    countyGeneralRulesIssued: booleanFact(),
    standaloneSiteWithBuildings: booleanFact(),
    siteSelectionReportApproved: booleanFact(),
    villagePlanRevisionsForConsolidation: count,
    villagePlanCompleted: booleanFact(),

    // — land and location —
    conformsToSpatialPlan: booleanFact(),
    conformsToPlannedUse: booleanFact(),
    requiresCollectiveLandExpropriation: booleanFact(),
    isPublicInterest: booleanFact(),
    outsideUrbanDevelopmentBoundary: booleanFact(),
    occupiesPermanentBasicFarmland: booleanFact(),
    occupiesCultivatedLand: booleanFact(),
    occupiesAgriculturalLand: booleanFact(),
    inEcologicalRedLine: booleanFact(),
    encroachesEcologicalRedLine: booleanFact(),
    isOriginalResident: booleanFact(),
    redLineUnitExistingConstructionLandM2: areaFact('m2'),
    redLineUnitConstructionLandAfterM2: areaFact('m2'),
    involvesNewConstructionLand: booleanFact(),
    within203Scope: booleanFact(),
    landUseApprovalObtained: booleanFact(),
    viaIncreaseDecreaseLinkage: booleanFact(),
    parcels: arrayFact(
      z.strictObject({ id: text().check(z.minLength(1)), slopeDegrees: numberFact('degrees').schema }),
      (p) => {
        const parcel = p as { id: string; slopeDegrees: number };
        return { id: parcel.id, slopeDegrees: exact(parcel.slopeDegrees) };
      },
      { slopeDegrees: 'degrees', id: 'string' },
    ),

    // — permits and procedures —
    needsRuralPlanningPermit: booleanFact(),
    farmlandConversionApprovedOn: dateFact(),
    ruralPlanningPermitIssuedOn: dateFact(),

    // — facilities —
    facilityType: enumFact([
      'sewage-treatment',
      'garbage-storage-transport',
      'manure-treatment',
      'public-toilet',
      'village-road',
      'water-supply-drainage',
      'power-supply',
      'gas-supply',
      'telecom',
      'culture-sports',
      'outdoor-basketball-court',
      'platform',
      'boardwalk',
      'mountain-trail',
      'pavilion',
      'terrace',
      'village-public-toilet',
      'irrigation-pump-station',
      'drainage-pump-station',
      'high-level-water-tank',
    ]),
    listedInRuralRevitalizationPlan: booleanFact(),
    meetsTechnicalStandards: booleanFact(),
    safeUseEnsured: booleanFact(),
    localImplementationRulesPublished: booleanFact(),
    siteAreaM2: areaFact('m2'),
    floorAreaM2: areaFact('m2'),
    footprintM2: areaFact('m2'),
    structureType: enumFact(['simple-shed']),
    servesAgriForestryProduction: booleanFact(),
    hardensGround: booleanFact(),

    // — determinations: a person's answer where the text's list is open (…等, conventions §3b); see DETERMINATIONS —
    reserveQuotaModesDeemedPlanControl: booleanFact(),
    publicFacilityGroupDetermined: enumFact(['living-environment', 'infrastructure', 'small-scattered-public-facility', 'none']),
    serviceFacilityGroupDetermined: enumFact(['single-structure', 'small-water-works', 'none']),
    deemedCollectiveOperatingLand: booleanFact(),
    deemedRuralIntegrationProject: booleanFact(),
    deemedNationallyEncouragedIndustry: booleanFact(),
    designChangeReasonDeemedComparable: booleanFact(),

    // — quotas —
    countyIsPovertyLifted: booleanFact(),
    specialQuotaUsedMu: areaFact('mu'),
    landUse: enumFact(['commercial-service']),
    certifiedRuralIndustryIntegrationProject: booleanFact(),

    // — collective land —
    legallyRegistered: booleanFact(),
    collectiveLandUse: enumFact(['industrial', 'commercial', 'commercial-housing', 'homestead', 'residential']),
    collectiveLandUseRightTransfer: enumFact(['resale', 'sublease']),
    transferApprovedByLaw: booleanFact(),
    ownerConsent: booleanFact(),
    constructionOccurredOn: dateFact(),
    secondSurveyLandClass: enumFact(['construction']),
    thirdSurveyLandClass: enumFact(['construction']),
    publicNoticeObjections: count,

    // — stock land and transitions —
    reuseFor: enumFact(['agri-production', 'agri-processing', 'agri-distribution', 'local-consumption', 'leisure-tourism', 'e-commerce', 'commercial-housing']),
    safetyEnsured: booleanFact(),
    transitionStartedOn: dateFact(),
    useChangeApprovedOn: dateFact(),
    newUse: enumFact(['education', 'medical', 'elderly-care', 'research', 'rental-housing', 'commercial-housing']),
    agreementSupplyCompletedOn: dateFact(),

    // — land management rights —
    landManagementRightTransfer: booleanFact(),
    transferTermYears: numberFact('nonnegative'),
    transferStartsOn: dateFact(),
    transferEndsOn: dateFact(),

    // — consolidation —
    originalCultivatedLandM2: areaFact('m2'),
    newCultivatedLandM2: areaFact('m2'),
    permanentBasicFarmlandAdjustedM2: areaFact('m2'),
    permanentBasicFarmlandBeforeM2: areaFact('m2'),
    permanentBasicFarmlandAfterM2: areaFact('m2'),
    constructionLandBeforeM2: areaFact('m2'),
    constructionLandAfterM2: areaFact('m2'),
    pbfAdjustmentPlanPrepared: booleanFact(),
    pbfAdjustmentPlanApprovedByRegion: booleanFact(),
    projectApprovedOn: dateFact(),
    overallAcceptedOn: dateFact(),
    annualWorkPlanIssuedOn: dateFact(),
    quotaTakenUpByRegionAndCity: booleanFact(),
    selfEvaluationSubmittedOn: dateFact(),
    consolidationProjectsImplemented: count,
    townshipCount: count,
    separateTargetSet: booleanFact(),
    separateTarget: count,
    tradesSurplusSupplementaryFarmlandQuota: booleanFact(),
    ownOccupationCompensationNeedsMet: booleanFact(),
    otherTransferConditionsMet: booleanFact(),
    tradingVenue: enumFact(['liuzhou-quota-platform']),

    // — pilot city —
    countyCompletedStockDisposalTask: booleanFact(),
    stage: enumFact(['site-selection']),
    siteAlternatives: arrayFact(
      z.strictObject({
        id: text().check(z.minLength(1)),
        cultivatedLandShare: share.schema,
        permanentBasicFarmlandShare: share.schema,
        chosen: z.boolean(),
      }),
      (a) => {
        const alt = a as { id: string; cultivatedLandShare: number; permanentBasicFarmlandShare: number; chosen: boolean };
        return { ...alt, cultivatedLandShare: exact(alt.cultivatedLandShare), permanentBasicFarmlandShare: exact(alt.permanentBasicFarmlandShare) };
      },
      { cultivatedLandShare: 'share', permanentBasicFarmlandShare: 'share', chosen: 'boolean', id: 'string' },
    ),
    preliminaryDesignChanged: booleanFact(),
    designChangeReason: enumFact([
      'cultural-relic-protection',
      'major-safety-hazard',
      'major-policy-or-plan-adjustment',
      'major-change-in-construction-conditions',
      'owner-preference',
      'cost-saving',
    ]),
    provincialRank: numberFact('positive-integer'),
    zonesRanked: numberFact('positive-integer'),
    previousProvincialRanks: arrayFact(numberFact('positive-integer').schema, (r) => exact(r as number), {}, 2),
    inProvincialDevelopmentZone: booleanFact(),
    floors: count,
    hasIndustrialElevator: booleanFact(),
    floorAreaRatio: numberFact('nonnegative'),
    requestsNewProjectLand: booleanFact(),
    enterpriseClass: enumFact(['A', 'B', 'C', 'D']),
    convertedFromAgriculturalLand: booleanFact(),
    includesHomestead: booleanFact(),
    plannedUse: enumFact(['commercial-housing']),
    ownershipAndUseRightsRegistered: booleanFact(),
    oneTimeSupplyAreaMu: areaFact('mu'),
    supplyMode: enumFact(['one-time', 'phased']),
    isMajorProject: booleanFact(),
    landAreaFixedAtAdmissionMeeting: booleanFact(),
    plannedStartedFloorAreaShareWithinOneYear: share,
    fullStartConditionInTransferContract: booleanFact(),
    reservePeriodYears: numberFact('nonnegative'),
    isNewProject: booleanFact(),
    aboveGroundFloorAreaM2: areaFact('m2'),
    compatibleProductionServiceFloorAreaM2: areaFact('m2'),
    officeAndLivingFloorAreaM2: areaFact('m2'),
    compatibleFacilitiesSplitTransferred: booleanFact(),
    landWithDesignScheme: booleanFact(),
    landPricePaidOn: dateFact(),
    permitsIssuedOn: dateFact(),
    changesUseOrPlanningConditions: booleanFact(),
    independentUseAndSafetyMet: booleanFact(),
    buyerIsCertifiedChainPartner: booleanFact(),
    contractForbidsSplit: booleanFact(),
    includesOfficeOrLivingFacilities: booleanFact(),
    approvedAndContractAmended: booleanFact(),

    // — 14th five-year plan —
    occupiedCultivatedLandM2: areaFact('m2'),
    compensatedCultivatedLandM2: areaFact('m2'),
    occupiedQualityGrade: numberFact('grade'),
    compensatedQualityGrade: numberFact('grade'),
    occupiedPaddyM2: areaFact('m2'),
    compensatedPaddyM2: areaFact('m2'),
    expropriationPriceLastPublishedOn: dateFact(),
    explorationRightsInBlock: count,
    explorationProjectsInBlock: count,
    countyCode: stringFact(/^\d{6}$/),
    developmentIntensityPct: numberFact('nonnegative'),
    roadNetworkDensityKmPerKm2: numberFact('nonnegative'),
    parkGreenPerCapitaM2: numberFact('nonnegative'),
    miningOutput100mYuan: numberFact('nonnegative'),
    greenMineShare: share,
    miningRightsTotal: count,
    openPitNonMetalMiningRights: count,
    constructionSandStoneMiningRights: count,
    largeMediumMineShare: share,
    newLargeMediumDepositsCumulative: count,
    abandonedMineRestoredHaCumulative: areaFact('ha'),
    coreDataCollectionShare: share,
    geohazardSurveyedCountiesCumulative: count,
    abandonedMineTreatmentShare: share,
    cultivatedLandHa: areaFact('ha'),
    cultivatedLandTargetHa: areaFact('ha'),
    permanentBasicFarmlandHa: areaFact('ha'),
    permanentBasicFarmlandTargetHa: areaFact('ha'),
    ecologicalRedLineHa: areaFact('ha'),
    ecologicalRedLineTargetHa: areaFact('ha'),
    supplementaryFarmlandHaCumulative: areaFact('ha'),
    supplementaryFarmlandTargetHa: areaFact('ha'),
    urbanRuralConstructionLandHa: areaFact('ha'),
    urbanRuralConstructionLandTargetHa: areaFact('ha'),
  } as const satisfies Record<string, FactKind>;
};

/** Kinds frozen: a caller changing one would change every later report. */
const frozen = <T extends Record<string, FactKind>>(kinds: T): T => {
  for (const kind of Object.values(kinds)) {
    if (kind.nested) Object.freeze(kind.nested);
    Object.freeze(kind);
  }
  return Object.freeze(kinds);
};

/**
 * The vocabulary as exported. Its zod schemas cannot be frozen (zod caches on them), so the
 * evaluators read facts with their own kinds, built apart (FACT_KINDS): changing an
 * exported schema changes no report.
 */
export const FACTS = frozen(vocabulary());

export type FactName = keyof typeof FACTS;
export const FACT_NAMES: readonly FactName[] = Object.freeze(Object.keys(FACTS) as FactName[]);
/** The evaluators' own kinds by name, for the per-key lookup every case makes: one Map read answers both questions. */
export const FACT_KINDS: ReadonlyMap<string, FactKind> = new Map(Object.entries(frozen(vocabulary())));
export const isFactName = (name: string): name is FactName => FACT_KINDS.has(name);

/** Facts that record a person's determination, not a finding: reasons mark them as such (conventions §3b). */
export const DETERMINATIONS: ReadonlySet<FactName> = new Set<FactName>([
  'reserveQuotaModesDeemedPlanControl',
  'publicFacilityGroupDetermined',
  'serviceFacilityGroupDetermined',
  'deemedCollectiveOperatingLand',
  'deemedRuralIntegrationProject',
  'deemedNationallyEncouragedIndustry',
  'designChangeReasonDeemedComparable',
]);
