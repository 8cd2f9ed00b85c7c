import type { Localized } from './locale.js';

/** Words every rule shares; a rule's own pass and fail messages live in its file. */
export const COMMON = {
  undetermined: {
    'zh-Hans': '无法判定：缺少或无效的事实 {missing}。',
    'zh-Hant': '無法判定：缺少或無效的事實 {missing}。',
    en: 'Cannot be decided: missing or invalid facts {missing}.',
  },
  dateOutOfRange: {
    'zh-Hans': '无法判定：由 {facts} 推算的日期超出 0001-01-01 至 9999-12-31 的范围。',
    'zh-Hant': '無法判定：由 {facts} 推算的日期超出 0001-01-01 至 9999-12-31 的範圍。',
    en: 'Cannot be decided: the date computed from {facts} falls outside 0001-01-01 … 9999-12-31.',
  },
  notApplicable: {
    'zh-Hans': '本规则不涉及此案。',
    'zh-Hant': '本規則不涉及此案。',
    en: 'This rule does not concern the case.',
  },
  // A rule that concerns the case but was not checked: which document, its window, the date
  // that decided and where that date came from, and what to do when the act was done in force.
  notInForce: {
    'zh-Hans': '{document}的施行期为{from}至{to}；评估日{date}不在施行期内，本规则未予审查。如所涉行为在施行期内作出，请以actOn给出行为日期。',
    'zh-Hant': '{document}的施行期為{from}至{to}；評估日{date}不在施行期內，本規則未予審查。如所涉行為在施行期內作出，請以actOn給出行為日期。',
    en: "{document} is in force {from} to {to}; the evaluation date {date} is outside that window, so this rule was not checked. For an act done while it was in force, give the act's date as actOn.",
  },
  // The report's one line per document not in force (check prints it, batch says it once).
  documentNotInForce: {
    'zh-Hans':
      '{document}（{id}，施行期{from}至{to}）在{dates}不在施行期内：涉及本案的{count}条规则未予审查。如所涉行为在施行期内作出，请以actOn（--act-on）给出行为日期。',
    'zh-Hant':
      '{document}（{id}，施行期{from}至{to}）在{dates}不在施行期內：涉及本案的{count}條規則未予審查。如所涉行為在施行期內作出，請以actOn（--act-on）給出行為日期。',
    en: '{id} ({from} … {to}) was not in force on {dates}: {count} rules that concern this case were not checked; for an act done while it was in force, give its date as actOn (--act-on).',
  },
  notInForceOnAct: {
    'zh-Hans': '{document}的施行期为{from}至{to}；行为日期{date}（actOn）不在施行期内，本规则未予审查。',
    'zh-Hant': '{document}的施行期為{from}至{to}；行為日期{date}（actOn）不在施行期內，本規則未予審查。',
    en: '{document} is in force {from} to {to}; the act, done on {date} (actOn), falls outside that window, so this rule was not checked.',
  },
  decidedOn: {
    'zh-Hans': '（依{date}施行的规定判定：{by}）',
    'zh-Hant': '（依{date}施行的規定判定：{by}）',
    en: '(Judged under the law in force on {date}: {by}.)',
  },
  notInForceAfterDeadline: {
    'zh-Hans': '{document}的施行期为{from}至{to}；该行为未在期限（{fact}）内作出，以期限届满次日{date}为准，不在施行期内，本规则未予审查。',
    'zh-Hant': '{document}的施行期為{from}至{to}；該行為未在期限（{fact}）內作出，以期限屆滿次日{date}為準，不在施行期內，本規則未予審查。',
    en: '{document} is in force {from} to {to}; the act was not done by its deadline ({fact}), so the day after it, {date}, decides, and it falls outside that window: this rule was not checked.',
  },
  notInForceOnFact: {
    'zh-Hans': '{document}的施行期为{from}至{to}；决定适用法律的日期{date}（{fact}）不在施行期内，本规则未予审查。',
    'zh-Hant': '{document}的施行期為{from}至{to}；決定適用法律的日期{date}（{fact}）不在施行期內，本規則未予審查。',
    en: '{document} is in force {from} to {to}; the date that decides which law governs, {date} ({fact}), falls outside that window, so this rule was not checked.',
  },
  outsideJurisdiction: {
    'zh-Hans': '本规则出自{document}，适用于{scope}，不涉及辖区{jurisdiction}的案件。',
    'zh-Hant': '本規則出自{document}，適用於{scope}，不涉及轄區{jurisdiction}的案件。',
    en: 'This rule is from {document}, which applies in {scope}: it does not concern a case in jurisdiction {jurisdiction}.',
  },
  notGiven: { 'zh-Hans': '（未提供）', 'zh-Hant': '（未提供）', en: '(not given)' },
  /** Before a number a message rounds. */
  about: { 'zh-Hans': '约', 'zh-Hant': '約', en: 'about ' },
  openEnd: { 'zh-Hans': '未规定终止日', 'zh-Hant': '未規定終止日', en: 'no end stated' },
  inPrinciple: {
    'zh-Hans': '此为“原则上”的要求，文件允许例外：如有记录在案的例外情形，可不视为违规。',
    'zh-Hant': '此為「原則上」的要求，文件允許例外：如有記錄在案的例外情形，可不視為違規。',
    en: 'This is an in-principle (原则上) requirement: the document admits exceptions, so a recorded exception may still make the case compliant.',
  },
  // An option refused in principle (原则上不予安排): a recorded exception may still open it; nothing is violated.
  inPrincipleNotEligible: {
    'zh-Hans': '此为“原则上”的安排，文件允许例外：如有记录在案的例外情形，仍可安排；这并不构成违规。',
    'zh-Hant': '此為「原則上」的安排，文件允許例外：如有記錄在案的例外情形，仍可安排；這並不構成違規。',
    en: 'This is refused in principle (原则上): the document admits exceptions, so a recorded exception may still open it; nothing is violated.',
  },
  encouraged: {
    'zh-Hans': '该鼓励或可选政策不适用于本案；这并不构成违规。',
    'zh-Hant': '該鼓勵或可選政策不適用於本案；這並不構成違規。',
    en: 'This encouraged or optional measure is not open to this case; nothing is violated.',
  },
  /** What a fail means, in words (tables, docs). */
  violation: { 'zh-Hans': '违规', 'zh-Hant': '違規', en: 'violation' },
  'not-eligible': { 'zh-Hans': '不符合适用条件（未违规）', 'zh-Hant': '不符合適用條件（未違規）', en: 'not eligible (nothing violated)' },
  'target-missed': { 'zh-Hans': '未达目标', 'zh-Hant': '未達目標', en: 'target missed' },
  notYetDue: {
    'zh-Hans': '目标于{dueBy}到期，{year}年度报告在{asOf}尚未到考核时点。',
    'zh-Hant': '目標於{dueBy}到期，{year}年度報告在{asOf}尚未到考核時點。',
    en: 'The target is due by {dueBy}; on {asOf} the {year} report is not yet due.',
  },
  needsDetermination: {
    'zh-Hans': '文件以“等”作不完全列举，{facts}须记录人工认定意见：本案的值是否属于同类。',
    'zh-Hant': '文件以「等」作不完全列舉，{facts}須記錄人工認定意見：本案的值是否屬於同類。',
    en: 'The text’s list is open (…等): {facts} must record a person’s determination of whether this value belongs to the same kind.',
  },
  interimNotDue: {
    'zh-Hans': '{year}年度报告为中期报告：目标适用于{dueYear}年度，于{dueBy}到期。',
    'zh-Hant': '{year}年度報告為中期報告：目標適用於{dueYear}年度，於{dueBy}到期。',
    en: 'The {year} report is an interim report: the target applies to {dueYear}, due by {dueBy}.',
  },
  onTrack: { 'zh-Hans': '按当前数据已达到目标。', 'zh-Hant': '按當前數據已達到目標。', en: 'On the figures given it already meets the target.' },
  offTrack: { 'zh-Hans': '按当前数据尚未达到目标。', 'zh-Hant': '按當前數據尚未達到目標。', en: 'On the figures given it does not meet the target yet.' },
} as const satisfies Record<string, Localized>;
