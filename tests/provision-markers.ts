/**
 * The article markers each source text prints, and the entries of docs/not-encoded.md, for
 * tests/provisions.test.ts (`npx tsx tests/provision-markers.ts` prints the markers).
 *
 * The five texts number their provisions in five different ways, so each document has a small
 * outline grammar of its own (the regular expressions below) rather than one universal pattern.
 * A marker that has sub-markers is a heading: its own text is only a title (checked below), and
 * its provisions sit in the sub-markers, which are required instead. Text that carries no marker
 * at all (a preamble, a closing "施行" clause, a table's 备注) is outside this check; not-encoded.md
 * lists what matters of it in rows marked “no marker”.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENTS, DOCUMENT_IDS } from '../src/rules/documents.js';

const root = join(import.meta.dirname, '..');
export const sourceOf = (documentId: string): string =>
  readFileSync(join(root, 'docs/sources', DOCUMENTS[documentId as keyof typeof DOCUMENTS].source), 'utf8');

/** One numbered unit of a text: its full marker (as printed, ancestors first), its own text, its sub-markers. */
export interface Provision {
  marker: string;
  /** The outline level that printed it (a range in not-encoded.md runs over one level). */
  level: string;
  text: string;
  children: number;
}

/** An outline level: `pattern` matches at the start of a line; `parent` is the level it nests under. */
interface Level {
  name: string;
  pattern: RegExp;
  parent?: string;
  /** How the level's own marker joins its parent's (default: directly; `false`: it stands alone). */
  join?: string | false;
}

const CN = '[一二三四五六七八九十]+';

/**
 * Walks the lines, keeping the current path of open markers. A line that matches no level
 * continues the text of the innermost open marker.
 */
export const outline = (text: string, levels: readonly Level[]): Provision[] => {
  const out: Provision[] = [];
  const open = new Map<string, Provision>(); // level name → innermost provision open at that level
  let current: Provision | undefined;
  for (const line of text.split('\n')) {
    const level = levels.find((l) => l.pattern.test(line));
    const match = level ? line.match(level.pattern) : null;
    if (!level || !match) {
      if (current) current.text += `${line}\n`;
      continue;
    }
    const parent = level.parent === undefined ? undefined : open.get(level.parent);
    if (level.parent !== undefined && !parent) throw new Error(`“${line.slice(0, 20)}” has no ${level.parent} above it`);
    if (parent) parent.children += 1;
    const own = match[1] ?? match[0];
    current = {
      marker: parent && level.join !== false ? `${parent.marker}${level.join ?? ''}${own}` : own,
      level: level.name,
      text: `${line.slice(match[0].length)}\n`,
      children: 0,
    };
    out.push(current);
    // A new marker closes every deeper level.
    const depth = levels.indexOf(level);
    for (const l of levels.slice(depth)) open.delete(l.name);
    open.set(level.name, current);
  }
  return out;
};

/** lz-proposal-048 (seed 000) numbers its tasks inside a paragraph: 「…。一是…。二是…」 → 三、（二）二. */
const splitInlineItems = (provisions: Provision[]): Provision[] =>
  provisions.flatMap((p) => {
    const pieces = p.text.split(new RegExp(`(?<=^|。)(${CN})是`));
    if (pieces.length < 3) return [p];
    const items: Provision[] = [];
    for (let i = 1; i < pieces.length; i += 2) items.push({ marker: `${p.marker}${pieces[i]}`, level: 'item', text: pieces[i + 1] ?? '', children: 0 });
    return [{ ...p, text: pieces[0] ?? '', children: items.length }, ...items];
  });

