import type { Summary } from '../core/report.js';

/**
 * What makes `check` and `batch` exit 1: a violation (the default), any fail, any fail or
 * undetermined result, or any of those or a rule that concerns the case but was not in force.
 */
export type FailOn = 'violation' | 'fail' | 'undetermined' | 'not-in-force';
export const FAIL_ON: readonly FailOn[] = ['violation', 'fail', 'undetermined', 'not-in-force'];

export const isFailOn = (value: string): value is FailOn => (FAIL_ON as readonly string[]).includes(value);

/** Whether a report's summary turns the exit code to 1 under `failOn`. */
export const flagged = (summary: Summary, failOn: FailOn): boolean =>
  failOn === 'violation'
    ? summary.violation > 0
    : failOn === 'fail'
      ? summary.fail > 0
      : failOn === 'undetermined'
        ? summary.fail + summary.undetermined > 0
        : summary.fail + summary.undetermined + summary['not-in-force'] > 0;
