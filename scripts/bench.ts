/**
 * npm run bench — throughput measured side by side in one run, printed as ratios.
 *   1. json-rules-engine (`evaluate`) vs the compiled closures (`evaluateSync`), all rules, one corpus;
 *   2. `evaluateSync` vs a hand-written TypeScript reference for three gx rules (below, bench only);
 *   3. `landuse-rules batch` with one worker vs all cores.
 * `--million` also streams a 1,000,000-line file through batch and reports peak RSS.
 * No timing is asserted anywhere; these numbers are for the closing note and the README.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
// The library as shipped (dist, built by `npm run bench`), typed from its source.
const built = new URL('../dist/index.js', import.meta.url).href;
const { evaluate, evaluateSync } = (await import(built)) as typeof import('../src/index.js');

const AS_OF = '2025-06-30';
const THREE = [
  'gx-rural-land-2023/11-small-facility-agriculture-filing',
  'gx-rural-land-2023/09-small-public-facility-permit-exemption',
  'gx-rural-land-2023/02-village-reserve-quota',
];

// A deterministic corpus of projects touching the three rules (and others through their facts).
let seed = 7;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const corpus = Array.from({ length: 2000 }, (_, i) => {
  switch (i % 3) {
    case 0:
      return { projectType: 'facility-agriculture', siteAreaM2: pick([300, 499.99, 500, 500.01, 800]), floorAreaM2: pick([600, 1000, 1000.5]) };
    case 1:
      return {
        projectType: 'public-facility',
        facilityType: pick(['sewage-treatment', 'telecom', 'outdoor-basketball-court', 'warehouse']),
        siteAreaM2: pick([150, 400, 400.01, 900]),
        listedInRuralRevitalizationPlan: true,
        conformsToSpatialPlan: true,
        meetsTechnicalStandards: pick([true, false]),
        safeUseEnsured: true,
        localImplementationRulesPublished: true,
      };
    default:
      return { planType: pick(['village-plan', 'township-spatial-plan']), plannedVillageConstructionLandM2: pick([300, 10_000, 25_000]), reserveQuotaM2: pick([15, 500, 1300]) };
  }
});

/** Projects per second over at least `ms` milliseconds, after a warm-up. */
const rate = async (run: (facts: unknown) => unknown, ms = 1500): Promise<number> => {
  for (const facts of corpus.slice(0, 200)) await run(facts);
  let done = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (const facts of corpus) await run(facts);
    done += corpus.length;
  }
  return done / ((performance.now() - start) / 1000);
};

// — the hand-written reference: plain TypeScript for the three rules, same outputs in spirit —
type Ref = { ruleId: string; status: string; reasons: { fact: string; expected: number; actual: number; holds: boolean }[]; conclusions: Record<string, unknown>; message: string };
const num = (v: unknown): number | undefined => {
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return v;
  if (v && typeof v === 'object') {
    const { value, unit } = v as { value?: unknown; unit?: unknown };
    if (typeof value === 'number' && value >= 0) return unit === 'mu' ? (value * 10_000) / 15 : unit === 'ha' ? value * 10_000 : unit === 'm2' ? value : undefined;
  }
  return undefined;
};
const SMALL = new Set(['water-supply-drainage', 'power-supply', 'gas-supply', 'telecom', 'culture-sports']);
const LISTED = new Set(['sewage-treatment', 'garbage-storage-transport', 'manure-treatment', 'public-toilet', 'village-road', ...SMALL, 'outdoor-basketball-court']);
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
      out.push({ ruleId: THREE[0]!, status: ok ? 'pass' : 'fail', reasons, conclusions: ok ? { simplifiedFiling: true } : {}, message: ok ? `用地${site}平方米…` : `本项目用地${site}平方米…` });
    }
  }
  if (facts.projectType === 'public-facility') {
    const type = facts.facilityType as string;
    const flags = ['listedInRuralRevitalizationPlan', 'conformsToSpatialPlan', 'meetsTechnicalStandards', 'safeUseEnsured', 'localImplementationRulesPublished'].map((f) => facts[f] === true);
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
      const max = Math.round(base * 100) * 5 / 10_000;
      const holds = quota <= max;
      out.push({ ruleId: THREE[2]!, status: holds ? 'pass' : 'fail', reasons: [{ fact: 'reserveQuotaM2', expected: max, actual: quota, holds }], conclusions: { maxReserveQuotaM2: max }, message: `${quota} ≤ ${max}` });
    }
  }
  return out;
};

