import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listRules } from '../src/index.js';
import { RULES } from '../src/rules/index.js';
import { DOCUMENTS } from '../src/rules/documents.js';
import { LOCALES } from '../src/core/locale.js';
import { barrelSource, ruleFiles } from '../scripts/barrel.js';
import { renderDocs } from '../scripts/docs.js';

const root = join(import.meta.dirname, '..');

/** The catalogue's public ids (rule-catalogue.md): they must never change. */
const CATALOGUE_IDS = {
  'gx-rural-land-2023': [
    '01-interim-planning-basis',
    '02-village-reserve-quota',
    '02-public-interest-expropriation',
    '03-rural-housing-avoids-permanent-basic-farmland',
    '03-rural-housing-in-ecological-red-line',
    '04-village-land-203-scope',
    '04-linkage-project-exemptions',
    '05-steep-slope-exclusion',
    '07-planning-permit-basis',
    '08-permit-after-farmland-conversion',
    '09-small-public-facility-permit-exemption',
    '11-small-facility-agriculture-filing',
    '11-simple-shed-in-203-scope',
    '13-poverty-county-special-quota',
    '13-rural-industry-commercial-no-surplus-quota',
    '14-agricultural-land-original-use',
    '15-collective-commercial-land-market-entry',
    '15-no-unauthorised-collective-land-transfer',
    '16-legacy-construction-land',
    '17-rural-stock-land-transition',
    '17-use-change-after-transition',
  ],
  'lz-proposal-048': ['spatial-plan-rural-industry-share', 'village-point-supply-reserve', 'land-management-right-registration'],
  'lz-consolidation': [
    'new-cultivated-land-share',
    'permanent-basic-farmland-increase',
    'construction-land-not-increased',
    'permanent-basic-farmland-adjustment-plan',
    'village-plan-single-revision',
    'overall-acceptance-within-3-years',
    'annual-work-plan-deadline',
    'annual-self-evaluation-deadline',
    'county-project-count-target',
    'surplus-supplementary-farmland-quota-trading',
  ],
  'pilot-land-saving-2023': [
    '02-stock-linkage-suspension',
    '07-site-selection-alternatives',
    '08-design-change-reasons',
    '09-development-zone-ranking',
    '10-high-standard-factory',
    '11-enterprise-class-land-policy',
    '23-industrial-stock-land-transition',
    '24-collective-land-market-entry-negative-list',
    '25-industrial-phased-supply',
    '26-mixed-industrial-land-compatible-uses',
    '28-permits-within-one-working-day',
    '29-industrial-split-transfer',
  ],
  'lz-14th-fyp': [
    'indicator-development-intensity',
    'indicator-road-network-density',
    'indicator-park-green-per-capita',
    'indicator-mining-output',
    'indicator-green-mine-ratio',
    'indicator-mining-rights-total',
    'indicator-open-pit-non-metal-rights',
    'indicator-sand-stone-rights',
    'indicator-large-medium-mine-ratio',
    'indicator-new-large-medium-deposits',
    'indicator-abandoned-mine-restoration',
    'indicator-core-data-collection-rate',
    'indicator-geohazard-survey-counties',
    'abandoned-mine-treatment-rate',
    'indicator-cultivated-land-retention',
    'indicator-permanent-basic-farmland',
    'indicator-ecological-red-line-area',
    'indicator-supplementary-farmland',
    'indicator-urban-rural-construction-land',
    'farmland-occupation-compensation-balance',
    'expropriation-price-review',
    'one-exploration-right-per-block',
    'ecological-counties-no-new-mining',
  ],
} as const;

it('has 69 rules in all', () => {
  expect(RULES).toHaveLength(69);
  expect(Object.values(CATALOGUE_IDS).flat()).toHaveLength(69);
});

describe('the catalogue', () => {
  it.each(Object.entries(CATALOGUE_IDS))('lists every %s id', (documentId, names) => {
    const listed = listRules({ documentId }).map((r) => r.id);
    expect(listed.sort()).toEqual(names.map((n) => `${documentId}/${n}`).sort());
  });

  it('has hand-picked cases or a test for every rule: its own .cases.yaml or .test.ts, or a table test of its folder that names it', () => {
    const untested = RULES.filter((rule) => {
      const [documentId, name] = rule.id.split('/') as [string, string];
      const folder = join(root, 'tests/rules', documentId);
      if (existsSync(join(folder, `${name}.cases.yaml`)) || existsSync(join(folder, `${name}.test.ts`))) return false;
      const tests = existsSync(folder) ? readdirSync(folder).filter((file) => file.endsWith('.test.ts')) : [];
      return !tests.some((file) => readFileSync(join(folder, file), 'utf8').includes(`'${name}'`));
    });
    expect(untested.map((rule) => rule.id)).toEqual([]);
  });

  it('has unique ids', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s quotes its source verbatim', (_id, rule) => {
    const source = readFileSync(join(root, 'docs/sources', DOCUMENTS[rule.documentId].source), 'utf8');
    // "…" marks omitted words: each piece must occur, in order.
    let from = 0;
    for (const piece of rule.citation.quote.split('…').filter(Boolean)) {
      const at = source.indexOf(piece, from);
      expect(at, `“${piece}” not found after offset ${from}`).toBeGreaterThanOrEqual(0);
      from = at + piece.length;
    }
    expect(rule.citation.article.length).toBeGreaterThan(0);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s has its title and messages in all three locales', (_id, rule) => {
    for (const locale of LOCALES) {
      expect(rule.title[locale].trim()).not.toBe('');
      expect(rule.messages.pass[locale].trim()).not.toBe('');
      expect(rule.messages.fail[locale].trim()).not.toBe('');
    }
    // The traditional-character text is not a copy of the simplified one where the two scripts differ.
    expect(rule.messages.fail['zh-Hant']).not.toBe(rule.messages.fail.en);
  });

  it('keeps the source texts identical to the seeds they were copied from', () => {
    const seeds = join(root, '../shared/seeds');
    let seedFiles: string[] = [];
    try {
      seedFiles = readFileSync(join(seeds, 'README.md'), 'utf8').match(/\d{3}_[0-9a-f]+\.txt/g) ?? [];
    } catch {
      return; // shared/ is not beside every checkout; the copies in docs/sources are then the reference.
    }
    const copies = ['lz-proposal-048', 'lz-consolidation', 'gx-rural-land-2023', 'pilot-land-saving-2023', 'lz-14th-fyp'];
    for (const [i, file] of [...new Set(seedFiles)].entries()) {
      expect(readFileSync(join(root, 'docs/sources', `${copies[i]}.txt`), 'utf8')).toBe(readFileSync(join(seeds, file), 'utf8'));
    }
  });
});

