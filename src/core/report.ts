import type { AreaUnit } from './units.js';
import type { Consequence, RuleKind, Status, Strength } from './rule.js';

/** A fact the caller gave that could not be read, with its path. */
export interface FactIssue {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
}

export interface Reason {
  /** The words of the quote the condition encodes: the `name` of the condition or of its nearest named ancestor; absent when none. */
  readonly clause?: string;
  readonly fact: string;
  readonly operator: string;
  /** A list here may be shared by every report of the rule: it is frozen. */
  readonly expected: unknown;
  readonly actual: unknown;
  readonly holds: boolean;
  /** The unit expected and actual are shown in, for areas. */
  readonly unit?: AreaUnit;
  /** The fact is a person's recorded determination (an open list's answer), not a finding of the library. */
  readonly determination?: true;
}

/**
 * One rule's result. Readonly: the results no case can change (not applicable, outside the
 * jurisdiction) are one frozen object shared by every report; copy before changing.
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
  /**
   * On a pass or fail judged under the law of another day than `asOf` (conventions §2a): that
   * day, and where it came from — 'actOn', a fact (`ruralPlanningPermitIssuedOn`, `year`), a
   * deadline the act was done by (`$acceptanceDeadline`), or 'after:$deadline' for a missed one.
   */
  readonly decidedOn?: string;
  readonly decidedBy?: string;
}

/** Results counted by status, and the fails counted again by what they mean. */
export type Summary = Readonly<Record<Status, number> & Record<Consequence, number>>;

/**
 * A document that was not in force on the dates that decided the rules of it that concern the
 * case: those rules were not checked (conventions §2a). Never silent: a lapse is news.
 */
export interface DocumentNotInForce {
  readonly documentId: string;
  readonly title: string;
  readonly inForce: Readonly<{ from: string; to?: string }>;
  /** The decisive dates outside the window, in order. */
  readonly dates: readonly string[];
  /** The rules of the document that concern the case and were not checked. */
  readonly ruleIds: readonly string[];
  /** One line saying all this and what to do, in the report's locale. */
  readonly message: string;
}

/** A value: read it, copy it to change it (some of its results are shared, frozen objects). */
export interface Report {
  readonly asOf: string;
  readonly jurisdiction?: string;
  readonly results: readonly RuleResult[];
  readonly issues: readonly FactIssue[];
  readonly summary: Summary;
  /** The documents some rule that concerns the case was not checked under, since not in force then; empty when none. */
  readonly documentsNotInForce: readonly DocumentNotInForce[];
}
