/**
 * npm run bench — throughput measured side by side in one run, printed as ratios.
 *   1. json-rules-engine (`evaluate`) vs the compiled closures (`evaluateSync`), all rules, one corpus;
 *   2. `evaluateSync` vs hand-written TypeScript for three gx rules (below, bench only): one that
 *      builds the same report (checked deep-equal first), and a minimal one that gives verdicts only;
 *   3. `landuse-rules batch` with one worker vs all cores, and full vs compact output (bytes a line, lines/s);
 *   4. registers (`--registers`, or `--million`): CSV → CSV and NDJSON → NDJSON (compact, --citations ref)
 *      of `--rows N` records (default 200,000; `--million` makes it 1,000,000), XLSX and GeoJSON of
 *      100,000 in and out, each with its time and the process's peak RSS (workers are threads of it).
 *   5. against the previous release (PREVIOUS_RELEASE below, or `--baseline <commit>`; `--no-baseline` skips it):
 *      that commit built once into node_modules/.cache/landuse-bench/<sha> (scripts/bench-baseline.ts) and
 *      loaded beside this build; both give their reports on the corpus (compared first), then the two builds
 *      are timed in alternation, `--rounds N` rounds (default 5), and each figure is printed beside the
 *      baseline's with the ratio. Without the commit (a shallow clone, no git) it says so and goes on.
 * `--no-batch` stops after the in-process figures; `--batch-only` skips them; `--serve` adds the decision
 * service under autocannon (scripts/bench-serve.ts, loopback only), `--serve-only` runs only that; `--lines N` sets the
 * size of the batch comparison (default 20,000).
 * No timing is asserted anywhere; these numbers are for the closing note and the README.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { baselineBuild, resolveCommit } from './bench-baseline.js';
// The library as shipped (dist, built by `npm run bench`), typed from its source.
const built = new URL('../dist/index.js', import.meta.url).href;
const { evaluate, evaluateSync, DOCUMENTS } = (await import(built)) as typeof import('../src/index.js');
type RuleDefinition = import('../src/index.js').RuleDefinition;
type Report = import('../src/index.js').Report;
type RuleResult = import('../src/index.js').RuleResult;
type UntypedFacts = import('../src/index.js').UntypedFacts;
/** The corpus is read through the untyped path, as a register's data would be. Branded by a type assertion, not `untypedFacts`, as the bench also runs builds older than it. */
const untyped = (facts: unknown): UntypedFacts => facts as UntypedFacts;
/** The three rules' own words (titles, citations, message templates), read from the package like any caller would. */
const definition = async (id: string): Promise<RuleDefinition> =>
  ((await import(new URL(`../dist/rules/${id}.js`, import.meta.url).href)) as { default: RuleDefinition }).default;

const AS_OF = '2025-06-30';
const THREE = [
  'gx-rural-land-2023/11-small-facility-agriculture-filing',
  'gx-rural-land-2023/09-small-public-facility-permit-exemption',
  'gx-rural-land-2023/02-village-reserve-quota',
];

// A deterministic corpus of projects touching the three rules (and others through their facts).
let seed = 7;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const corpus = Array.from({ length: 2000 }, (_, i) => {
  switch (i % 3) {
    case 0:
      return { projectType: 'facility-agriculture', siteAreaM2: pick([300, 499.99, 500, 500.01, 800]), floorAreaM2: pick([600, 1000, 1000.5]) };
    case 1:
      return {
        projectType: 'public-facility',
        ...pick([
          { facilityType: 'sewage-treatment' },
          { facilityType: 'telecom' },
          { facilityType: 'outdoor-basketball-court' },
          // A facility the vocabulary knows (gx 14's pavilion) that (九) does not name: its open list needs a determination.
          { facilityType: 'pavilion', publicFacilityGroupDetermined: 'none' },
        ]),
        siteAreaM2: pick([150, 400, 400.01, 900]),
        listedInRuralRevitalizationPlan: true,
        conformsToSpatialPlan: true,
        meetsTechnicalStandards: pick([true, false]),
        safeUseEnsured: true,
        localImplementationRulesPublished: true,
      };
    default:
      return {
        planType: pick(['village-plan', 'township-spatial-plan']),
        plannedVillageConstructionLandM2: pick([300, 10_000, 25_000]),
        reserveQuotaM2: pick([15, 500, 1300]),
      };
  }
});

/** Projects per second over at least `ms` milliseconds of whole passes over the corpus, after one pass to warm up. */
const perSecond = async (pass: () => unknown, ms: number): Promise<number> => {
  await pass();
  let done = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    await pass();
    done += corpus.length;
  }
  return done / ((performance.now() - start) / 1000);
};
/** An asynchronous path, each case awaited. */
const rate = (run: (facts: unknown) => Promise<unknown>, ms = 1500) =>
  perSecond(async () => {
    for (const facts of corpus) await run(facts);
  }, ms);
