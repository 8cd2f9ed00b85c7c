import { describe, expect, it } from 'vitest';
import { check, describeStatuses } from '../../helpers.js';

const ID = 'gx-rural-land-2023/07-planning-permit-basis';
const request = { planningPermitRequested: true };

describeStatuses(ID, {
  pass: { ...request, hasApprovedDetailedOrVillagePlan: true },
  fail: { ...request, hasApprovedDetailedOrVillagePlan: false, projectType: 'rural-housing', countyGeneralRulesIssued: false },
  notApplicable: { planningPermitRequested: false, hasApprovedDetailedOrVillagePlan: false },
  undetermined: { ...request, hasApprovedDetailedOrVillagePlan: false, projectType: 'rural-housing' },
});

describe(ID, () => {
  it.each([
    [{ hasApprovedDetailedOrVillagePlan: true }, 'pass', 'detailed-or-village-plan'],
    [{ hasApprovedDetailedOrVillagePlan: false, projectType: 'rural-housing', countyGeneralRulesIssued: true }, 'pass', 'county-general-rules'],
    [
      { hasApprovedDetailedOrVillagePlan: false, projectType: 'public-facility', standaloneSiteWithBuildings: true, siteSelectionReportApproved: true },
      'pass',
      'site-selection-report',
    ],
    [
      // Second reading: with the other-type plan route, a project other than housing also states whether it has one.
      { hasApprovedDetailedOrVillagePlan: false, projectType: 'public-facility', standaloneSiteWithBuildings: true, siteSelectionReportApproved: false, otherTypeDetailedPlanApprovedInOneMap: false },
      'fail',
      'none',
    ],
    [{ hasApprovedDetailedOrVillagePlan: false, projectType: 'public-facility', standaloneSiteWithBuildings: false, otherTypeDetailedPlanApprovedInOneMap: false }, 'fail', 'none'],
  ])('%o → %s with basis %s', async (facts, status, basis) => {
    const result = await check(ID, { ...request, ...facts });
    expect(result.status).toBe(status);
    expect(result.conclusions.permitBasis).toBe(basis);
  });
  it('county general rules do not serve a project other than housing', async () => {
    const result = await check(ID, { ...request, hasApprovedDetailedOrVillagePlan: false, projectType: 'industrial', countyGeneralRulesIssued: true, standaloneSiteWithBuildings: false, otherTypeDetailedPlanApprovedInOneMap: false });
    expect(result.status).toBe('fail');
  });
});

// Second reading (D4): the other-type detailed plan route of (七) was not encoded.
describe(`${ID}: other-type detailed plan`, () => {
  const other = { ...request, hasApprovedDetailedOrVillagePlan: false, projectType: 'rural-revitalization', standaloneSiteWithBuildings: false };
  it('an other-type detailed plan approved and in the one map is a basis for a project other than housing', async () => {
    const result = await check(ID, { ...other, otherTypeDetailedPlanApprovedInOneMap: true });
    expect(result.status).toBe('pass');
    expect(result.conclusions).toEqual({ permitBasis: 'other-type-detailed-plan' });
  });
  it('not approved, it is no basis; not stated, the rule cannot decide, since it could be the basis', async () => {
    expect((await check(ID, { ...other, otherTypeDetailedPlanApprovedInOneMap: false })).conclusions).toEqual({ permitBasis: 'none' });
    const unstated = await check(ID, other);
    expect(unstated.status).toBe('undetermined');
    expect(unstated.missingFacts).toEqual(['otherTypeDetailedPlanApprovedInOneMap']);
  });
  it('it is no route for village housing, which has the county general rules', async () => {
    const result = await check(ID, { ...request, hasApprovedDetailedOrVillagePlan: false, projectType: 'rural-housing', countyGeneralRulesIssued: false, otherTypeDetailedPlanApprovedInOneMap: true });
    expect(result.status).toBe('fail');
  });
});
