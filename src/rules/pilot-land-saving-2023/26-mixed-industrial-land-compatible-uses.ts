import { clause, defineRule, ref, shareOf, when } from '../define.js';
import translations from './locales/26-mixed-industrial-land-compatible-uses.json' with { type: 'json' };

const maxShare = { value: '0.15', unit: 'share', source: '比例不超过地上建筑总量的15% (each of the two compatible groups)' } as const;

export const rule = defineRule(
  {
    id: 'pilot-land-saving-2023/26-mixed-industrial-land-compatible-uses',
    documentId: 'pilot-land-saving-2023',
    kind: 'requirement',
    strength: 'binding',
    act: 'the approval of the new project’s compatible-use planning conditions',
    title: '新建产业用地兼容用途各不超过15%',
    citation: {
      article: '二、(七)26.',
      quote:
        '新建产业用地项目,可兼容其他生产服务用途(仅限工业、仓储、科研)比例不超过地上建筑总量的15%,兼容用于行政办公、生活服务设施的比例不超过地上建筑总量的15%,…兼容设施不得分割转让。',
    },
    facts: [
      'projectType',
      'isNewProject',
      'aboveGroundFloorAreaM2',
      'compatibleProductionServiceFloorAreaM2',
      'officeAndLivingFloorAreaM2',
      'compatibleFacilitiesSplitTransferred',
    ],
    parameters: { maxShare },
    // 产业用地 is industrial, warehousing and research land; the text itself speaks of 科研用地 with compatible uses.
    selects: {
      all: [clause('产业用地项目', when('projectType', 'in', ['industrial', 'warehousing', 'research'])), clause('新建', when('isNewProject', 'equal', true))],
    },
    derive: {
      maxCompatibleFloorAreaM2: shareOf('aboveGroundFloorAreaM2', 'maxShare'),
    },
    decision: {
      all: [
        clause(
          '可兼容其他生产服务用途(仅限工业、仓储、科研)比例不超过地上建筑总量的15%',
          when('compatibleProductionServiceFloorAreaM2', 'atMost', { fact: '$maxCompatibleFloorAreaM2' }),
        ),
        clause(
          '兼容用于行政办公、生活服务设施的比例不超过地上建筑总量的15%',
          when('officeAndLivingFloorAreaM2', 'atMost', { fact: '$maxCompatibleFloorAreaM2' }),
        ),
        clause('兼容设施不得分割转让', when('compatibleFacilitiesSplitTransferred', 'equal', false)),
      ],
    },
    conclusions: {
      maxCompatibleProductionServiceFloorAreaM2: ref('$maxCompatibleFloorAreaM2'),
      maxOfficeAndLivingFloorAreaM2: ref('$maxCompatibleFloorAreaM2'),
    },
    messages: {
      pass: '兼容生产服务用途和行政办公、生活服务设施均未超过地上建筑总量的{maxShare}（各{maxCompatibleFloorAreaM2}平方米），且未分割转让。',
      fail: '两类兼容用途各不得超过地上建筑总量的{maxShare}（{maxCompatibleFloorAreaM2}平方米），兼容设施不得分割转让；本项目不符合。',
    },
    readings: [
      { chosen: 'Two separate 15% caps, one per group (the text states each).', alternative: 'One joint 15% cap for both groups together.' },
      {
        chosen: '新建产业用地项目 covers industrial, warehousing and research land (the text itself speaks of 科研用地 with compatible uses).',
        alternative: 'Industrial land only (the first release).',
      },
    ],
  },
  translations,
);

export default rule;