let sink = 0;
/**
 * A synchronous path, called without `await` (an await costs ~70 ns here, which would
 * flatter any ratio against fast code); only each whole pass is awaited.
 */
const rateSync = (run: (facts: unknown) => unknown, ms = 1500) =>
  perSecond(() => {
    for (const facts of corpus) sink += run(facts) === undefined ? 0 : 1;
  }, ms);

// — a minimal hand-written reference: the three verdicts with reasons, but no report around them —
type Ref = {
  ruleId: string;
  status: string;
  reasons: { fact: string; expected: number; actual: number; holds: boolean }[];
  conclusions: Record<string, unknown>;
  message: string;
};
const num = (v: unknown): number | undefined => {
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return v;
  if (v && typeof v === 'object') {
    const { value, unit } = v as { value?: unknown; unit?: unknown };
    if (typeof value === 'number' && value >= 0)
      return unit === 'mu' ? (value * 10_000) / 15 : unit === 'ha' ? value * 10_000 : unit === 'm2' ? value : undefined;
  }
  return undefined;
};
const SMALL = new Set(['water-supply-drainage', 'power-supply', 'gas-supply', 'telecom', 'culture-sports']);
const LISTED = new Set([
  'sewage-treatment',
  'garbage-storage-transport',
  'manure-treatment',
  'public-toilet',
  'village-road',
  ...SMALL,
  'outdoor-basketball-court',
]);
const reference = (facts: Record<string, unknown>): Ref[] => {
  const out: Ref[] = [];
  if (facts.projectType === 'facility-agriculture') {
    const site = num(facts.siteAreaM2);
    const floor = num(facts.floorAreaM2);
    if (site === undefined || floor === undefined) out.push({ ruleId: THREE[0]!, status: 'undetermined', reasons: [], conclusions: {}, message: 'missing' });
    else {
      const reasons = [
        { fact: 'siteAreaM2', expected: 500, actual: site, holds: site <= 500 },
        { fact: 'floorAreaM2', expected: 1000, actual: floor, holds: floor <= 1000 },
      ];
      const ok = reasons.every((r) => r.holds);
      out.push({
        ruleId: THREE[0]!,
        status: ok ? 'pass' : 'fail',
        reasons,
        conclusions: ok ? { simplifiedFiling: true } : {},
        message: ok ? `用地${site}平方米…` : `本项目用地${site}平方米…`,
      });
    }
  }
  if (facts.projectType === 'public-facility') {
    const type = facts.facilityType as string;
    const flags = [
      'listedInRuralRevitalizationPlan',
      'conformsToSpatialPlan',
      'meetsTechnicalStandards',
      'safeUseEnsured',
      'localImplementationRulesPublished',
    ].map((f) => facts[f] === true);
    const site = num(facts.siteAreaM2);
    const reasons = [{ fact: 'siteAreaM2', expected: 400, actual: site ?? Number.NaN, holds: !SMALL.has(type) || (site !== undefined && site <= 400) }];
    const ok = LISTED.has(type) && flags.every(Boolean) && reasons[0]!.holds;
    out.push({ ruleId: THREE[1]!, status: ok ? 'pass' : 'fail', reasons, conclusions: { planningPermitExempt: ok }, message: ok ? '可免于办理' : '不符合' });
  }
  if (facts.planType === 'village-plan' || facts.planType === 'township-spatial-plan') {
    const base = num(facts.plannedVillageConstructionLandM2);
    const quota = num(facts.reserveQuotaM2);
    if (base === undefined || quota === undefined) out.push({ ruleId: THREE[2]!, status: 'undetermined', reasons: [], conclusions: {}, message: 'missing' });
    else {
      // Integer arithmetic in hundredths keeps 5% of 300 = 15 exact, as the library does.
      const max = (Math.round(base * 100) * 5) / 10_000;
      const holds = quota <= max;
      out.push({
        ruleId: THREE[2]!,
        status: holds ? 'pass' : 'fail',
        reasons: [{ fact: 'reserveQuotaM2', expected: max, actual: quota, holds }],
        conclusions: { maxReserveQuotaM2: max },
        message: `${quota} ≤ ${max}`,
      });
    }
  }
  return out;
};

// — the faithful hand-written reference: plain TypeScript that builds the very report evaluateSync
// gives for the three rules (checked deep-equal on the whole corpus before anything is timed).
// It checks its input as the library does and throws on what the corpus never holds (a missing
// or invalid fact), rather than guessing; the rules' words are constants read from the package.
const RESERVE = await definition(THREE[2]!);
const EXEMPTION = await definition(THREE[1]!);
const FILING = await definition(THREE[0]!);
const NOT_APPLICABLE = '本规则不涉及此案。';
const ENCOURAGED = ' 该鼓励或可选政策不适用于本案；这并不构成违规。';
const GX_IN_FORCE = DOCUMENTS['gx-rural-land-2023'].inForce;
/**
 * A rule's message with its parameters written in once, as the library writes them (a share as a
 * percentage): messages name their thresholds ({maxSiteArea}) since the parameters were made data.
 */
