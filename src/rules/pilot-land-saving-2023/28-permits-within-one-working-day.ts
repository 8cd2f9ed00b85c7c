import { clause, defineRule, doneByDeadline, param, ref, when } from '../define.js';
import translations from './locales/28-permits-within-one-working-day.json' with { type: 'json' };

const workingDays = { value: 1, unit: 'working-days', source: '缴纳出让金后1个工作日内' } as const;

export const rule = defineRule(
  {
    id: 'pilot-land-saving-2023/28-permits-within-one-working-day',
    documentId: 'pilot-land-saving-2023',
    kind: 'procedure',
    strength: 'binding',
    act: 'issuing the three permits after the land price is paid',
    title: '缴清出让金后1个工作日内领取三证',
    citation: {
      article: '二、(七)28.',
      quote: '企业在签订土地出让合同并按合同约定缴纳出让金后1个工作日内,可在综合服务窗口领取建设用地规划许可证、建设工程规划许可证、建筑工程施工许可证',
    },
    facts: ['projectType', 'landWithDesignScheme', 'landPricePaidOn', 'permitsIssuedOn'],
    parameters: { workingDays },
    // The permits are the act judged: on time, by the law in force on their deadline; late or never
    // issued, by the law in force the day after it (conventions §2a).
    decisiveDate: { act: 'permitsIssuedOn', deadline: '$permitDeadline' },
    selects: { all: [when('projectType', 'equal', 'industrial'), when('landWithDesignScheme', 'equal', true)] },
    derive: {
      permitDeadline: { value: { workingDayDeadline: { after: ref('landPricePaidOn'), days: param('workingDays') } } },
    },
    decision: clause(
      '企业在签订土地出让合同并按合同约定缴纳出让金后1个工作日内,可在综合服务窗口领取建设用地规划许可证、建设工程规划许可证、建筑工程施工许可证',
      doneByDeadline('permitsIssuedOn', '$permitDeadline'),
    ),
    conclusions: { permitDeadline: ref('$permitDeadline'), calendar: ref('@calendar') },
    messages: {
      pass: '三证应于{permitDeadline}（缴款后第{workingDays}个工作日）前领取，已按期或尚在期限内。',
      fail: '缴纳出让金后{workingDays}个工作日内（至{permitDeadline}）应可领取三证；本案逾期。',
    },
    readings: [
      {
        chosen:
          'Weekends are rest days; the caller’s `holidays` add rest days and `workdays` add weekend working days (调休). Payment on a Friday with permits on the Monday passes. A permit date absent means not yet issued.',
        alternative: 'Counting calendar days, which would fail the Friday–Monday case.',
      },
      {
        chosen: 'This is a service promise of the administration, checked as a procedure: a fail means the administration was late.',
        alternative: 'A duty of the enterprise; not adopted, the enterprise only collects the permits.',
      },
    ],
  },
  translations,
);

export default rule;