describe('generated files', () => {
  it('the rule barrel lists every rule file', () => {
    expect(readFileSync(join(root, 'src/rules/catalogue.ts'), 'utf8')).toBe(barrelSource(ruleFiles(join(root, 'src/rules'))));
  });
  it('every docs page is up to date (run `npm run docs` to regenerate)', async () => {
    for (const [path, content] of Object.entries(await renderDocs())) {
      expect(readFileSync(join(root, path), 'utf8'), path).toBe(content);
    }
  });
});

describe('every rule is read for time (conventions §2a)', () => {
  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s declares the act it judges, and its page says the decisive date and the lapse', (id, rule) => {
    expect(rule.act, `${id} declares no act`).toMatch(/^\S.{8,}/);
    const page = readFileSync(join(import.meta.dirname, `../docs/rules/${id}.md`), 'utf8');
    expect(page).toContain(`| Act judged | ${rule.act} |`);
    expect(page).toMatch(/\| Decisive date \| .+ \|/);
    expect(page).toMatch(/\| After the document lapses \| .+ \|/);
  });
});

describe('strength and what a fail means (second reading, conventions §4–§5)', () => {
  // The operative verb is 可/可以/支持/探索: an option granted, not a duty. These were `binding`.
  const encouraged = [
    'gx-rural-land-2023/02-public-interest-expropriation',
    'gx-rural-land-2023/13-rural-industry-commercial-no-surplus-quota',
    'gx-rural-land-2023/14-agricultural-land-original-use',
    'gx-rural-land-2023/15-collective-commercial-land-market-entry',
    'gx-rural-land-2023/16-legacy-construction-land',
    'gx-rural-land-2023/17-rural-stock-land-transition',
    'lz-consolidation/surplus-supplementary-farmland-quota-trading',
    'pilot-land-saving-2023/23-industrial-stock-land-transition',
    // Third reading (conventions §4): 「可通過增減掛鉤項目…」 and 「可对规划进行一次性修改」 open a route, not a duty.
    'gx-rural-land-2023/04-linkage-project-exemptions',
    'lz-consolidation/village-plan-single-revision',
  ];
  it.each([
    // 「原则上不予安排」 refuses the request; 「暂停…申报」 suspends the route: the applicant breaks nothing.
    ['pilot-land-saving-2023/11-enterprise-class-land-policy', 'in-principle'],
    ['pilot-land-saving-2023/02-stock-linkage-suspension', 'binding'],
  ])('%s is an eligibility rule (%s): a fail means not eligible', (id, strength) => {
    const rule = listRules().find((r) => r.id === id)!;
    expect(rule).toMatchObject({ kind: 'eligibility', strength });
    expect(readFileSync(join(import.meta.dirname, `../docs/rules/${id}.md`), 'utf8')).toContain('| A fail means | not eligible (nothing violated)');
  });
  it.each(encouraged)('%s is listed as encouraged, and a fail means not eligible', (id) => {
    const rule = listRules().find((r) => r.id === id)!;
    expect(rule.strength).toBe('encouraged');
    expect(readFileSync(join(import.meta.dirname, `../docs/rules/${id}.md`), 'utf8')).toContain('| A fail means | not eligible (nothing violated)');
  });
  it('no eligibility rule and no encouraged rule says a fail is a violation in its docs page', () => {
    for (const rule of RULES.filter((r) => r.kind === 'eligibility' || r.strength === 'encouraged')) {
      expect(readFileSync(join(import.meta.dirname, `../docs/rules/${rule.id}.md`), 'utf8')).not.toMatch(/\| A fail means \| violation/);
    }
  });
  it('binding requirements say a fail is a violation', () => {
    const page = readFileSync(join(import.meta.dirname, '../docs/rules/lz-proposal-048/village-point-supply-reserve.md'), 'utf8');
    expect(page).toContain('| A fail means | violation · 违规 · 違規 |');
  });
});
