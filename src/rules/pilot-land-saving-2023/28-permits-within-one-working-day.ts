import { clause, defineRule, doneByDeadline, L, param, ref, when } from '../define.js';

const workingDays = { value: 1, unit: 'working-days', source: '缴纳出让金后1个工作日内' } as const;

export const rule = defineRule({
  id: 'pilot-land-saving-2023/28-permits-within-one-working-day',
  documentId: 'pilot-land-saving-2023',
  kind: 'procedure',
  strength: 'binding',
  title: L('缴清出让金后1个工作日内领取三证', '繳清出讓金後1個工作日內領取三證', 'Three permits within one working day of paying the land price'),
  citation: {
    article: '二、(七)28.',
    quote: '企业在签订土地出让合同并按合同约定缴纳出让金后1个工作日内,可在综合服务窗口领取建设用地规划许可证、建设工程规划许可证、建筑工程施工许可证',
  },
  facts: ['projectType', 'landWithDesignScheme', 'landPricePaidOn', 'permitsIssuedOn'],
  parameters: { workingDays },
  selects: { all: [when('projectType', 'equal', 'industrial'), when('landWithDesignScheme', 'equal', true)] },
  derive: {
    permitDeadline: { value: { workingDayDeadline: { after: ref('landPricePaidOn'), days: param('workingDays') } } },
  },
  decision: clause('企业在签订土地出让合同并按合同约定缴纳出让金后1个工作日内,可在综合服务窗口领取建设用地规划许可证、建设工程规划许可证、建筑工程施工许可证', doneByDeadline('permitsIssuedOn', '$permitDeadline')),
  conclusions: { permitDeadline: ref('$permitDeadline'), calendar: ref('@calendar') },
  messages: {
    pass: L(
      '三证应于{permitDeadline}（缴款后第{workingDays}个工作日）前领取，已按期或尚在期限内。',
      '三證應於{permitDeadline}（繳款後第{workingDays}個工作日）前領取，已按期或尚在期限內。',
      'The three permits are due by {permitDeadline} ({workingDays} working day(s) after payment): issued on time, or still within the period.',
    ),
    fail: L(
      '缴纳出让金后{workingDays}个工作日内（至{permitDeadline}）应可领取三证；本案逾期。',
      '繳納出讓金後{workingDays}個工作日內（至{permitDeadline}）應可領取三證；本案逾期。',
      'The permits should be available within {workingDays} working day(s) of payment (by {permitDeadline}); they were late.',
    ),
  },
  readings: [
    {
      chosen: 'Weekends are rest days; the caller’s `holidays` add rest days and `workdays` add weekend working days (调休). Payment on a Friday with permits on the Monday passes. A permit date absent means not yet issued.',
      alternative: 'Counting calendar days, which would fail the Friday–Monday case.',
    },
    {
      chosen: 'This is a service promise of the administration, checked as a procedure: a fail means the administration was late.',
      alternative: 'A duty of the enterprise; not adopted, the enterprise only collects the permits.',
    },
  ],
});

export default rule;