const filled = (rule: RuleDefinition, status: 'pass' | 'fail'): string =>
  rule.messages[status]['zh-Hans'].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const parameter = rule.parameters[name];
    if (!parameter) return whole;
    return parameter.unit === 'share' && typeof parameter.value === 'string' ? `${Math.round(Number(parameter.value) * 1e6) / 1e4}%` : String(parameter.value);
  });
const MESSAGES = {
  reserve: { pass: filled(RESERVE, 'pass'), fail: filled(RESERVE, 'fail') },
  exemption: { pass: filled(EXEMPTION, 'pass'), fail: filled(EXEMPTION, 'fail') },
  filing: { pass: filled(FILING, 'pass'), fail: filled(FILING, 'fail') },
};
/** One result as a plain literal (an object spread plus more keys costs microseconds in V8). */
const result = (
  rule: RuleDefinition,
  status: RuleResult['status'],
  message: string,
  reasons: RuleResult['reasons'],
  conclusions: RuleResult['conclusions'],
): RuleResult => {
  const built: { -readonly [K in keyof RuleResult]: RuleResult[K] } = {
    ruleId: rule.id,
    status,
    message,
    title: rule.title['zh-Hans'],
    documentId: rule.documentId,
    kind: rule.kind,
    strength: rule.strength,
    reasons,
    missingFacts: [],
    conclusions,
    citation: { documentId: rule.documentId, article: rule.citation.article, quote: rule.citation.quote },
  };
  // The three rules are a requirement and two eligibilities: a fail is a violation or "not eligible".
  if (status === 'fail') built.consequence = rule.kind === 'eligibility' || rule.strength === 'encouraged' ? 'not-eligible' : 'violation';
  return built;
};
const notApplicable = (rule: RuleDefinition): RuleResult => result(rule, 'not-applicable', NOT_APPLICABLE, [], {});
const NA = { reserve: notApplicable(RESERVE), exemption: notApplicable(EXEMPTION), filing: notApplicable(FILING) };
const area = (facts: Record<string, unknown>, name: string): number => {
  const value = facts[name];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new Error(`reference: ${name} is not an area in m²`);
  return value;
};
const flag = (facts: Record<string, unknown>, name: string): boolean => {
  const value = facts[name];
  if (typeof value !== 'boolean') throw new Error(`reference: ${name} is not true or false`);
  return value;
};
/** Millionths as whole numbers: exact for the decimals callers write (up to six places). */
const micro = (value: number): number => {
  const scaled = Math.round(value * 1e6);
  if (scaled / 1e6 !== value || !Number.isSafeInteger(scaled)) throw new Error(`reference: ${value} has more than six decimals`);
  return scaled;
};
const LISTED_TYPES = [
  'sewage-treatment',
  'garbage-storage-transport',
  'manure-treatment',
  'public-toilet',
  'village-road',
  'water-supply-drainage',
  'power-supply',
  'gas-supply',
  'telecom',
  'culture-sports',
  'outdoor-basketball-court',
];
const SMALL_TYPES = ['water-supply-drainage', 'power-supply', 'gas-supply', 'telecom', 'culture-sports'];
const UNLIMITED_TYPES = ['sewage-treatment', 'garbage-storage-transport', 'manure-treatment', 'public-toilet', 'village-road', 'outdoor-basketball-court'];
const UNLIMITED_GROUPS = ['living-environment', 'infrastructure'];
const SMALL_GROUP = 'small-scattered-public-facility';
const groupOf = (type: string): string | undefined =>
  ['sewage-treatment', 'garbage-storage-transport', 'manure-treatment', 'public-toilet'].includes(type)
    ? 'living-environment'
    : type === 'village-road'
      ? 'infrastructure'
      : type === 'outdoor-basketball-court' || SMALL_TYPES.includes(type)
        ? 'small-scattered-public-facility'
        : undefined;
const FLAGS = ['listedInRuralRevitalizationPlan', 'conformsToSpatialPlan', 'meetsTechnicalStandards', 'safeUseEnsured', 'localImplementationRulesPublished'];
/** The clause of the quote each reason names, as the three rules' conditions name them. */
const FLAG_CLAUSES = [
  '列入鄉村振興規劃、計劃或項目庫',
  '符合國土空間規劃和用途管制規則',
  '滿足有關法律法規、標準規范和地方技術規定要求',
  '確保安全利用',
  '市、縣可在制定和公開管理實施細則后',
];
const FACILITY_CLAUSE =
  '農村生活污水處理、垃圾儲運、糞污處理、公共廁所等農村人居環境建設項目,村內道路等基礎設施項目和農村給排水、供電、供氣、通訊、文化體育等小型(項目用地面積不超過400平方米,但露天籃球場不受此面積限制)零星公用公服設施';
