import { describe, expect, it } from 'vitest';
import { ColumnError, parseDeclaration, planColumns, readCell } from '../src/cli/cells.js';
import { FeatureCollectionSplitter, memberSpans } from '../src/cli/geojson.js';
import { decodeLine, encodingNamed } from '../src/core/encoding.js';
import { LineSplitter } from '../src/cli/lines.js';
import { compactReport, worstOf } from '../src/core/compact.js';
import { evaluateSync } from '../src/sync.js';
import type { Facts } from '../src/index.js';
import { Readable } from 'node:stream';
import { workbookProblem, xlsxRows } from '../src/cli/xlsx.js';
import { craftedWorkbook } from './xlsx-craft.js';

type Got = { line: number; text?: string; offset: number; oversize?: number };

const split = (input: Buffer, max: number, chunkSize: number): Got[] => {
  const got: Got[] = [];
  const splitter = new LineSplitter(max, {
    line: (bytes, line, offset) => got.push({ line, text: bytes.toString('utf8'), offset }),
    oversize: (line, offset, length) => got.push({ line, offset, oversize: length }),
  });
  for (let i = 0; i < input.length; i += chunkSize) splitter.push(input.subarray(i, i + chunkSize));
  splitter.end();
  return got;
};

describe('LineSplitter', () => {
  const input = Buffer.from('\u{feff}ab\r\n\ncdéf\nxxxxxxxxxx\r\nlast', 'utf8');
  const expected: Got[] = [
    { line: 1, text: 'ab', offset: 3 },
    { line: 2, text: '', offset: 7 },
    { line: 3, text: 'cdéf', offset: 8 },
    { line: 4, offset: 14, oversize: 11 },
    { line: 5, text: 'last', offset: 26 },
  ];
  it.each([1, 2, 3, 5, 64])('gives the same lines, offsets and oversize lines whatever the chunk size (%i)', (chunkSize) => {
    // The BOM is only recognised in a first chunk of at least three bytes, as every stream here delivers.
    const got = chunkSize >= 3 ? split(input, 10, chunkSize) : [...split(input.subarray(3), 10, chunkSize)].map((g) => ({ ...g, offset: g.offset + 3 }));
    expect(got).toEqual(expected);
  });
  it('keeps a line of exactly the limit, and reports one byte more as oversize', () => {
    expect(split(Buffer.from('12345\n123456\n1234'), 5, 4)).toEqual([
      { line: 1, text: '12345', offset: 0 },
      { line: 2, offset: 6, oversize: 6 },
      { line: 3, text: '1234', offset: 13 },
    ]);
  });
  it('reports a last line over the limit without a newline', () => {
    expect(split(Buffer.from('ok\n' + 'x'.repeat(100)), 10, 7)).toEqual([
      { line: 1, text: 'ok', offset: 0 },
      { line: 2, offset: 3, oversize: 100 },
    ]);
  });
});

describe('decodeLine', () => {
  it('decodes UTF-8 and GB18030, and names the first byte that is not valid', () => {
    expect(decodeLine(Buffer.from('用地', 'utf8'), 'utf-8')).toBe('用地');
    expect(decodeLine(Buffer.from([0x61, 0x62, 0xff, 0x63]), 'utf-8')).toEqual({ badByte: 2 });
    // 编号 in GB18030 is b1e0 bac5; 0xff is never a GB18030 byte (0x80 alone is €).
    expect(decodeLine(Buffer.from([0xb1, 0xe0, 0xba, 0xc5]), 'gb18030')).toBe('编号');
    expect(decodeLine(Buffer.from([0xb1, 0xe0, 0xff, 0x41]), 'gb18030')).toEqual({ badByte: 2 });
    // A character cut off at the end of the line.
    expect(decodeLine(Buffer.from([0x41, 0xb1]), 'gb18030')).toEqual({ badByte: 2 });
  });
  it('knows GBK as GB18030 and refuses other encodings', () => {
    expect(encodingNamed('GBK')).toBe('gb18030');
    expect(encodingNamed('utf8')).toBe('utf-8');
    expect(encodingNamed('big5')).toBeUndefined();
  });
});

