/**
 * What a rule reads: the case's facts before any rule is looked at (`CaseFacts`), and a
 * rule's own view — its facts, `@asOf`, its caller parameters and derived values, one slot
 * each (`View`, laid out by `Layout`).
 */
import type { EvaluationContext } from './options.js';
import { type Exact, isExact, toNumber } from './exact.js';
import type { CompiledExpr } from './mechanisms.js';
import type { Derived, FactView } from './rule.js';
import { type AreaUnit, fromSquareMetres } from './units.js';

export const AS_OF = '@asOf';

/** Read access by id: a case's facts before any rule's view exists, or a rule's view. */
export interface Lookup {
  has(id: string): boolean;
  get(id: string): unknown;
}

/**
 * Where a rule keeps what it may read: one slot per id — its facts, `@asOf`, its caller
 * parameters, then its derived values — fixed when the rule is first used.
 */
export interface Layout {
  readonly ids: readonly string[];
  readonly slotOf: ReadonlyMap<string, number>;
  /** The unit each area fact and derived area is shown in. */
  readonly units: ReadonlyMap<string, AreaUnit>;
  readonly parameterNames: readonly string[];
  /** A rule parameter's value (`{ param }` in an expression), read once. */
  readonly parameterOf: (name: string) => unknown;
  /** The derived values in declaration order, with their slot and the slots they are computed from. */
  readonly derived: readonly {
    readonly name: string;
    readonly slot: number;
    readonly from: readonly number[];
    readonly derived: Derived;
    readonly compiled: CompiledExpr;
  }[];
}

export class View implements FactView {
  constructor(
    /** Values by slot; undefined where unknown. The compiled leaves read these directly. */
    readonly slots: unknown[],
    private readonly layout: Layout,
    readonly asOf: string,
    readonly calendar: EvaluationContext['calendar'],
  ) {}
  /** Derived dates that would fall outside 0001–9999, by name. */
  outOfRange: string[] | undefined;
  has(id: string): boolean {
    const slot = this.layout.slotOf.get(id);
    return slot !== undefined && this.slots[slot] !== undefined;
  }
  get(id: string): unknown {
    const slot = this.layout.slotOf.get(id);
    return slot === undefined ? undefined : this.slots[slot];
  }
  exact(id: string): Exact {
    const value = this.get(id);
    if (!isExact(value)) throw new TypeError(`${id} is not a known number`);
    return value;
  }
  text(id: string): string {
    const value = this.get(id);
    if (typeof value !== 'string') throw new TypeError(`${id} is not a known text`);
    return value;
  }
  unitOf(id: string): AreaUnit | undefined {
    return this.layout.units.get(id);
  }
  show(id: string, unit?: AreaUnit): number | undefined {
    const value = this.get(id);
    if (!isExact(value)) return undefined;
    const shownIn = unit ?? this.layout.units.get(id);
    return toNumber(shownIn ? fromSquareMetres(value, shownIn) : value);
  }
  /** All known values, for the engine's almanac. */
  entries(): [string, unknown][] {
    const known: [string, unknown][] = [];
    this.layout.ids.forEach((id, slot) => {
      if (this.slots[slot] !== undefined) known.push([id, this.slots[slot]]);
    });
    return known;
  }
}

/** The case's valid facts and `@asOf`, as the selectors read them before any rule's view exists. */
export class CaseFacts implements Lookup {
  constructor(
    private readonly values: ReadonlyMap<string, unknown>,
    private readonly asOf: string,
  ) {}
  has(id: string): boolean {
    return id === AS_OF || this.values.has(id);
  }
  get(id: string): unknown {
    return id === AS_OF ? this.asOf : this.values.get(id);
  }
}