const SMALL_SITE_CLAUSE = '項目用地面積不超過400平方米';
const RESERVE_CLAUSE = '預留不超過規劃村莊建設用地總量5%的機動指標';
const MODES_CLAUSE = '以“點位示意”“項目清單”或“用途留白”等方式納入規劃管控';

const faithful = (facts: Record<string, unknown>, asOf: string): Report => {
  if (asOf < GX_IN_FORCE.from || ('to' in GX_IN_FORCE && asOf > GX_IN_FORCE.to)) throw new Error('reference: written for dates in force');
  let reserve = NA.reserve;
  let exemption = NA.exemption;
  let filing = NA.filing;
  if (facts.planType === 'village-plan' || facts.planType === 'township-spatial-plan') {
    if (facts.reserveQuotaModes !== undefined) throw new Error('reference: reserve modes are not in the corpus');
    const base = micro(area(facts, 'plannedVillageConstructionLandM2'));
    const quota = area(facts, 'reserveQuotaM2');
    // 5% of the base, in millionths: exact while the base has at most four decimals.
    const maxMicro = (base * 5) / 100;
    if (!Number.isInteger(maxMicro)) throw new Error('reference: base with more than four decimals');
    const max = maxMicro / 1e6;
    const holds = micro(quota) <= maxMicro;
    const remaining = Math.max(maxMicro - micro(quota), 0) / 1e6;
    const template = holds ? MESSAGES.reserve.pass : MESSAGES.reserve.fail;
    reserve = result(
      RESERVE,
      holds ? 'pass' : 'fail',
      template.replace('{reserveQuotaM2}', String(quota)).replace('{maxReserveQuotaM2}', String(max)),
      [
        { fact: 'reserveQuotaM2', operator: 'atMost', expected: max, actual: quota, holds, unit: 'm2', clause: RESERVE_CLAUSE },
        { fact: 'reserveQuotaModes', operator: 'present', expected: false, actual: undefined, holds: true, clause: MODES_CLAUSE },
        { fact: 'reserveQuotaM2', operator: 'atMost', expected: 0, actual: quota, holds: quota <= 0, unit: 'm2', clause: MODES_CLAUSE },
      ],
      { maxReserveQuotaM2: max, remainingReserveQuotaM2: remaining },
    );
  }
  if (facts.projectType === 'public-facility') {
    const type = facts.facilityType;
    if (typeof type !== 'string') throw new Error('reference: facilityType is not a string');
    const site = area(facts, 'siteAreaM2');
    const listed = LISTED_TYPES.includes(type);
    const flags = FLAGS.map((name) => flag(facts, name));
    const notSmall = !SMALL_TYPES.includes(type);
    const small = site <= 400;
    // A type the text does not name belongs to a group only by a recorded determination (the corpus records 'none').
    const determined = facts.publicFacilityGroupDetermined;
    if (!listed && typeof determined !== 'string') throw new Error('reference: an unnamed type without a determination is not in the corpus');
    const unlimited = UNLIMITED_TYPES.includes(type);
    const byDetermination = !listed && (UNLIMITED_GROUPS.includes(determined as string) || (determined === SMALL_GROUP && small));
    const pass = flags.every(Boolean) && (unlimited || (!notSmall && small) || byDetermination);
    const group = groupOf(type) ?? (typeof determined === 'string' && determined !== 'none' ? determined : undefined);
    const determination = (operator: string, expected: unknown, holds: boolean) =>
      typeof determined === 'string'
        ? [{ fact: 'publicFacilityGroupDetermined', operator, expected, actual: determined, holds, determination: true as const, clause: FACILITY_CLAUSE }]
        : [];
    exemption = result(
      EXEMPTION,
      pass ? 'pass' : 'fail',
      pass ? MESSAGES.exemption.pass : MESSAGES.exemption.fail + ENCOURAGED,
      [
        ...FLAGS.map((name, i) => ({ fact: name, operator: 'equal', expected: true, actual: flags[i], holds: flags[i]!, clause: FLAG_CLAUSES[i]! })),
        { fact: 'facilityType', operator: 'in', expected: UNLIMITED_TYPES, actual: type, holds: unlimited, clause: FACILITY_CLAUSE },
        { fact: 'facilityType', operator: 'in', expected: SMALL_TYPES, actual: type, holds: !notSmall, clause: FACILITY_CLAUSE },
        { fact: 'siteAreaM2', operator: 'atMost', expected: 400, actual: site, holds: small, unit: 'm2', clause: SMALL_SITE_CLAUSE },
        { fact: 'facilityType', operator: 'notIn', expected: LISTED_TYPES, actual: type, holds: !listed, clause: FACILITY_CLAUSE },
        ...determination('in', UNLIMITED_GROUPS, UNLIMITED_GROUPS.includes(determined as string)),
        { fact: 'facilityType', operator: 'notIn', expected: LISTED_TYPES, actual: type, holds: !listed, clause: FACILITY_CLAUSE },
        ...determination('equal', SMALL_GROUP, determined === SMALL_GROUP),
        { fact: 'siteAreaM2', operator: 'atMost', expected: 400, actual: site, holds: small, unit: 'm2', clause: SMALL_SITE_CLAUSE },
      ],
      group === undefined ? { planningPermitExempt: pass } : { facilityGroup: group, planningPermitExempt: pass },
    );
  }
  if (facts.projectType === 'facility-agriculture') {
    const site = area(facts, 'siteAreaM2');
    const floor = area(facts, 'floorAreaM2');
    const siteHolds = site <= 500;
    const floorHolds = floor <= 1000;
    const pass = siteHolds && floorHolds;
    const template = pass ? MESSAGES.filing.pass : MESSAGES.filing.fail;
    filing = result(
      FILING,
      pass ? 'pass' : 'fail',
      template.replace('{siteAreaM2}', String(site)).replace('{floorAreaM2}', String(floor)) + (pass ? '' : ENCOURAGED),
      [
        { fact: 'siteAreaM2', operator: 'atMost', expected: 500, actual: site, holds: siteHolds, unit: 'm2', clause: '用地規模不超過500平方米' },
        { fact: 'floorAreaM2', operator: 'atMost', expected: 1000, actual: floor, holds: floorHolds, unit: 'm2', clause: '建筑面積不超過1000平方米' },
      ],
      pass ? { simplifiedFiling: true, remoteSensingFilingPossible: true } : { simplifiedFiling: false },
    );
  }
  const results = [reserve, exemption, filing];
  const summary = { pass: 0, fail: 0, 'not-applicable': 0, undetermined: 0, 'not-in-force': 0, violation: 0, 'not-eligible': 0, 'target-missed': 0 };
  for (const result of results) {
    summary[result.status] += 1;
    if (result.consequence) summary[result.consequence] += 1;
  }
  // Benchmarked on dates the measures are in force: no document goes unchecked.
  return { asOf, results, issues: [], summary, documentsNotInForce: [] };
};