describe('FeatureCollectionSplitter', () => {
  const features = [
    '{ "type": "Feature", "properties": { "a": "x]}\\"{" }, "geometry": { "type": "Point", "coordinates": [ 1.10, 2 ] } }',
    '{"type":"Feature","properties":{},"geometry":null}',
  ];
  const text = `{ "type": "FeatureCollection", "name": "p", "features": [\n${features[0]},\n${features[1]}\n], "bbox": [0,0,1,1] }`;
  const run = (chunkSize: number, max = 1000, input = text) => {
    const got: { head?: string; tail?: string; feature?: string; line?: number; oversize?: number; problem?: string }[] = [];
    const splitter = new FeatureCollectionSplitter(max, {
      head: (head) => got.push({ head: head.toString() }),
      feature: (bytes, line) => got.push({ feature: bytes.toString(), line }),
      oversize: (line, _offset, length) => got.push({ line, oversize: length }),
      problem: (line, _offset, problem) => got.push({ line, problem }),
      tail: (tail) => got.push({ tail: tail.toString() }),
    });
    const bytes = Buffer.from(input);
    for (let i = 0; i < bytes.length; i += chunkSize) splitter.push(bytes.subarray(i, i + chunkSize));
    splitter.end();
    return { got, found: splitter.found };
  };
  it.each([1, 7, 4096])('cuts out each feature byte for byte, and the head, whatever the chunk size (%i)', (chunkSize) => {
    expect(run(chunkSize)).toEqual({
      got: [
        { head: '{ "type": "FeatureCollection", "name": "p", ' },
        { feature: features[0], line: 2 },
        { feature: features[1], line: 3 },
        { tail: ', "bbox": [0,0,1,1] ' },
      ],
      found: true,
    });
  });
  it('reports a feature over the limit by its length and keeps the next', () => {
    expect(run(5, 60).got.slice(1)).toEqual([{ line: 2, oversize: features[0]!.length }, { feature: features[1], line: 3 }, { tail: ', "bbox": [0,0,1,1] ' }]);
    // The members after "features" are bounded the same way, and said when over it.
    const longTail = `{"features":[${features[1]}],"name":"${'x'.repeat(80)}"}`;
    expect(run(5, 60, longTail).got.slice(2)).toEqual([
      { line: 1, problem: 'the members after "features" are longer than 60 bytes (--max-line-bytes) and are not written back' },
    ]);
  });
  it.each([1, 7, 4096])('says where a file cut short ends: inside a feature, or before the collection closes (chunks of %i)', (chunkSize) => {
    const insideSecond = text.indexOf(features[1]!) + 10;
    expect(run(chunkSize, 1000, text.slice(0, insideSecond)).got.slice(1)).toEqual([
      { feature: features[0], line: 2 },
      { line: 3, problem: 'the file ends inside this feature: it is cut short (is the file complete?)' },
    ]);
    const afterSecond = text.indexOf(features[1]!) + features[1]!.length;
    expect(run(chunkSize, 1000, text.slice(0, afterSecond)).got.slice(1)).toEqual([
      { feature: features[0], line: 2 },
      { feature: features[1], line: 3 },
      { line: 3, problem: 'the file ends before its FeatureCollection closes: features after this point, if any, are missing (is the file complete?)' },
    ]);
  });
  it('reports a member of "features" that is no object once, and text after the collection', () => {
    const odd = `{"type":"FeatureCollection","features":[42,\n"x]",\n[1,{"a":2}],\n${features[1]}]}\n{"more":1}`;
    expect(run(3, 1000, odd).got.slice(1)).toEqual([
      { line: 1, problem: 'a member of "features" that is not an object is not a feature; skipped' },
      { line: 2, problem: 'a member of "features" that is not an object is not a feature; skipped' },
      { line: 3, problem: 'a member of "features" that is not an object is not a feature; skipped' },
      { feature: features[1], line: 4 },
      { tail: '' },
      { line: 5, problem: 'text after the end of the FeatureCollection is not read' },
    ]);
  });
  it.each([1, 7, 4096])('gives the members after "features" once; says a second "features" and an empty member by their line (chunks of %i)', (chunkSize) => {
    const after = `{"features":[\n${features[1]}\n],\n"crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4549"}},\n"name":"features","type":"FeatureCollection"}\n{"x":[1]}`;
    expect(run(chunkSize, 1000, after).got).toEqual([
      { head: '{' },
      { feature: features[1], line: 2 },
      { tail: ',\n"crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4549"}},\n"name":"features","type":"FeatureCollection"' },
      { line: 6, problem: 'text after the end of the FeatureCollection is not read' },
    ]);
    const twice = `{"type":"FeatureCollection","features":[${features[1]}],\n"crs":null,\n"features":[${features[1]}]}`;
    expect(run(chunkSize, 1000, twice).got.slice(1)).toEqual([
      { feature: features[1], line: 1 },
      { line: 3, problem: 'a second "features" member: only the first is read, and the members after it are not written back' },
    ]);
    const holes = `{"features":[${features[1]},\n,${features[1]},\n${features[1]},\n]}`;
    expect(run(chunkSize, 1000, holes).got.slice(1)).toEqual([
      { feature: features[1], line: 1 },
      { line: 2, problem: 'an empty member of "features" (a comma with no feature before it) is not JSON' },
      { feature: features[1], line: 2 },
      { feature: features[1], line: 3 },
      { line: 4, problem: 'a comma after the last member of "features" is not JSON' },
      { tail: '' },
    ]);
    expect(run(chunkSize, 1000, `{"features":[,${features[1]}]}`).got.slice(1, 2)).toEqual([
      { line: 1, problem: 'an empty member of "features" (a comma with no feature before it) is not JSON' },
    ]);
    expect(run(chunkSize, 1000, `{"features":[],"crs":{}}`).got).toEqual([{ head: '{' }, { tail: ',"crs":{}' }]);
  });
  it('finds the members of a feature as spans of its text', () => {
    const spans = memberSpans(features[0]!);
    const at = (key: string) => features[0]!.slice(...spans.get(key)!);
    expect(at('geometry')).toBe('{ "type": "Point", "coordinates": [ 1.10, 2 ] }');
    expect(at('type')).toBe('"Feature"');
    expect(at('properties')).toBe('{ "a": "x]}\\"{" }');
  });
});