/** The grammar of each document. */
export const GRAMMARS: Record<string, (text: string) => Provision[]> = {
  // 「一、強化…」 group headings over the nineteen measures 「(一)」…「(十九)」 (half-width brackets).
  // The measures are numbered straight through, so a measure's marker does not repeat its group.
  'gx-rural-land-2023': (text) =>
    outline(text, [
      { name: 'group', pattern: new RegExp(`^${CN}、`) },
      { name: 'measure', pattern: new RegExp(`^\\(${CN}\\)`), parent: 'group', join: false },
    ]),
  // 「1、 指导思想」「三、主要任务」 (the first two parts are printed with Arabic numerals), then
  // 「（一）」 and the inline 「一是」 items. The text has two parts numbered 五、.
  'lz-proposal-048': (text) =>
    splitInlineItems(
      outline(text, [
        { name: 'part', pattern: new RegExp(`^\\s*(${CN}、|\\d、)`) },
        { name: 'section', pattern: new RegExp(`^\\s*(（${CN}）)`), parent: 'part' },
      ]),
    ),
  // 「一、」「（一）」「1.」, then an annex (the joint-meeting rules) numbered 「一、」 again: its
  // markers are prefixed 附件.
  'lz-consolidation': (text) => {
    const at = text.indexOf('\n 附件\n');
    const levels: Level[] = [
      { name: 'part', pattern: new RegExp(`^${CN}、`) },
      { name: 'section', pattern: new RegExp(`^（${CN}）`), parent: 'part' },
      { name: 'item', pattern: /^\d+\./, parent: 'section' },
    ];
    const annex = outline(text.slice(at), levels).map((p) => ({ ...p, marker: `附件${p.marker}`, level: `annex-${p.level}` }));
    return [...outline(text.slice(0, at), levels), ...annex];
  },
  // 「二、」「(一)」「1.」 with half-width brackets; items 1.–29. are numbered straight through part 二.
  'pilot-land-saving-2023': (text) =>
    outline(text, [
      { name: 'part', pattern: new RegExp(`^${CN}、`) },
      { name: 'section', pattern: new RegExp(`^\\(${CN}\\)`), parent: 'part' },
      { name: 'item', pattern: /^\d+\.(?=\S)/, parent: 'section' },
    ]),
  // 「第一章」「第一节」 (one section is printed 「第2节」) and the boxes 「专栏1」… with their items
  // 「专栏1 1.」; then the rows of 表1 (「表1 第1项」). Boxes and the table sit inside a section's
  // text but are cited on their own, as the rules do.
  'lz-14th-fyp': (raw) => {
    const text = raw.replace(/\[bookmark: [^\]]*\]/g, ''); // Word-export artefacts (seeds/README.md)
    const tableAt = text.indexOf('\n表1');
    const tableEnd = text.indexOf('\n备注', tableAt);
    const body = outline(text.slice(0, tableAt) + text.slice(tableEnd), [
      { name: 'preface', pattern: /^\s*前\s*言/ },
      { name: 'chapter', pattern: new RegExp(`^\\s*(第${CN}章)`) },
      { name: 'section', pattern: new RegExp(`^\\s*(第(?:${CN}|\\d+)节)`), parent: 'chapter' },
      { name: 'box', pattern: /^\t(专栏\d+)/ },
      { name: 'box-item', pattern: /^\t?(\d+\.)(?=\D)/, parent: 'box', join: ' ' },
    ]).map((p) => (/^\s*前\s*言/.test(p.marker) ? { ...p, marker: '前言' } : p));
    // The table prints one cell a line and a blank line between rows; a row's first cell is its
    // category (or empty), its second the row number. Row 11's two sub-rows have no number.
    const rows = text
      .slice(tableAt, tableEnd)
      .split(/\n\n/) // a line holding only a tab is an empty cell, not a row break
      .map((block) => block.split('\n').map((cell) => cell.trim()))
      .filter((cells) => /^\d+$/.test(cells[1] ?? ''))
      .map((cells) => ({ marker: `表1 第${cells[1]}项`, level: 'row', text: cells.slice(2).join('\n'), children: 0 }));
    return [...body, { marker: '表1', level: 'table', text: '', children: rows.length }, ...rows];
  },
};

/** Markers compare without surrounding space and without a final 「.」 (rules write 一、（二）1 for 「1.」). */
export const norm = (marker: string): string => marker.trim().replace(/\.$/, '');

export const provisionsOf = (documentId: string): Provision[] => {
  const grammar = GRAMMARS[documentId];
  if (!grammar) throw new Error(`no marker grammar for ${documentId}`);
  return grammar(sourceOf(documentId));
};

/** An entry of docs/not-encoded.md: the markers of its first column, in backticks, its 「quotes」 and the rule ids it names. */
export interface Entry {
  documentId: string;
  markers: string[];
  /** The marker column says “no marker”: text the document prints outside any marker. */
  unmarked: boolean;
  quotes: string[];
  ruleIds: string[];
  row: string;
}

/**
 * Reads the tables of not-encoded.md. A section headed by a document id lists that document; a
 * table with a `document` column names the document in each row. `A`–`B` is a range of markers in
 * the order the text prints them.
 */
export const readNotEncoded = (): Entry[] => {
  const entries: Entry[] = [];
  let section: string | undefined;
  let header: string[] = [];
  for (const line of readFileSync(join(root, 'docs/not-encoded.md'), 'utf8').split('\n')) {
    const heading = line.match(/^##\s+(\S+)/);
    if (heading) {
      section = DOCUMENT_IDS.find((id) => id === heading[1]);
      header = [];
      continue;
    }
    if (!line.startsWith('|')) {
      header = [];
      continue;
    }
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    if (header.length === 0) {
      header = cells.map((c) => c.toLowerCase());
      continue;
    }
    if (cells.every((c) => /^-+$/.test(c))) continue;
    const cell = (name: string): string => cells[header.indexOf(name)] ?? '';
    const documentId = header.includes('document') ? cell('document').replace(/`/g, '') : section;
    if (!documentId) throw new Error(`not-encoded.md: a row outside a document section: ${line}`);
    const markerCell = cell('marker');
    const markers: string[] = [];
    for (const part of markerCell.matchAll(/`([^`]+)`(?:\s*[–-]\s*`([^`]+)`)?/g)) {
      const [, from, to] = part;
      if (from === undefined) continue;
      if (to === undefined) {
        markers.push(from);
        continue;
      }
      const all = provisionsOf(documentId);
      const first = all.find((p) => norm(p.marker) === norm(from));
      // A range runs over the markers of one level: 第五章第一节–第五章第四节 does not take in 专栏2.
      const order = all.filter((p) => p.level === first?.level).map((p) => norm(p.marker));
      const start = order.indexOf(norm(from));
      const end = order.indexOf(norm(to), start);
      if (start < 0 || end < 0) throw new Error(`not-encoded.md: range ${from}–${to} is not in the order of ${documentId}`);
      markers.push(...order.slice(start, end + 1));
    }
    const quotes = [...line.matchAll(/「([^」]+)」/g)].map((m) => m[1] ?? '');
    const ruleIds = [...line.matchAll(/`([^`\s]+\/[^`\s]+)`/g)].map((m) => m[1] ?? '').filter((id) => DOCUMENT_IDS.some((d) => id.startsWith(`${d}/`)));
    entries.push({ documentId, markers, unmarked: markerCell.includes('no marker'), quotes, ruleIds, row: line });
  }
  return entries;
};

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const id of DOCUMENT_IDS)
    for (const p of provisionsOf(id)) console.log(`${id}\t${p.children > 0 ? 'heading' : ''}\t${p.marker}\t${p.text.trim().slice(0, 40)}`);
}
