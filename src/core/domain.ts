import type { Limits } from './safe.js';
import type { Locale, Localized } from './locale.js';
import type { FactIssue } from './report.js';
import type { AreaUnit } from './units.js';

/** A document as the core needs it: its title, where and when its rules bind. */
export interface DocumentScope {
  readonly title: Localized;
  /** GB/T 2260 code, or 'pilot-city'. */
  readonly jurisdiction: string;
  /** Inclusive window; no `to` means no end is stated. */
  readonly inForce: { readonly from: string; readonly to?: string };
}

/** A case's facts once read: the valid ones normalised, the invalid ones named, the issues in the caller's locale. */
export interface ReadFacts {
  /** Normalised values of the valid facts present. */
  readonly values: ReadonlyMap<string, unknown>;
  /** Facts present but invalid: every rule that reads one is undetermined. */
  readonly invalid: ReadonlySet<string>;
  readonly issues: FactIssue[];
}

/**
 * What the core is told about the world it evaluates in: the documents, the fact
 * vocabulary and how a case's facts are read. The core imports neither src/facts nor
 * src/rules; src/evaluation/domain.ts builds the one Domain from them and the entry
 * points pass it in.
 */
export interface Domain {
  readonly documents: Readonly<Record<string, DocumentScope>>;
  readonly documentIds: ReadonlySet<string>;
  /** Reads a case's facts; never throws. */
  readonly readFacts: (input: unknown, locale: Locale, limits: Limits) => ReadFacts;
  /** The unit an area fact is given in (and shown in). */
  readonly unitOf: (fact: string) => AreaUnit | undefined;
  /** Whether a fact records a person's determination (an open list's answer), not a finding. */
  readonly isDetermination: (fact: string) => boolean;
}