describe('register columns and cells', () => {
  it('reads a header as a fact, with a unit, through a map, or as the id', () => {
    expect(parseDeclaration('siteAreaM2')).toEqual({ fact: 'siteAreaM2' });
    expect(parseDeclaration('siteAreaM2[mu]')).toEqual({ fact: 'siteAreaM2', unit: 'mu' });
    expect(parseDeclaration('siteArea[亩]')).toEqual({ fact: 'siteAreaM2', unit: 'mu' });
    expect(parseDeclaration('floorAreaM2［公顷］')).toEqual({ fact: 'floorAreaM2', unit: 'ha' });
    expect(parseDeclaration('备注')).toBeUndefined();
    expect(() => parseDeclaration('siteAreaM2[acre]')).toThrow(ColumnError);
    expect(() => parseDeclaration('within203Scope[mu]')).toThrow(/not an area/);
    const plan = planColumns(['编号', '用地面积(亩)', 'within203Scope', '备注'], { '用地面积(亩)': 'siteAreaM2[亩]' }, '编号');
    expect(plan).toEqual({
      idIndex: 0,
      ignored: ['备注'],
      dates: [],
      facts: [
        { index: 1, header: '用地面积(亩)', fact: 'siteAreaM2', unit: 'mu' },
        { index: 2, header: 'within203Scope', fact: 'within203Scope' },
      ],
    });
    expect(planColumns(['countyCode', 'x'], {}, 'countyCode')).toEqual({
      idIndex: 0,
      ignored: ['x'],
      dates: [],
      facts: [{ index: 0, header: 'countyCode', fact: 'countyCode' }],
    });
    // A record's own act date and evaluation date: by name, or a header mapped to them.
    expect(planColumns(['编号', '备案日期', 'asOf'], { 备案日期: 'actOn' }, '编号').dates).toEqual([
      { index: 1, header: '备案日期', option: 'actOn' },
      { index: 2, header: 'asOf', option: 'asOf' },
    ]);
    expect(() => planColumns(['actOn', '备案日期'], { 备案日期: 'actOn' }, undefined)).toThrow(/both actOn/);
    expect(() => planColumns(['siteAreaM2', 'siteArea[m2]'], {}, undefined)).toThrow(/both siteAreaM2/);
    expect(() => planColumns(['x'], { x: 'nothing' }, undefined)).toThrow(/not a fact/);
    // An id column asked for by name must be there; without --id a missing 'id' column is fine (rows go by line).
    expect(() => planColumns(['项目编号', 'siteAreaM2'], {}, '编号')).toThrow(
      "--id names a column '编号' the header does not have (its columns: '项目编号', 'siteAreaM2')",
    );
    expect(planColumns(['siteAreaM2'], {}, undefined).idIndex).toBeUndefined();
  });
  it("headers and units named after Object.prototype's members are plain names, with or without --map", () => {
    const members = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'];
    expect(planColumns([...members, 'siteAreaM2'], {}, undefined)).toEqual({
      ignored: members,
      dates: [],
      facts: [{ index: 5, header: 'siteAreaM2', fact: 'siteAreaM2' }],
    });
    // JSON.parse makes "__proto__" an own key, as a --map file is read.
    const map = JSON.parse('{ "__proto__": "siteAreaM2[亩]", "constructor": "floorAreaM2" }') as Record<string, string>;
    expect(planColumns(['__proto__', 'constructor', 'toString'], map, undefined).facts).toEqual([
      { index: 0, header: '__proto__', fact: 'siteAreaM2', unit: 'mu' },
      { index: 1, header: 'constructor', fact: 'floorAreaM2' },
    ]);
    for (const unit of ['constructor', 'toString', '__proto__']) expect(() => parseDeclaration(`siteArea[${unit}]`)).toThrow(`unknown unit '${unit}'`);
  });
  const column = (fact: string, unit?: 'mu') => ({ index: 0, header: fact, fact, ...(unit ? { unit } : {}) });
  it.each([
    ['within203Scope', '是', { value: true }],
    ['within203Scope', '否', { value: false }],
    ['within203Scope', 'TRUE', { value: true }],
    ['within203Scope', 'false', { value: false }],
    ['within203Scope', '对', { expected: '是/否 or true/false' }],
    ['floorAreaM2', ' 620.5 ', { value: 620.5 }],
    ['floorAreaM2', '1e3', { value: 1000 }],
    ['floorAreaM2', '-3', { value: -3 }],
    ['floorAreaM2', '1,234', { expected: 'a number' }],
    ['floorAreaM2', '12m2', { expected: 'a number' }],
    ['year', '2024', { value: 2024 }],
    ['projectApprovedOn', '2024-02-29', { value: '2024-02-29' }],
    ['projectApprovedOn', '2023-02-29', { expected: 'a date YYYY-MM-DD' }],
    ['projectApprovedOn', '2024/3/5', { value: '2024-03-05', form: 'YYYY/M/D' }],
    ['projectApprovedOn', '2008年5月1日', { value: '2008-05-01', form: 'YYYY年M月D日' }],
    ['projectApprovedOn', '2008年 5 月 1 日', { value: '2008-05-01', form: 'YYYY年M月D日' }],
    ['projectApprovedOn', '2008.5.1', { value: '2008-05-01', form: 'YYYY.M.D' }],
    ['projectApprovedOn', '2008-5-1', { value: '2008-05-01', form: 'YYYY-M-D' }],
    ['projectApprovedOn', '2008-05-01 14:30:05', { value: '2008-05-01', form: 'YYYY-MM-DD with a time of day' }],
    ['projectApprovedOn', '2008-05-01T14:30', { value: '2008-05-01', form: 'YYYY-MM-DD with a time of day' }],
    ['projectApprovedOn', '2008-05-01T14:30Z', { expected: 'a date YYYY-MM-DD' }],
    ['projectApprovedOn', '2008/5-1', { expected: 'a date YYYY-MM-DD' }],
    ['projectApprovedOn', '1/5/2008', { expected: 'a date YYYY-MM-DD' }],
    ['projectApprovedOn', '2023年2月29日', { expected: 'a date YYYY-MM-DD' }],
    ['projectApprovedOn', '2024年2月29日', { value: '2024-02-29', form: 'YYYY年M月D日' }],
    ['projectType', 'facility-agriculture', { value: 'facility-agriculture' }],
    ['reserveQuotaModes', 'a；b; c', { value: ['a', 'b', 'c'] }],
    ['previousProvincialRanks', '3;5', { value: [3, 5] }],
    ['parcels', '[{"id":"p1","slopeDegrees":30}]', { value: [{ id: 'p1', slopeDegrees: 30 }] }],
    ['parcels', '[{"id"', { expected: 'a list: a JSON array, or items separated by ;' }],
  ])('%s: %j reads as %j', (fact, text, expected) => {
    expect(readCell(text, column(fact))).toEqual(expected);
  });
  it('reads an empty cell as an absent fact, and an area in the unit of its column', () => {
    expect(readCell('  ', column('floorAreaM2'))).toBeUndefined();
    expect(readCell('0.75', column('siteAreaM2', 'mu'))).toEqual({ value: { value: 0.75, unit: 'mu' } });
  });
});

