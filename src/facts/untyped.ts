/**
 * The untyped path into the evaluators. `evaluate(facts: Facts, …)` refuses at compile
 * time a fact name or an enumerated value it does not know; data whose shape is known
 * only at run time (a request body, a parsed file, a test's deliberately wrong input)
 * is passed on purpose through `untypedFacts`, and read exactly as typed facts are:
 * an invalid fact is an issue in the report, never an exception.
 */
declare const untyped: unique symbol;

/** Facts of unknown shape, marked by `untypedFacts`: the brand exists only for the compiler. */
export interface UntypedFacts {
  readonly [untyped]: true;
}

/** Marks data of unknown shape as facts for `evaluate` / `evaluateSync`. Returns its argument itself: nothing is read or copied here. */
export const untypedFacts = (facts: unknown): UntypedFacts => facts as UntypedFacts;
