import type { AreaUnit } from './units.js';
import type { Consequence, RuleKind, Status, Strength } from './rule.js';

/** A fact the caller gave that could not be read, with its path. */
export interface FactIssue {
  path: (string | number)[];
  code: string;
  message: string;
}

export interface Reason {
  fact: string;
  operator: string;
  /** A list here may be shared by every report of the rule: it is frozen. */
  readonly expected: unknown;
  actual: unknown;
  holds: boolean;
  /** The unit expected and actual are shown in, for areas. */
  unit?: AreaUnit;
  /** The fact is a person's recorded determination (an open list's answer), not a finding of the library. */
  determination?: true;
}

/**
 * One rule's result. Readonly: the results no case can change (not applicable, and not in
 * force on the evaluation date) are one frozen object shared by every report; copy before changing.
 */
export interface RuleResult {
  readonly ruleId: string;
  readonly documentId: string;
  readonly kind: RuleKind;
  readonly strength: Strength;
  readonly status: Status;
  /** What the fail means (conventions §5); present exactly when the status is `fail`. */
  readonly consequence?: Consequence;
  readonly title: string;
  readonly message: string;
  readonly reasons: readonly Readonly<Reason>[];
  readonly missingFacts: readonly string[];
  readonly conclusions: Readonly<Record<string, unknown>>;
  /** Shared by every result of the rule: frozen. */
  readonly citation: Readonly<{ documentId: string; article: string; quote: string }>;
}

/** Results counted by status, and the fails counted again by what they mean. */
export type Summary = Record<Status, number> & Record<Consequence, number>;

export interface Report {
  asOf: string;
  jurisdiction?: string;
  results: RuleResult[];
  issues: FactIssue[];
  summary: Summary;
}
