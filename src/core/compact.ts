import type { Report, RuleResult } from './report.js';
import type { FactIssue } from './report.js';
import type { Consequence, Status } from './rule.js';

export type { Consequence };

/**
 * The worst outcome among a report's results, most serious first. `fail` stands for a fail
 * without a consequence (a report from before the second reading); `not-in-force` for a rule
 * that concerns the case but was not checked, its document not in force on the decisive date
 * (ranked above `pass`: "nothing to flag" must never hide "not checked"); `none` for a case no
 * rule concerns.
 */
export const OUTCOMES = ['violation', 'fail', 'target-missed', 'not-eligible', 'undetermined', 'not-in-force', 'pass', 'none'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface CompactOptions {
  /** `concerned`: pass, fail, undetermined and not-in-force results only; `all`: every result. */
  results: 'concerned' | 'all';
  /** `full`: document, article and quote; `ref`: document and article; `none`: no citation. */
  citations: 'full' | 'ref' | 'none';
}

export interface CompactResult {
  ruleId: string;
  status: Status;
  consequence?: Consequence;
  message: string;
  reasons?: RuleResult['reasons'];
  missingFacts?: RuleResult['missingFacts'];
  conclusions?: RuleResult['conclusions'];
  decidedOn?: string;
  decidedBy?: string;
  /** In full, the rule's own citation, shared and frozen. */
  citation?: Readonly<{ documentId: string; article: string; quote?: string }>;
}

export interface CompactReport {
  readonly asOf: string;
  readonly jurisdiction?: string;
  readonly worst: Outcome;
  readonly summary: Report['summary'];
  readonly issues: readonly FactIssue[];
  /** Absent when empty, like a result's empty members. */
  readonly documentsNotInForce?: Report['documentsNotInForce'];
  readonly results: readonly CompactResult[];
}

/** The results that concern the case: decided, undetermined, or not checked for a lapse. */
const CONCERNED: ReadonlySet<Status> = new Set(['pass', 'fail', 'undetermined', 'not-in-force']);
const RANK: ReadonlyMap<Outcome, number> = new Map(OUTCOMES.map((o, i) => [o, i]));

/** A result's outcome: its consequence when it failed, else its status (not-applicable counts as none). */
const outcomeOf = (result: Pick<RuleResult, 'status'> & { consequence?: Consequence | undefined }): Outcome => {
  if (result.status === 'fail') return result.consequence ?? 'fail';
  return result.status === 'not-applicable' ? 'none' : result.status;
};

export const worstOf = (results: readonly (Pick<RuleResult, 'status'> & { consequence?: Consequence | undefined })[]): Outcome => {
  let worst: Outcome = 'none';
  for (const result of results) {
    const outcome = outcomeOf(result);
    if (RANK.get(outcome)! < RANK.get(worst)!) worst = outcome;
  }
  return worst;
};

const compactResult = (result: RuleResult, citations: CompactOptions['citations']): CompactResult => {
  const out: CompactResult =
    result.consequence === undefined
      ? { ruleId: result.ruleId, status: result.status, message: result.message }
      : { ruleId: result.ruleId, status: result.status, consequence: result.consequence, message: result.message };
  // Empty members carry nothing: a reader treats an absent list as empty.
  if (result.reasons.length) out.reasons = result.reasons;
  if (result.missingFacts.length) out.missingFacts = result.missingFacts;
  if (Object.keys(result.conclusions).length) out.conclusions = result.conclusions;
  if (result.decidedOn !== undefined) {
    out.decidedOn = result.decidedOn;
    if (result.decidedBy !== undefined) out.decidedBy = result.decidedBy;
  }
  if (citations === 'full') out.citation = result.citation;
  else if (citations === 'ref') out.citation = { documentId: result.citation.documentId, article: result.citation.article };
  return out;
};

/**
 * A report cut down to what a register check needs: the results that concern the case
 * (or all), without each rule's title, kind and strength (one `landuse-rules explain` away),
 * citations in full, by reference or not at all, and the worst outcome. The summary keeps
 * the counts of every result, so nothing left out goes uncounted.
 */
export const compactReport = (report: Report, options: CompactOptions): CompactReport => {
  const kept = options.results === 'all' ? report.results : report.results.filter((r) => CONCERNED.has(r.status));
  const results = kept.map((r) => compactResult(r, options.citations));
  const worst = worstOf(report.results);
  const lapses = report.documentsNotInForce.length ? { documentsNotInForce: report.documentsNotInForce } : {};
  return report.jurisdiction === undefined
    ? { asOf: report.asOf, worst, summary: report.summary, issues: report.issues, ...lapses, results }
    : { asOf: report.asOf, jurisdiction: report.jurisdiction, worst, summary: report.summary, issues: report.issues, ...lapses, results };
};
