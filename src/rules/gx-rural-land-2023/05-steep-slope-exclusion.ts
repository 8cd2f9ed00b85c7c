import { clause, defineRule, param, ref, when } from '../define.js';
import translations from './locales/05-steep-slope-exclusion.json' with { type: 'json' };

export const rule = defineRule(
  {
    id: 'gx-rural-land-2023/05-steep-slope-exclusion',
    documentId: 'gx-rural-land-2023',
    kind: 'requirement',
    strength: 'binding',
    act: 'the approval of the consolidation project’s implementation scope',
    title: '25度以上陡坡地块不得纳入实施范围',
    citation: {
      article: '(五)',
      quote: '嚴禁片面追求耕地指標,不得將25度以上陡坡等不具備長期耕作條件、后期難以管護的地塊納入實施范圍。',
    },
    facts: ['projectType', 'parcels'],
    parameters: {
      steepSlope: { value: 25, unit: 'degrees', source: '25度以上陡坡 (以上 includes 25)' },
    },
    selects: { all: [when('projectType', 'in', ['farmland-consolidation', 'land-consolidation'])] },
    derive: {
      steepParcels: { value: { filter: { list: ref('parcels'), where: { field: 'slopeDegrees', operator: 'atLeast', value: param('steepSlope') } } } },
    },
    decision: { all: [clause('不得將25度以上陡坡等不具備長期耕作條件、后期難以管護的地塊納入實施范圍', when('$steepParcels', 'isEmpty', true))] },
    conclusions: { steepParcelIds: { pluck: { list: ref('$steepParcels'), field: 'id' } } },
    messages: {
      pass: '实施范围内没有{steepSlope}度以上的陡坡地块。',
      fail: '不得将{steepSlope}度以上陡坡纳入实施范围：地块 {steepParcelIds} 坡度在{steepSlope}度以上。',
    },
    readings: [
      {
        chosen:
          'Only the 25° bound is encoded: 「25度以上陡坡等不具備長期耕作條件、后期難以管護的地塊」 is an open list, and whether a gentler parcel lacks long-term farming conditions is not machine-checkable (second reading).',
        alternative: 'A determination fact per parcel for the other unsuitable land, making the rule undetermined without it; not adopted in this release.',
      },
    ],
    notes: ['Other land without long-term farming conditions (“等不具備長期耕作條件…的地塊”) is not machine-checkable; only the 25° bound is encoded.'],
  },
  translations,
);

export default rule;
