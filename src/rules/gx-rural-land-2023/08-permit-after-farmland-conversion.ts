import { clause, defineRule, when } from '../define.js';
import translations from './locales/08-permit-after-farmland-conversion.json' with { type: 'json' };

export const rule = defineRule(
  {
    id: 'gx-rural-land-2023/08-permit-after-farmland-conversion',
    documentId: 'gx-rural-land-2023',
    kind: 'procedure',
    strength: 'binding',
    title: '农用地转用批准后方可核发乡村建设规划许可证',
    citation: {
      article: '(八)',
      quote:
        '需辦理鄉村建設規劃許可證的鄉村振興項目涉及占用農用地的,可在農用地轉用申請時同步提出鄉村建設規劃許可申請,農用地轉用經批準后,方可核發鄉村建設規劃許可證。',
    },
    facts: ['needsRuralPlanningPermit', 'occupiesAgriculturalLand', 'farmlandConversionApprovedOn', 'ruralPlanningPermitIssuedOn'],
    parameters: {},
    selects: {
      all: [
        clause('需辦理鄉村建設規劃許可證', when('needsRuralPlanningPermit', 'equal', true)),
        clause('涉及占用農用地', when('occupiesAgriculturalLand', 'equal', true)),
      ],
    },
    decision: {
      name: '農用地轉用經批準后,方可核發鄉村建設規劃許可證',
      any: [
        when('ruralPlanningPermitIssuedOn', 'present', false),
        {
          all: [
            when('farmlandConversionApprovedOn', 'present', true),
            when('ruralPlanningPermitIssuedOn', 'onOrAfter', { fact: 'farmlandConversionApprovedOn' }),
          ],
        },
      ],
    },
    // Only while no permit has been issued: whether one may be now.
    conclusions: {
      permitMayBeIssued: {
        cases: [
          { when: { all: [when('ruralPlanningPermitIssuedOn', 'present', false), when('farmlandConversionApprovedOn', 'present', true)] }, then: true },
          { when: { all: [when('ruralPlanningPermitIssuedOn', 'present', false), when('farmlandConversionApprovedOn', 'present', false)] }, then: false },
        ],
      },
    },
    messages: {
      pass: '许可证核发顺序符合要求：农用地转用批准后方可核发乡村建设规划许可证（同日亦可）。',
      fail: '乡村建设规划许可证须在农用地转用批准后核发；本案许可证早于转用批准或转用尚未批准。',
    },
    readings: [
      {
        chosen: 'A permit issued on the day of the conversion approval complies (经批准后 read as not before the approval day).',
        alternative: 'A strict reading requires the permit on a later day.',
      },
    ],
  },
  translations,
);

export default rule;
