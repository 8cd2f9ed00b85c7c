import { describe, expect, it } from 'vitest';
import { PARAMETER_UNITS } from '../src/core/rule.js';
import { isParamLeafValue, leavesOf, type Condition } from '../src/core/conditions.js';
import { exact, mul, toNumber } from '../src/core/exact.js';
import { paramsOf } from '../src/core/mechanisms.js';
import { LOCALES } from '../src/core/locale.js';
import type { RuleDefinition } from '../src/core/rule.js';
import { RULES } from '../src/rules/index.js';

/** Parameters no logic can read, with the reason. */
const UNREAD: Readonly<Record<string, readonly string[]>> = {
  // Blank in the source (容积率不低于的): the caller supplies the minimum as the caller parameter @minFloorAreaRatio.
  'pilot-land-saving-2023/10-high-standard-factory': ['minFloorAreaRatio'],
  // 连续2年: the two years are the two entries the fact previousProvincialRanks holds (last year's rank and the year
  // before's); the number shapes the fact, not a comparison. The message names it ({yearsNotMovingForward}).
  'pilot-land-saving-2023/09-development-zone-ranking': ['yearsNotMovingForward'],
};

/** Values a message writes for another reason than the parameter. */
const WRITTEN_ON_PURPOSE: Readonly<Record<string, readonly string[]>> = {
  // The target 1 (100%) and the unit words “（比例，1即100%）” that explain what a share of 1 means.
  'lz-14th-fyp/indicator-green-mine-ratio': ['target'],
};

const conditionsOf = (rule: RuleDefinition): Condition[] => [
  rule.selects,
  rule.decision,
  ...(rule.notYetDue ? [rule.notYetDue] : []),
  ...(rule.notConcerned ? [rule.notConcerned.when] : []),
];

const messagesOf = (rule: RuleDefinition): string[] =>
  LOCALES.flatMap((locale) => [rule.messages.pass[locale], rule.messages.fail[locale], ...(rule.notConcerned ? [rule.notConcerned.message[locale]] : [])]);

/** What a parameter is read by: conditions, derived values and conclusions (a message naming it is no reading). */
const readBy = (rule: RuleDefinition): Set<string> => {
  const names = new Set<string>();
  for (const leaf of conditionsOf(rule).flatMap(leavesOf)) if (isParamLeafValue(leaf.value)) names.add(leaf.value.param);
  for (const d of Object.values(rule.derive ?? {})) for (const name of paramsOf(d.value)) names.add(name);
  for (const e of Object.values(rule.conclusions ?? {})) for (const name of paramsOf(e)) names.add(name);
  return names;
};

/** A parameter's value as a message would write it out: the number, and a share as a percentage. */
const writtenOut = (value: string | number, unit: string | undefined): RegExp[] => {
  const text = String(value);
  if (!/^\d+(?:\.\d+)?$/.test(text)) return [];
  // Digits not part of a longer number (5 is not in 2025, 500 not in 5000).
  const bare = (n: string) => new RegExp(`(?<![\\d.])${n.replace('.', '\\.')}(?![\\d.])`);
  if (unit === 'share') return [bare(String(toNumber(mul(exact(text), exact(100))))), bare(text)];
  return [bare(text)];
};

describe('every number a parameter, every parameter read (issue 12)', () => {
  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s reads every parameter it declares', (_id, rule) => {
    const read = readBy(rule);
    const unread = Object.keys(rule.parameters).filter((name) => !read.has(name) && !(UNREAD[rule.id] ?? []).includes(name));
    expect(unread).toEqual([]);
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s: no message writes out a parameter’s value instead of naming it', (_id, rule) => {
    const written: string[] = [];
    for (const [name, parameter] of Object.entries(rule.parameters)) {
      if (Array.isArray(parameter.value) || (WRITTEN_ON_PURPOSE[rule.id] ?? []).includes(name)) continue;
      for (const pattern of writtenOut(parameter.value as string | number, parameter.unit)) {
        for (const message of messagesOf(rule)) if (pattern.test(message)) written.push(`${name} (${parameter.value}) in “${message}”`);
      }
    }
    expect(written).toEqual([]);
  });

  it('parameter units are one of a closed list', () => {
    const units = new Set(RULES.flatMap((rule) => Object.values(rule.parameters).map((p) => p.unit ?? '(none)')));
    expect([...units].filter((unit) => !PARAMETER_UNITS.includes(unit as never))).toEqual([]);
  });
});
