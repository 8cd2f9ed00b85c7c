// What a caller of landuse-rules writes. tests/types.test.ts compiles this file: it must
// compile as it is (every `@ts-expect-error` meets its error), and each line under a
// `@ts-expect-error` must fail for the reason its comment names.
import {
  createEvaluator,
  evaluate,
  evaluateSync,
  untypedFacts,
  type DocumentId,
  type EvaluateOptions,
  type Facts,
  type Report,
  type RuleId,
} from 'landuse-rules';
import { assertRule } from 'landuse-rules/testing';

// — correct code compiles —
const farm: Facts = {
  projectType: 'facility-agriculture',
  siteAreaM2: { value: 0.75, unit: 'mu' },
  floorAreaM2: 620,
  structureType: 'simple-shed',
  within203Scope: true,
};
const plan: Facts = { planType: 'village-plan', reserveQuotaModes: ['project-list', 'use-blank'], reserveQuotaM2: undefined };
const pilot: Facts = {
  previousProvincialRanks: [3, 2],
  parcels: [{ id: 'p1', slopeDegrees: 12 }],
  siteAlternatives: [{ id: 'a', cultivatedLandShare: 0.1, permanentBasicFarmlandShare: 0, chosen: true }],
  landPricePaidOn: '2025-06-27',
};
const rule: RuleId = 'gx-rural-land-2023/11-small-facility-agriculture-filing';
const document: DocumentId = 'lz-consolidation';
const options: EvaluateOptions = { asOf: '2025-06-30', jurisdiction: '450200', rules: [rule, document], locale: 'en' };

export const reports: Promise<Report>[] = [
  evaluate(farm, options),
  evaluate({ projectType: 'public-facility', facilityType: 'telecom', siteAreaM2: 150 }, { asOf: '2025-06-30', rules: ['gx-rural-land-2023'] }),
  Promise.resolve(evaluateSync(plan)),
  Promise.resolve(evaluateSync(pilot, { asOf: new Date(2025, 5, 30) })),
];

// Data whose shape is known only at run time goes through the explicit, untyped path; its rule ids are strings.
const body: unknown = JSON.parse('{"projectType":"tourism","siteAreaM2":"300"}');
const requested: string[] = ['gx-rural-land-2023/no-such-rule'];
export const untyped: Promise<Report> = evaluate(untypedFacts(body), { rules: requested });
export const untypedSync: Report = evaluateSync(untypedFacts({ facilityType: 'warehouse' }));

// An evaluator over the caller's own rule set: the same facts, the set's own rule ids.
const custom = createEvaluator([]);
export const customReport: Report = custom.evaluateSync({ siteAreaM2: 300 }, { rules: ['my-rules/some-rule'] });

// The compliance oracle for test suites takes the same rule ids.
export const oracle = assertRule(farm, 'gx-rural-land-2023/11-small-facility-agriculture-filing', 'pass', { asOf: '2025-06-30' });

// A report is read, not changed.
const report = evaluateSync(farm);
export const firstStatus: string | undefined = report.results[0]?.status;

// — mistakes are compile errors —
// @ts-expect-error misspelled fact name: siteAreaM
evaluateSync({ projectType: 'facility-agriculture', siteAreaM: 300 });
// @ts-expect-error wrong enum value: facility-agricultur
evaluateSync({ projectType: 'facility-agricultur', siteAreaM2: 300 });
// @ts-expect-error wrong area unit: acre
evaluateSync({ siteAreaM2: { value: 1, unit: 'acre' } });
// @ts-expect-error wrong type: a string where a number is due: floorAreaM2
evaluateSync({ floorAreaM2: '620' });
// @ts-expect-error misspelled rule id: small-facility-agriculture-filling
evaluateSync(farm, { rules: ['gx-rural-land-2023/11-small-facility-agriculture-filling'] });
// @ts-expect-error misspelled document id: gx-rural-land-2024
evaluate(farm, { rules: ['gx-rural-land-2024'] });
// @ts-expect-error untyped data must be marked on purpose: unknown
evaluate(body);
// @ts-expect-error rule ids from outside need the untyped path: string
evaluateSync(farm, { rules: requested });
// @ts-expect-error misspelled fact name with the caller's rule set too: floorArea
custom.evaluateSync({ floorArea: 300 });
// @ts-expect-error a report is read-only: push
report.results.push(report.results[0]!);
// @ts-expect-error a summary is read-only: pass
report.summary.pass = 0;
// @ts-expect-error misspelled rule id given to the testing oracle: agricultur-filing
assertRule(farm, 'gx-rural-land-2023/11-small-facility-agricultur-filing', 'pass');
