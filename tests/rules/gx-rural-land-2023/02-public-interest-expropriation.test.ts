import { describeStatuses } from '../../helpers.js';

const ID = 'gx-rural-land-2023/02-public-interest-expropriation';
const all = { requiresCollectiveLandExpropriation: true, isPublicInterest: true, outsideUrbanDevelopmentBoundary: true, conformsToSpatialPlan: true };

describeStatuses(ID, {
  pass: all,
  fail: { ...all, outsideUrbanDevelopmentBoundary: false },
  notApplicable: { ...all, requiresCollectiveLandExpropriation: false },
  undetermined: { requiresCollectiveLandExpropriation: true, isPublicInterest: true },
});
