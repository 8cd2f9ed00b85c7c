import { describeStatuses } from '../../helpers.js';

const ID = 'lz-14th-fyp/expropriation-price-review';
const subject = { subjectType: 'expropriation-price' };

describeStatuses(ID, {
  pass: { ...subject, expropriationPriceLastPublishedOn: '2022-07-01' },
  fail: { ...subject, expropriationPriceLastPublishedOn: '2022-06-29' },
  notApplicable: { subjectType: 'exploration-block', expropriationPriceLastPublishedOn: '2010-01-01' },
  undetermined: { ...subject },
});
