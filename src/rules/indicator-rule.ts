import type { Derived } from '../core/mechanisms.js';
import type { RuleDefinition } from './definition.js';
import type { AreaUnit } from '../core/units.js';
import type { FactName } from '../facts/vocabulary.js';
import { clause, defineRule, param, ref, when } from './define.js';
import type { LocaleFile } from './translations.js';

/**
 * How one row of the 14th five-year plan's indicator table (lz-14th-fyp/indicators.ts, data
 * only) becomes a rule: a target due with the 2025 report, its gap, its unit in words.
 */
const DUE_BY = '2025-12-31';
const TARGET_YEAR = 2025;

type Attribute = 'binding-target' | 'expected-target' | 'column-target';

export interface IndicatorRow {
  /** The full rule id (public API). */
  readonly id: string;
  readonly article: string;
  /** Pieces of the table row as printed, in order (joined with “…”). */
  readonly quote: readonly string[];
  readonly title: string;
  readonly fact: FactName;
  readonly comparison: 'atLeast' | 'atMost';
  /** A fixed target in the fact's unit, or the fact that carries a target the region assigns. */
  readonly target: { readonly value: string; readonly source: string } | { readonly fact: FactName };
  readonly attribute: Attribute;
  readonly unit?: AreaUnit;
  /** The unit every number of the message is in, in words (the table prints rows 1–3 in 万公顷, the facts are in 公顷). */
  readonly unitWords: string;
  readonly note?: string;
}

/** A target the table fixes, with the words that fix it. */
export const fixed = (value: string, source: string) => ({ value, source });

const ATTRIBUTE_WORDS: Record<Attribute, string> = {
  'binding-target': '约束性指标',
  'expected-target': '预期性指标',
  'column-target': '专栏目标',
};

export const indicatorRule = (row: IndicatorRow, translations: LocaleFile): RuleDefinition => {
  const target = row.target;
  const targetId = 'fact' in target ? target.fact : '$target';
  const derive: Record<string, Derived> = { dueBy: { value: DUE_BY } };
  // Areas are held in square metres, like area facts: the parameter's unit says which it is in.
  if (!('fact' in target)) derive.target = { value: param('target'), ...(row.unit ? { unit: row.unit } : {}) };
  // Signed distance to the target, positive when short of it (derived after the target it reads).
  derive.gap = {
    value: { difference: row.comparison === 'atLeast' ? [ref(targetId), ref(row.fact)] : [ref(row.fact), ref(targetId)] },
    ...(row.unit ? { unit: row.unit } : {}),
  };
  const word = row.comparison === 'atLeast' ? '不低于' : '不高于';
  const attribute = ATTRIBUTE_WORDS[row.attribute];
  const u = row.unitWords;
  return defineRule(
    {
      id: row.id,
      documentId: 'lz-14th-fyp',
      kind: 'target',
      strength: 'target',
      act: 'the city’s indicator report for the year it reports on',
      attribute: row.attribute,
      title: `2025年${row.title}目标`,
      citation: { article: row.article, quote: row.quote.join('…') },
      facts: ['reportType', 'year', row.fact, ...('fact' in target ? [target.fact] : [])],
      parameters: 'fact' in target ? {} : { target: { value: target.value, unit: row.unit ?? 'as the fact', source: target.source } },
      decisiveDate: 'report-year-end',
      // The report's year is needed, not a selector: without it the rule is undetermined (conventions §3c).
      selects: { all: [when('reportType', 'equal', 'city-indicators')] },
      notYetDue: { any: [when('year', 'below', TARGET_YEAR), when('@asOf', 'onOrBefore', { fact: '$dueBy' })] },
      derive,
      // The table row is read as one clause: the indicator, its figures and its attribute.
      decision: { all: [clause(row.quote.join('…'), when(row.fact, row.comparison, { fact: targetId }))] },
      conclusions: { target: row.unit ? { inUnit: { value: ref(targetId), unit: row.unit } } : ref(targetId), gap: ref('$gap'), dueBy: DUE_BY },
      messages: {
        pass: `${row.title}为{${row.fact}}${u}，${word}2025年目标{target}${u}（${attribute}）。`,
        fail: `${row.title}为{${row.fact}}${u}，未达到2025年目标{target}${u}（${attribute}），差距{gap}${u}。`,
      },
      readings: [
        {
          chosen: `Due for the ${TARGET_YEAR} report (judged by the plan in force on 31 December ${TARGET_YEAR}); reports for 2021–2024 are not applicable but still get the target and the gap.`,
          alternative: 'Holding every annual report to the 2025 value.',
        },
      ],
      notes: [
        ...('fact' in target
          ? [
              'The target is assigned by the region (落实自治区下达任务): the caller supplies it in hectares (the table prints 万公顷 for rows 1–3; ×10 000). Without it the rule is undetermined.',
            ]
          : []),
        ...(row.note ? [row.note] : []),
      ],
    },
    translations,
  );
};