const batchRate = (file: string, lines: number, workers: number): Promise<{ rate: number; peakRssMb: number }> =>
  new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['dist/cli.js', 'batch', file, '--as-of', AS_OF, '--workers', String(workers)], { stdio: ['ignore', 'ignore', 'inherit'] });
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
    child.on('exit', () => {
      clearInterval(poll);
      resolve({ rate: lines / ((performance.now() - start) / 1000), peakRssMb: peak });
    });
  });

const writeNdjson = async (path: string, lines: number) => {
  const out = createWriteStream(path);
  for (let i = 0; i < lines; i++) {
    if (!out.write(`${JSON.stringify(corpus[i % corpus.length])}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
};

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

const main = async () => {
  console.log(`landuse-rules bench — Node ${process.version}, ${availableParallelism()} cores, corpus of ${corpus.length} projects\n`);

  const allEngine = await rate((facts) => evaluate(facts, { asOf: AS_OF }));
  const allSync = await rate((facts) => evaluateSync(facts, { asOf: AS_OF }));
  console.log('All 68 rules, full reports:');
  console.log(`  evaluate (json-rules-engine)   ${fmt(allEngine).padStart(10)} projects/s`);
  console.log(`  evaluateSync (compiled)        ${fmt(allSync).padStart(10)} projects/s   ${(allSync / allEngine).toFixed(1)}× evaluate`);

  const three = { asOf: AS_OF, rules: THREE };
  const threeEngine = await rate((facts) => evaluate(facts, three));
  const threeSync = await rate((facts) => evaluateSync(facts, three));
  const handWritten = await rate((facts) => reference(facts as Record<string, unknown>));
  console.log('\nThree gx rules (facility filing, permit exemption, reserve quota):');
  console.log(`  evaluate (json-rules-engine)   ${fmt(threeEngine).padStart(10)} projects/s`);
  console.log(`  evaluateSync (compiled)        ${fmt(threeSync).padStart(10)} projects/s   ${(threeSync / threeEngine).toFixed(1)}× evaluate`);
  console.log(`  hand-written reference         ${fmt(handWritten).padStart(10)} projects/s   evaluateSync is ${(handWritten / threeSync).toFixed(1)}× slower`);

  const dir = mkdtempSync(join(tmpdir(), 'landuse-bench-'));
  const lines = 20_000;
  const file = join(dir, 'register.ndjson');
  await writeNdjson(file, lines);
  const one = await batchRate(file, lines, 1);
  const all = await batchRate(file, lines, availableParallelism());
  console.log(`\nbatch, ${fmt(lines)} lines, all rules:`);
  console.log(`  1 worker                       ${fmt(one.rate).padStart(10)} lines/s   peak RSS ${one.peakRssMb.toFixed(0)} MB`);
  console.log(`  ${availableParallelism()} workers                      ${fmt(all.rate).padStart(10)} lines/s   peak RSS ${all.peakRssMb.toFixed(0)} MB   ${(all.rate / one.rate).toFixed(2)}× one worker`);

  if (process.argv.includes('--million')) {
    const big = join(dir, 'million.ndjson');
    await writeNdjson(big, 1_000_000);
    const million = await batchRate(big, 1_000_000, availableParallelism());
    console.log(`\nbatch, 1,000,000 lines: ${fmt(million.rate)} lines/s, peak RSS ${million.peakRssMb.toFixed(0)} MB`);
  }
};

await main();