describe('compactReport', () => {
  const facts: Facts = { projectType: 'facility-agriculture', siteAreaM2: 501, floorAreaM2: 900 };
  const report = evaluateSync(facts, { asOf: '2025-06-30' });
  it('keeps the results that concern the case and every count of the summary', () => {
    const compact = compactReport(report, { results: 'concerned', citations: 'full' });
    expect(compact.results.map((r) => r.status).sort()).toEqual(
      report.results
        .filter((r) => ['pass', 'fail', 'undetermined'].includes(r.status))
        .map((r) => r.status)
        .sort(),
    );
    expect(compact.results.length).toBeLessThan(report.results.length);
    expect(compact.summary).toEqual(report.summary);
    expect(compact.results.find((r) => r.status === 'fail')!.citation!.quote).toMatch(/500/);
    expect(compactReport(report, { results: 'all', citations: 'full' }).results).toHaveLength(report.results.length);
  });
  it('gives citations in full, by reference, or not at all', () => {
    const ref = compactReport(report, { results: 'concerned', citations: 'ref' }).results[0]!.citation;
    expect(ref).toEqual({ documentId: 'gx-rural-land-2023', article: expect.any(String) as string });
    expect(compactReport(report, { results: 'concerned', citations: 'none' }).results.every((r) => r.citation === undefined)).toBe(true);
  });
  it('names the worst outcome, a violation before any other', () => {
    expect(worstOf([])).toBe('none');
    expect(worstOf([{ status: 'not-applicable' }, { status: 'pass' }])).toBe('pass');
    expect(worstOf([{ status: 'pass' }, { status: 'undetermined' }])).toBe('undetermined');
    expect(
      worstOf([
        { status: 'fail', consequence: 'not-eligible' },
        { status: 'fail', consequence: 'target-missed' },
      ]),
    ).toBe('target-missed');
    expect(worstOf([{ status: 'fail', consequence: 'not-eligible' }, { status: 'fail', consequence: 'violation' }, { status: 'undetermined' }])).toBe(
      'violation',
    );
    expect(compactReport(report, { results: 'concerned', citations: 'none' }).worst).toBe('not-eligible');
  });
});