interface Run {
  rate: number;
  peakRssMb: number;
  seconds: number;
  bytes: number;
  code: number | null;
}

/** Runs the built CLI's batch on a file, its output to a file; lines/s over the whole process, peak RSS from /proc. */
const batchRun = (file: string, lines: number, args: string[], output: string): Promise<Run> =>
  new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['dist/cli.js', 'batch', file, '--as-of', AS_OF, '-o', output, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let peak = 0;
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]) / 1024);
      } catch {
        /* the process has ended */
      }
    }, 100);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      const seconds = (performance.now() - start) / 1000;
      if (code !== 0 && code !== 1) console.error(`  (exit ${code}) ${stderr.trim().split('\n')[0] ?? ''}`);
      resolve({ rate: lines / seconds, peakRssMb: peak, seconds, bytes: statSync(output).size, code });
    });
  });

const batchRate = (file: string, lines: number, workers: number, args: string[] = []): Promise<Run> =>
  batchRun(file, lines, ['--workers', String(workers), ...args], join(tmpdir(), `landuse-bench-out-${process.pid}.ndjson`));

const writeNdjson = async (path: string, lines: number) => {
  const out = createWriteStream(path);
  for (let i = 0; i < lines; i++) {
    if (!out.write(`${JSON.stringify(corpus[i % corpus.length])}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
};

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** The release `npm run bench` compares this build with: the last one before the rules became data (issue 12). */
const PREVIOUS_RELEASE = 'ffce5d5';

/** The commit to compare with: `--baseline`'s, else the previous release unless `--no-baseline`; none when it is not in this checkout. */
const baselineRevision = (): string | undefined => {
  const at = process.argv.indexOf('--baseline');
  if (at > 0) return process.argv[at + 1] ?? '';
  if (process.argv.includes('--no-baseline')) return undefined;
  try {
    resolveCommit(PREVIOUS_RELEASE);
    return PREVIOUS_RELEASE;
  } catch {
    console.log(`\n(no comparison with the previous release: commit ${PREVIOUS_RELEASE} is not in this checkout, e.g. a shallow clone)`);
    return undefined;
  }
};

const main = async () => {
  console.log(`landuse-rules bench — Node ${process.version}, ${availableParallelism()} cores, corpus of ${corpus.length} projects\n`);
  const serveOnly = process.argv.includes('--serve-only');
  if (!process.argv.includes('--batch-only') && !serveOnly) {
    await inProcess();
    const revision = baselineRevision();
    if (revision !== undefined) await againstBaseline(revision);
  }
  // The decision service under autocannon (loopback only): scripts/bench-serve.ts.
  if (process.argv.includes('--serve') || serveOnly) await (await import('./bench-serve.js')).benchServe();
  if (process.argv.includes('--no-batch') || serveOnly) return;
  await batches();
};

const inProcess = async () => {
  const allEngine = await rate((facts) => evaluate(untyped(facts), { asOf: AS_OF }));
  const allSync = await rateSync((facts) => evaluateSync(untyped(facts), { asOf: AS_OF }));
  console.log('All rules, full reports:');
  console.log(`  evaluate (json-rules-engine)   ${fmt(allEngine).padStart(10)} projects/s`);
  console.log(`  evaluateSync (compiled)        ${fmt(allSync).padStart(10)} projects/s   ${(allSync / allEngine).toFixed(1)}× evaluate`);

  const three = { asOf: AS_OF, rules: THREE };
  // The faithful reference must give the very report, case by case, or its speed means nothing.
  for (const facts of corpus) {
    const expected = evaluateSync(untyped(facts), three);
    const actual = faithful(facts as Record<string, unknown>, AS_OF);
    if (!isDeepStrictEqual(actual, expected)) {
      console.error('faithful reference differs from evaluateSync on', JSON.stringify(facts), '\n', JSON.stringify(actual), '\n', JSON.stringify(expected));
      process.exit(1);
    }
  }
  const threeEngine = await rate((facts) => evaluate(untyped(facts), three));
  // Three interleaved rounds, so a drift of the machine's speed falls on all three alike; the median round is shown.
  const rounds: { sync: number; full: number; minimal: number }[] = [];
  for (let round = 0; round < 3; round++) {
    const sync = await rateSync((facts) => evaluateSync(untyped(facts), three), 1000);
    const full = await rateSync((facts) => faithful(facts as Record<string, unknown>, AS_OF), 1000);
    const minimal = await rateSync((facts) => reference(facts as Record<string, unknown>), 1000);
    rounds.push({ sync, full, minimal });
  }
  const median = [...rounds].sort((a, b) => a.full / a.sync - b.full / b.sync)[1]!;
  console.log('\nThree gx rules (facility filing, permit exemption, reserve quota):');
  console.log(`  evaluate (json-rules-engine)   ${fmt(threeEngine).padStart(10)} projects/s`);
  console.log(`  evaluateSync (compiled)        ${fmt(median.sync).padStart(10)} projects/s   ${(median.sync / threeEngine).toFixed(1)}× evaluate`);
  console.log(
    `  hand-written, same report      ${fmt(median.full).padStart(10)} projects/s   evaluateSync is ${(median.full / median.sync).toFixed(1)}× slower (rounds: ${rounds.map((r) => (r.full / r.sync).toFixed(1)).join(', ')})`,
  );
  console.log(
    `  hand-written, verdicts only    ${fmt(median.minimal).padStart(10)} projects/s   evaluateSync is ${(median.minimal / median.sync).toFixed(1)}× slower (no report: no titles, citations, summary or checks of most facts)`,
  );
};

/** Cases per second of `run` over `cases`, whole passes for at least `ms` milliseconds, after one pass to warm up. */
const timed = async (run: (facts: unknown) => unknown, cases: readonly unknown[], ms: number): Promise<number> => {
  const pass = async () => {
    for (const facts of cases) {
      const out = run(facts);
      // The engine's path gives a promise, awaited; the synchronous one is not (an await would flatter a slower path).
      sink += out instanceof Promise ? ((await out) === undefined ? 0 : 1) : out === undefined ? 0 : 1;
    }
  };
  await pass();
  let done = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    await pass();
    done += cases.length;
  }
  return done / ((performance.now() - start) / 1000);
};

/**
 * A report without what changed on purpose since ffce5d5: the reasons' `clause`, and gx 17's
 * quote, extended by the seed's words its conditions encode. Whatever else differs is a change.
 */
const withoutKnownChanges = (report: Report): unknown => ({
  ...report,
  results: report.results.map(({ citation, ...result }) => ({
    ...result,
    citation: result.ruleId === 'gx-rural-land-2023/17-rural-stock-land-transition' ? { ...citation, quote: '(extended)' } : citation,
    reasons: result.reasons.map(({ clause: _clause, ...reason }) => reason),
  })),
});

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * This build against a previous release, side by side in one process: each figure is timed
 * for both builds in alternation (the order flips every round, so a drift of the machine's
 * speed falls on both alike), and the median round is shown with the ratio this/baseline.
 */
const againstBaseline = async (revision: string) => {
  if (!revision || revision.startsWith('--')) throw new Error('--baseline needs a commit (e.g. --baseline ffce5d5)');
  const { sha, dir, version } = baselineBuild(revision, (line) => console.log(line));
  const old = (await import(pathToFileURL(join(dir, 'dist', 'index.js')).href)) as typeof import('../src/index.js');
  const current = { evaluate, evaluateSync };
  // The same answers first: a speed-up that changed a report would mean nothing.
  const three = { asOf: AS_OF, rules: THREE };
  let differing = 0;
  let differingBeyondKnown = 0;
  const compare = (now: Report, before: Report) => {
    if (isDeepStrictEqual(now, before)) return;
    differing += 1;
    if (!isDeepStrictEqual(withoutKnownChanges(now), withoutKnownChanges(before))) differingBeyondKnown += 1;
  };
  for (const facts of corpus) compare(current.evaluateSync(untyped(facts), { asOf: AS_OF }), old.evaluateSync(untyped(facts), { asOf: AS_OF }));
  const engineCases = corpus.slice(0, 300);
  for (const facts of engineCases) compare(await current.evaluate(untyped(facts), { asOf: AS_OF }), await old.evaluate(untyped(facts), { asOf: AS_OF }));
  const figures: { name: string; unit: string; run: (lib: typeof current) => Promise<number> }[] = [
    { name: 'evaluateSync, all rules', unit: 'projects/s', run: (lib) => timed((facts) => lib.evaluateSync(untyped(facts), { asOf: AS_OF }), corpus, 1000) },
    { name: 'evaluateSync, three gx rules', unit: 'projects/s', run: (lib) => timed((facts) => lib.evaluateSync(untyped(facts), three), corpus, 1000) },
    {
      name: 'evaluate (json-rules-engine), all rules',
      unit: 'projects/s',
      run: (lib) => timed((facts) => lib.evaluate(untyped(facts), { asOf: AS_OF }), engineCases, 1500),
    },
  ];
  const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 5;
  console.log(`
This build against ${revision} (${sha.slice(0, 7)}, version ${version}), ${rounds} alternating rounds, median round:`);
  console.log(
    `  reports identical on ${fmt(corpus.length + engineCases.length - differing)} of ${fmt(corpus.length + engineCases.length)} cases (${fmt(corpus.length)} compiled, ${fmt(engineCases.length)} engine)`,
  );
  console.log(
    `  identical but for the reasons' clause and gx 17's quote (changed since ffce5d5) on ${fmt(corpus.length + engineCases.length - differingBeyondKnown)}`,
  );
  for (const figure of figures) {
    const now: number[] = [];
    const before: number[] = [];
    const ratios: number[] = [];
    for (let round = 0; round < rounds; round++) {
      let a: number;
      let b: number;
      if (round % 2 === 0) {
        a = await figure.run(current);
        b = await figure.run(old);
      } else {
        b = await figure.run(old);
        a = await figure.run(current);
      }
      now.push(a);
      before.push(b);
      ratios.push(a / b);
    }
    console.log(
      `  ${figure.name.padEnd(42)} this ${fmt(median(now)).padStart(9)}  baseline ${fmt(median(before)).padStart(9)} ${figure.unit}   ${median(ratios).toFixed(2)}× (rounds: ${ratios.map((r) => r.toFixed(2)).join(', ')})`,
    );
  }
};

const batches = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'landuse-bench-'));
  try {
    const at = process.argv.indexOf('--lines');
    const lines = at > 0 ? Number(process.argv[at + 1]) : 20_000;
    const file = join(dir, 'register.ndjson');
    await writeNdjson(file, lines);
    const cores = availableParallelism();
    const one = await batchRate(file, lines, 1);
    const all = await batchRate(file, lines, cores);
    console.log(`\nbatch, ${fmt(lines)} lines, compact output (the default):`);
    console.log(`  1 worker                       ${fmt(one.rate).padStart(10)} lines/s   peak RSS ${one.peakRssMb.toFixed(0)} MB`);
    console.log(
      `  ${cores} workers                      ${fmt(all.rate).padStart(10)} lines/s   peak RSS ${all.peakRssMb.toFixed(0)} MB   ${(all.rate / one.rate).toFixed(2)}× one worker`,
    );
    // Full vs compact, side by side in this run: what leaving out the results that concern nobody saves.
    const full = await batchRate(file, lines, cores, ['--results', 'all', '--citations', 'full']);
    const compact = await batchRate(file, lines, cores);
    const ref = await batchRate(file, lines, cores, ['--citations', 'ref']);
    const none = await batchRate(file, lines, cores, ['--citations', 'none', '--only', 'fail,undetermined']);
    console.log(`\nbatch, ${fmt(lines)} lines, ${cores} workers, full vs compact:`);
    const row = (name: string, r: Run) =>
      console.log(
        `  ${name.padEnd(44)} ${fmt(r.rate).padStart(8)} lines/s ${fmt(r.bytes / lines).padStart(8)} B/line   ${(r.rate / full.rate).toFixed(2)}× full, ${(full.bytes / r.bytes).toFixed(1)}× smaller   peak RSS ${r.peakRssMb.toFixed(0)} MB`,
      );
    row('--results all (every rule, full citations)', full);
    row('compact (default)', compact);
    row('compact --citations ref', ref);
    row('--citations none --only fail,undetermined', none);

    if (process.argv.includes('--registers') || process.argv.includes('--million')) await registers(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(tmpdir(), `landuse-bench-out-${process.pid}.ndjson`), { force: true });
  }
};

/** The corpus's facts as register columns; booleans written as a bureau would, 是/否. */
const COLUMNS = [...new Set(corpus.flatMap((facts) => Object.keys(facts)))];
const cell = (value: unknown): string => (value === undefined ? '' : value === true ? '是' : value === false ? '否' : String(value));

const writeLines = async (path: string, count: number, line: (i: number) => string, head = '', tail = '') => {
  const out = createWriteStream(path);
  out.write(head);
  for (let i = 0; i < count; i++) {
    if (!out.write(line(i))) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  out.write(tail);
  await new Promise<void>((r) => out.end(() => r()));
};

const square = (i: number) => {
  const x = 109 + (i % 1000) / 1000;
  const y = 24 + Math.floor(i / 1000) / 1000;
  return `{"type":"Polygon","coordinates":[[[${x},${y}],[${x + 0.0005},${y}],[${x + 0.0005},${y + 0.0005}],[${x},${y + 0.0005}],[${x},${y}]]]}`;
};

const registers = async (dir: string) => {
  const at = process.argv.indexOf('--rows');
  const rows = process.argv.includes('--million') ? 1_000_000 : at > 0 ? Number(process.argv[at + 1]) : 200_000;
  const record = (i: number) => ({ id: `P${i}`, ...corpus[i % corpus.length] }) as Record<string, unknown>;
  const report = (name: string, r: Run, count: number) =>
    console.log(
      `  ${name.padEnd(44)} ${fmt(r.rate).padStart(8)} rows/s ${r.seconds.toFixed(1).padStart(7)} s ${fmt(r.bytes / count).padStart(6)} B/row   peak RSS ${r.peakRssMb.toFixed(0)} MB`,
    );
  console.log(`\nregisters (${availableParallelism()} workers; time is the whole process, start to exit):`);

  const csv = join(dir, 'register.csv');
  await writeLines(csv, rows, (i) => `${['id', ...COLUMNS].map((c) => cell(record(i)[c])).join(',')}\n`, `${['id', ...COLUMNS].join(',')}\n`);
  report(`CSV → CSV, ${fmt(rows)} rows (compact)`, await batchRun(csv, rows, [], join(dir, 'out.csv')), rows);
  rmSync(join(dir, 'out.csv'), { force: true });

  const ndjson = join(dir, 'register.ndjson');
  await writeLines(ndjson, rows, (i) => `${JSON.stringify(record(i))}\n`);
  report(`NDJSON → NDJSON, ${fmt(rows)} lines (--citations ref)`, await batchRun(ndjson, rows, ['--citations', 'ref'], join(dir, 'out.ndjson')), rows);
  rmSync(join(dir, 'out.ndjson'), { force: true });

  const hundred = Math.min(100_000, rows);
  const geojson = join(dir, 'register.geojson');
  await writeLines(
    geojson,
    hundred,
    (i) => `${i ? ',\n' : ''}{"type":"Feature","properties":${JSON.stringify(record(i))},"geometry":${square(i)}}`,
    '{"type":"FeatureCollection","name":"bench","features":[\n',
    '\n]}\n',
  );
  report(
    `GeoJSON → GeoJSON, ${fmt(hundred)} features (--citations ref)`,
    await batchRun(geojson, hundred, ['--citations', 'ref'], join(dir, 'out.geojson')),
    hundred,
  );

  const ExcelJS = (await import('exceljs')).default;
  const xlsx = join(dir, 'register.xlsx');
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsx, useSharedStrings: false, useStyles: false });
  const sheet = book.addWorksheet('register');
  sheet.addRow(['id', ...COLUMNS]).commit();
  for (let i = 0; i < hundred; i++) sheet.addRow(['id', ...COLUMNS].map((c) => cell(record(i)[c]))).commit();
  sheet.commit();
  await book.commit();
  report(`XLSX → XLSX, ${fmt(hundred)} rows`, await batchRun(xlsx, hundred, [], join(dir, 'out.xlsx')), hundred);
};

await main();
// The sync paths add into `sink` so their results are used; reading it once keeps that true.
if (sink < 0) throw new Error('unreachable');
