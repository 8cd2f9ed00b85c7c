/**
 * Every provision accounted for: each article marker a source text prints is either cited by a
 * rule or listed in docs/not-encoded.md. The marker grammars are in provision-markers.ts.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';
import { DOCUMENT_IDS } from '../src/rules/documents.js';
import { norm, provisionsOf, readNotEncoded, sourceOf } from './provision-markers.js';

describe('every provision accounted for', () => {
  const entries = readNotEncoded();

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
    for (const p of parents) expect(p.text.trim().split('。').filter((s) => s.trim()).length, p.marker).toBeLessThanOrEqual(1);
  });

  it('each rule cites a marker its text prints', () => {
    const bad = RULES.filter((r) => !provisionsOf(r.documentId).some((p) => norm(p.marker) === norm(r.citation.article))).map(
      (r) => `${r.id}: ${r.citation.article}`,
    );
    expect(bad).toEqual([]);
  });

  it('each not-encoded.md entry names markers its text prints, and quotes it verbatim', () => {
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(DOCUMENT_IDS, entry.row).toContain(entry.documentId);
      expect(entry.markers.length, `no marker in: ${entry.row}`).toBeGreaterThan(0);
      const printed = new Set(provisionsOf(entry.documentId).map((p) => norm(p.marker)));
      for (const m of entry.markers) expect(printed.has(norm(m)), `${entry.documentId} prints no marker ${m}`).toBe(true);
      expect(entry.quotes.length, `no 「quote」 in: ${entry.row}`).toBeGreaterThan(0);
      const source = sourceOf(entry.documentId);
      for (const quote of entry.quotes)
        for (const piece of quote.split('…').filter(Boolean)) expect(source.includes(piece), `「${piece}」 is not in ${entry.documentId}`).toBe(true);
    }
  });
});