describe('xlsxRows: shared strings are counted as they are read', () => {
  const rowsOf = async (book: Buffer, budget = { maxEntries: 5, maxCharacters: 20 }) => {
    const rows: { number: number; cells: string[] }[] = [];
    for await (const row of xlsxRows(Readable.from([book]), undefined, budget)) rows.push(row);
    return rows;
  };
  it('reads shared strings and numbers into cells; an index past the table is an empty cell', async () => {
    expect(
      await rowsOf(
        craftedWorkbook(
          ['projectType', 'facility-agriculture'],
          [
            [{ s: 0 }, 7],
            [{ s: 1 }, { s: 9 }],
          ],
        ),
        { maxEntries: 5, maxCharacters: 100 },
      ),
    ).toEqual([
      { number: 1, cells: ['projectType', '7'] },
      { number: 2, cells: ['facility-agriculture', ''] },
    ]);
  });
  it('more shared strings, or more text in them, than the budget ends the read with one message', async () => {
    await expect(rowsOf(craftedWorkbook(['a', 'b', 'c', 'd', 'e', 'f'], [[{ s: 0 }]]))).rejects.toThrow(
      'it holds more than 5 shared strings, the limit; not read further',
    );
    await expect(rowsOf(craftedWorkbook(['0123456789', '0123456789', 'x'], [[{ s: 0 }]]))).rejects.toThrow(
      'its shared strings hold more than 40 bytes of text, the limit; not read further',
    );
  });
  it("exceljs's own error text reaches the user as one short line", () => {
    expect(workbookProblem(new Error(`invalid signature: 0x20746f6e\n    at Parse.<anonymous> (unzipper/lib/parse.js:63:13)`))).toBe(
      'it is not a readable .xlsx file (the reader said: invalid signature: 0x20746f6e)',
    );
    expect(workbookProblem(new Error('x'.repeat(500)))).toHaveLength('it is not a readable .xlsx file (the reader said: )'.length + 120);
  });
});
