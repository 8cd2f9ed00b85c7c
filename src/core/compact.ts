import type { Report, RuleResult } from './evaluate.js';

/**
 * How much of a report to keep. `results`: 'concerned' keeps the rules that concern the
 * case — pass, fail, undetermined, and not-in-force for a rule asked for (its id or its
 * document's id in `rules`) — 'all' keeps every rule. `citations`: 'full' keeps the quote,
 * 'ref' only the document and article, 'none' drops the citation.
 */
export interface CompactOptions {
  readonly results?: 'concerned' | 'all';
  readonly citations?: 'full' | 'ref' | 'none';
  /** The `rules` option the report was evaluated with: what was asked for by id. */
  readonly rules?: readonly string[];
}

export type CitationRef = Pick<RuleResult['citation'], 'documentId' | 'article'>;

export type CompactRuleResult = Omit<RuleResult, 'citation'> & { citation?: RuleResult['citation'] | CitationRef };

export type CompactReport = Omit<Report, 'results'> & { results: CompactRuleResult[] };

const concerns = (result: RuleResult, asked: ReadonlySet<string> | undefined): boolean => {
  switch (result.status) {
    case 'not-applicable':
      return false;
    case 'not-in-force':
      return asked !== undefined && (asked.has(result.ruleId) || asked.has(result.documentId));
    default:
      return true;
  }
};

/**
 * The report with only what the caller wants. The summary stays whole, so the counts
 * still say how many rules were left out. Results are copied only when their citation
 * changes: the report's own results are shared, frozen values.
 */
export const compactReport = (report: Report, options: CompactOptions = {}): CompactReport => {
  const keepAll = (options.results ?? 'concerned') === 'all';
  const citations = options.citations ?? 'full';
  if (keepAll && citations === 'full') return report;
  const asked = options.rules?.length ? new Set(options.rules) : undefined;
  const results: CompactRuleResult[] = [];
  for (const result of report.results) {
    if (!keepAll && !concerns(result, asked)) continue;
    if (citations === 'full') results.push(result);
    else {
      const { citation, ...rest } = result;
      results.push(citations === 'ref' ? { ...rest, citation: { documentId: citation.documentId, article: citation.article } } : rest);
    }
  }
  return { ...report, results };
};
