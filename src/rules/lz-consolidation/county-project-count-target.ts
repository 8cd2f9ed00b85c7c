import { defineRule, given, param, recorded, ref, when } from '../define.js';
import translations from './locales/county-project-count-target.json' with { type: 'json' };

const target2022 = { value: 3, unit: 'count', source: '力争到2022年…达到3个' } as const;
const target2025 = { value: 10, unit: 'count', source: '力争到…2025年…达到…10个以上 (以上 includes 10)' } as const;
const DUE_2022 = '2022-12-31';
const DUE_2025 = '2025-12-31';
/** A report for 2025 or later, read once the 10-project milestone is due. */
const TEN_DUE = { all: [when('year', 'atLeast', 2025), when('@asOf', 'after', DUE_2025)] };
/** The target a county is held to unless it is set separately: known with the year. */
const KNOWN = when('$standardTarget', 'present', true);
/** Set separately: recorded as such, or a county with fewer townships than the standard target. */
const SEPARATE = { any: [recorded('separateTargetSet'), given('townshipCount', 'below', { fact: '$standardTarget' })] };
/** A 2025 report judged against the 2022 milestone while the 10-project one is still to come. */
const TEN_TO_COME = { all: [when('year', 'atLeast', 2025), when('@asOf', 'onOrBefore', DUE_2025)] };

export const rule = defineRule(
  {
    id: 'lz-consolidation/county-project-count-target',
    documentId: 'lz-consolidation',
    kind: 'target',
    strength: 'target',
    act: 'the county annual report for year Y (project count)',
    title: '各县（区）整治项目数2022年达3个、2025年达10个以上',
    citation: {
      article: '一、（三）',
      quote:
        '力争到2022年、2025年，全市各县（区）实施全域土地综合整治与生态修复项目分别达到3个、10个以上（乡镇个数不足3个、10个及资源禀赋条件确实未达到项目开展要求的县（区），建设目标另设）',
    },
    facts: ['reportType', 'year', 'consolidationProjectsImplemented', 'townshipCount', 'separateTargetSet', 'separateTarget'],
    parameters: { target2022, target2025 },
    decisiveDate: 'report-year-end',
    // The report's year is needed, not a selector: without it the rule is undetermined (conventions §3c).
    selects: { all: [when('reportType', 'equal', 'county-annual')] },
    derive: {
      // A report for 2025 or later is held to 10 once that milestone is due; until then the 2022 milestone (3), already due, still binds it.
      standardTarget: { value: { cases: [{ when: TEN_DUE, then: param('target2025') }], otherwise: param('target2022') } },
      dueBy: { value: { cases: [{ when: TEN_DUE, then: DUE_2025 }], otherwise: DUE_2022 } },
    },
    notYetDue: { any: [when('year', 'below', 2022), when('@asOf', 'onOrBefore', { fact: '$dueBy' })] },
    decision: {
      any: [
        {
          name: '全市各县（区）实施全域土地综合整治与生态修复项目分别达到3个、10个以上',
          all: [
            { any: [when('separateTargetSet', 'present', false), when('separateTargetSet', 'equal', false)] },
            when('townshipCount', 'atLeast', { fact: '$standardTarget' }),
            when('consolidationProjectsImplemented', 'atLeast', { fact: '$standardTarget' }),
          ],
        },
        {
          name: '乡镇个数不足3个、10个及资源禀赋条件确实未达到项目开展要求的县（区），建设目标另设',
          all: [
            {
              any: [
                { all: [when('separateTargetSet', 'present', true), when('separateTargetSet', 'equal', true)] },
                when('townshipCount', 'below', { fact: '$standardTarget' }),
              ],
            },
            when('consolidationProjectsImplemented', 'atLeast', { fact: 'separateTarget' }),
          ],
        },
      ],
    },
    // The target and its basis once it is known which applies (the township count, or a separate target recorded).
    conclusions: {
      target: {
        cases: [
          { when: { all: [KNOWN, SEPARATE] }, then: ref('separateTarget') },
          { when: { all: [KNOWN, when('townshipCount', 'present', true)] }, then: ref('$standardTarget') },
        ],
      },
      targetBasis: {
        cases: [
          { when: { all: [KNOWN, SEPARATE] }, then: 'separately-set' },
          { when: { all: [KNOWN, when('townshipCount', 'present', true)] }, then: 'standard' },
        ],
      },
      standardTarget: ref('$standardTarget'),
      dueBy: ref('$dueBy'),
      // The 10-project milestone still to come, for a 2025 report judged against the 2022 one.
      nextTarget: { cases: [{ when: TEN_TO_COME, then: param('target2025') }] },
      nextDueBy: { cases: [{ when: TEN_TO_COME, then: DUE_2025 }] },
    },
    messages: {
      pass: '已实施整治项目{consolidationProjectsImplemented}个，达到目标{target}个。',
      fail: '已实施整治项目{consolidationProjectsImplemented}个，未达到目标{target}个。',
    },
    readings: [
      {
        chosen:
          'Reports for 2022–2024 are held to 3 projects, 2025 and later to 10. A milestone is judged only once due (the 2022 report from 2023-01-01, the 2025 report from 2026-01-01); before that, and for reports before 2022, the rule is not applicable, "not yet due", with the target and dueBy (conventions §3c).',
        alternative: 'The targets could be read as due only in the named years (2022 and 2025).',
      },
      {
        chosen:
          'A county with fewer townships than the target, or one whose resources do not allow it (separateTargetSet), is held to its separately set target and is undetermined without it.',
        alternative: 'Such a county could be exempt altogether.',
      },
      {
        chosen:
          '「乡镇个数不足3个、10个及资源禀赋条件确实未达到项目开展要求的县（区）」: 及 read as either — too few townships, or resources that do not allow it, each sets a separate target.',
        alternative: '及 read as both: only a county with too few townships and insufficient resources gets a separate target (second reading D17).',
      },
    ],
    notes: ['“力争” (strive to) makes this a target, not a duty: a fail means the target is missed.'],
  },
  translations,
);

export default rule;
