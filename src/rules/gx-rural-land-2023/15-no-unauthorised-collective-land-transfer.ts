import { clause, defineRule, when } from '../define.js';
import translations from './locales/15-no-unauthorised-collective-land-transfer.json' with { type: 'json' };

export const rule = defineRule(
  {
    id: 'gx-rural-land-2023/15-no-unauthorised-collective-land-transfer',
    documentId: 'gx-rural-land-2023',
    kind: 'requirement',
    strength: 'binding',
    act: 'the resale or sublease of the collective construction-land use right',
    title: '禁止擅自转卖、转租集体建设用地使用权',
    citation: { article: '(十五)', quote: '未經依法批準和未經土地所有權人同意,禁止擅自轉賣、轉租農村集體建設用地使用權。' },
    facts: ['collectiveLandUseRightTransfer', 'transferApprovedByLaw', 'ownerConsent'],
    parameters: {},
    selects: { all: [clause('轉賣、轉租農村集體建設用地使用權', when('collectiveLandUseRightTransfer', 'in', ['resale', 'sublease']))] },
    decision: {
      all: [clause('未經依法批準', when('transferApprovedByLaw', 'equal', true)), clause('未經土地所有權人同意', when('ownerConsent', 'equal', true))],
    },
    messages: {
      pass: '转让已依法批准并经土地所有权人同意。',
      fail: '未经依法批准和土地所有权人同意，禁止擅自转卖、转租农村集体建设用地使用权。',
    },
    readings: [
      {
        chosen: 'Both approval by law and the owner’s consent are required; lacking either makes the transfer unauthorised.',
        alternative:
          'Read literally (“未經…和未經…”), only a transfer lacking both is prohibited; not adopted, as it would permit transfers against the owner’s will.',
      },
    ],
  },
  translations,
);

export default rule;
