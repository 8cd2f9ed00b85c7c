import { describe, expect, it } from 'vitest';
import { check, describeStatuses, statusOf } from '../../helpers.js';

const ID = 'gx-rural-land-2023/16-legacy-construction-land';
const ok = {
  projectType: 'legacy-construction-land',
  secondSurveyLandClass: 'construction',
  thirdSurveyLandClass: 'construction',
  publicNoticeObjections: 0,
  conformsToPlannedUse: true,
};

describeStatuses(ID, {
  pass: { ...ok, constructionOccurredOn: '1998-06-01' },
  fail: { ...ok, constructionOccurredOn: '2010-01-01' },
  notApplicable: { ...ok, projectType: 'rural-housing', constructionOccurredOn: '1998-06-01' },
  undetermined: { ...ok },
});

describe(ID, () => {
  // 1987年1月1日至2009年12月31日之间: both end days included.
  it.each([
    ['1986-12-31', 'fail'],
    ['1987-01-01', 'pass'],
    ['1987-01-02', 'pass'],
    ['2009-12-30', 'pass'],
    ['2009-12-31', 'pass'],
    ['2010-01-01', 'fail'],
  ])('construction on %s: %s', async (date, status) => {
    expect(await statusOf(ID, { ...ok, constructionOccurredOn: date })).toBe(status);
  });
  it.each([
    [0, 'pass'],
    [1, 'fail'],
  ])('%i objections: %s', async (objections, status) => {
    expect(await statusOf(ID, { ...ok, constructionOccurredOn: '2000-01-01', publicNoticeObjections: objections })).toBe(status);
  });
  it('land classed otherwise in either survey does not qualify', async () => {
    expect(await statusOf(ID, { ...ok, secondSurveyLandClass: 'cultivated', constructionOccurredOn: '2000-01-01' })).toBe('fail');
    expect(await statusOf(ID, { ...ok, thirdSurveyLandClass: 'forest', constructionOccurredOn: '2000-01-01' })).toBe('fail');
  });
  it('rejects an impossible date with its path, and a fractional objection count', async () => {
    const result = await check(ID, { ...ok, constructionOccurredOn: '2001-02-29' });
    expect(result.status).toBe('undetermined');
    expect((await check(ID, { ...ok, constructionOccurredOn: '2000-01-01', publicNoticeObjections: 0.5 })).status).toBe('undetermined');
  });
  it('lists the next steps', async () => {
    expect((await check(ID, { ...ok, constructionOccurredOn: '2000-01-01' })).conclusions).toEqual({
      nextSteps: ['complete-collective-construction-land-approval', 'real-estate-registration'],
    });
  });
});
