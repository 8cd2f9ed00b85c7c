/**
 * Every provision accounted for: each article marker a source text prints is either cited by a
 * rule or listed in docs/not-encoded.md. The marker grammars are in provision-markers.ts.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';
import { DOCUMENT_IDS } from '../src/rules/documents.js';
import { norm, provisionsOf, readNotEncoded, sourceOf } from './provision-markers.js';

/** How many markers each level prints, counted by hand from the texts: a grammar that misses a line fails here. */
const COUNTS: Record<string, Record<string, number>> = {
  'gx-rural-land-2023': { group: 7, measure: 19 },
  'lz-proposal-048': { part: 6, section: 11, item: 15 }, // 1、 2、 三、 四、 and two 五、
  'lz-consolidation': { part: 4, section: 20, item: 4, 'annex-part': 5 },
  'pilot-land-saving-2023': { part: 4, section: 14, item: 29 },
  'lz-14th-fyp': { preface: 1, chapter: 11, section: 39, box: 8, 'box-item': 20, table: 1, row: 16 },
};

describe('every provision accounted for', () => {
  const entries = readNotEncoded();

  it.each(DOCUMENT_IDS.map((id) => [id] as const))('%s: the grammar finds every marker the text prints', (documentId) => {
    const counts: Record<string, number> = {};
    for (const p of provisionsOf(documentId)) counts[p.level] = (counts[p.level] ?? 0) + 1;
    expect(counts).toEqual(COUNTS[documentId]);
  });

  it.each(DOCUMENT_IDS.map((id) => [id] as const))('%s: each marker is cited by a rule or listed in not-encoded.md', (documentId) => {
    const provisions = provisionsOf(documentId);
    expect(provisions.length).toBeGreaterThan(0);
    const cited = new Set(RULES.filter((r) => r.documentId === documentId).map((r) => norm(r.citation.article)));
    const listed = new Set(entries.filter((e) => e.documentId === documentId).flatMap((e) => e.markers.map(norm)));
    const missing = provisions
      .filter((p) => p.children === 0)
      .map((p) => norm(p.marker))
      .filter((m) => !cited.has(m) && !listed.has(m));
    expect(missing, `markers of ${documentId} neither cited nor in not-encoded.md`).toEqual([]);
  });

  it.each(DOCUMENT_IDS.map((id) => [id] as const))('%s: a marker with sub-markers is only a heading', (documentId) => {
    // Its own text is one title sentence at most; anything longer would be a provision the check skips.
    const parents = provisionsOf(documentId).filter((p) => p.children > 0);
    for (const p of parents)
      expect(
        p.text
          .trim()
          .split('。')
          .filter((s) => s.trim()).length,
        p.marker,
      ).toBeLessThanOrEqual(1);
  });

  it('each rule cites a marker its text prints', () => {
    const bad = RULES.filter((r) => !provisionsOf(r.documentId).some((p) => norm(p.marker) === norm(r.citation.article))).map(
      (r) => `${r.id}: ${r.citation.article}`,
    );
    expect(bad).toEqual([]);
  });

  it('each not-encoded.md entry names markers its text prints, quotes it verbatim and names existing rules', () => {
    expect(entries.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const entry of entries) {
      const where = `${entry.documentId} ${entry.row.slice(0, 40)}`;
      if (entry.markers.length === 0 && !entry.unmarked) problems.push(`${where}: no marker`);
      const printed = new Set(provisionsOf(entry.documentId).map((p) => norm(p.marker)));
      for (const m of entry.markers) if (!printed.has(norm(m))) problems.push(`${where}: the text prints no marker ${m}`);
      if (entry.quotes.length === 0) problems.push(`${where}: no 「quote」`);
      const source = sourceOf(entry.documentId);
      for (const quote of entry.quotes)
        for (const piece of quote.split('…').filter(Boolean)) if (!source.includes(piece)) problems.push(`${where}: 「${piece}」 is not in the text`);
      for (const id of entry.ruleIds) if (!RULES.some((r) => r.id === id)) problems.push(`${where}: unknown rule ${id}`);
    }
    expect(problems).toEqual([]);
  });
});
