import { clause, defineRule, when } from '../define.js';
import translations from './locales/08-permit-after-farmland-conversion.json' with { type: 'json' };

export const rule = defineRule(
  {
    id: 'gx-rural-land-2023/08-permit-after-farmland-conversion',
    documentId: 'gx-rural-land-2023',
    kind: 'procedure',
    strength: 'binding',
    act: 'the issue of the rural construction planning permit, which must come after the conversion approval',
    title: '农用地转用批准后方可核发乡村建设规划许可证',
    citation: {
      article: '(八)',
      quote:
        '需辦理鄉村建設規劃許可證的鄉村振興項目涉及占用農用地的,可在農用地轉用申請時同步提出鄉村建設規劃許可申請,農用地轉用經批準后,方可核發鄉村建設規劃許可證。',
    },
    facts: [
      'needsRuralPlanningPermit',
      'occupiesAgriculturalLand',
      'farmlandConversionApprovedOn',
      'ruralPlanningPermitIssuedOn',
      'viaIncreaseDecreaseLinkage',
    ],
    parameters: {},
    // The permit is the act (八) regulates: judged under the measures in force the day it was issued,
    // however late it is checked (conventions §2a); while none is issued, on actOn, else asOf.
    decisiveDate: { act: 'ruralPlanningPermitIssuedOn' },
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
    // (四): a linkage project's 拆旧复垦和建新 needs no separate conversion approval, so there is none for the permit to follow.
    notConcerned: {
      when: when('viaIncreaseDecreaseLinkage', 'equal', true),
      message: '通过增减挂钩项目拆旧复垦和建新的，不再单独办理农用地转用审批手续（第（四）条）；本条“农用地转用经批准后方可核发许可证”的顺序要求不涉及本案。',
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
        chosen:
          'A project carried out through an increase-decrease linkage project (viaIncreaseDecreaseLinkage) is not concerned: (四) says it 不再單獨辦理農用地轉用審批手續, so there is no separate conversion approval for the permit to follow (gx 04 concludes the same). A missing linkage fact leaves the rule to decide on the dates, as for any project.',
        alternative:
          "Requiring the permit to follow the linkage project's own approval, a date the vocabulary does not have; or failing the linkage project for lacking a conversion approval it does not need (the first release).",
      },
      {
        chosen: 'A permit issued on the day of the conversion approval complies (经批准后 read as not before the approval day).',
        alternative: 'A strict reading requires the permit on a later day.',
      },
    ],
  },
  translations,
);

export default rule;
