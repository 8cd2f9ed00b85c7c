/**
 * Issue 24's bureau register, built by a real tool (openpyxl, as pandas writes workbooks): a notes
 * sheet 填表说明 first, the sheet 台账 with a merged title row, Chinese headers and values, a
 * formatted blank row, a 合计 row, a date-time cell and a text date. Checked with one documented
 * command and no editing, its rows get the statuses the same facts get as codes. Skipped, with
 * one line, where Debian's python3-openpyxl is absent.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateSync, untypedFacts } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const PYTHON = '/usr/bin/python3';
const openpyxl = spawnSync(PYTHON, ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0;
if (!openpyxl) console.log('bureau workbook: skipped, python3-openpyxl is not installed');

const dir = mkdtempSync(join(tmpdir(), 'landuse-bureau-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MAKE = `
import sys, datetime, openpyxl
from openpyxl.styles import PatternFill
wb = openpyxl.Workbook()
notes = wb.active
notes.title = '填表说明'
notes['A1'] = '本表记录设施农业用地备案情况；面积以亩计。'
ws = wb.create_sheet('台账')
ws.merge_cells('A1:F1')
ws['A1'] = '某县设施农业用地备案台账'
ws.append(['项目编号', '项目类型', '用地面积(亩)', '建筑面积(平方米)', '结构类型', '备案日期'])
ws.append(['B1', '设施农业', 0.6, 300, '简易棚房', datetime.datetime(2025, 6, 30, 14, 30)])
ws.append(['B2', '设施农业', 0.8, 300, '钢架大棚', '2025年6月30日'])
ws.append(['B3', '設施農業', 0.7, 1200, '簡易棚房', '2025年7月1日'])
for column in range(1, 7):
    ws.cell(row=6, column=column).fill = PatternFill('solid', fgColor='FFFF00')
ws.append([])
ws.cell(row=7, column=1, value='合计')
ws.cell(row=7, column=3, value=2.1)
wb.save(sys.argv[1])
`;

describe.skipIf(!openpyxl)('a bureau workbook written by openpyxl', () => {
  it('is checked with one command, no editing: rows judged as the same facts given as codes', () => {
    const book = join(dir, '台账.xlsx');
    execFileSync(PYTHON, ['-c', MAKE, book]);
    const map = join(dir, 'map.json');
    writeFileSync(
      map,
      JSON.stringify({
        项目类型: 'projectType',
        '用地面积(亩)': 'siteAreaM2[mu]',
        '建筑面积(平方米)': 'floorAreaM2',
        结构类型: 'structureType',
        备案日期: 'actOn',
      }),
    );
    const out = spawnSync(
      process.execPath,
      [
        join(root, 'dist/cli.js'),
        'batch',
        book,
        '--sheet',
        '台账',
        '--map',
        map,
        '--id',
        '项目编号',
        '--as-of',
        '2026-12-05',
        '--to',
        'ndjson',
        '--citations',
        'none',
      ],
      { encoding: 'utf8' },
    );
    expect(out.status).toBe(0);
    const lines = out.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; results: { ruleId: string; status: string }[] });
    expect(lines.map((line) => line.id)).toEqual(['B1', 'B2', 'B3']);
    const coded = [
      [{ projectType: 'facility-agriculture', siteAreaM2: { value: 0.6, unit: 'mu' }, floorAreaM2: 300, structureType: 'simple-shed' }, '2025-06-30'],
      [{ projectType: 'facility-agriculture', siteAreaM2: { value: 0.8, unit: 'mu' }, floorAreaM2: 300, structureType: '钢架大棚' }, '2025-06-30'],
    ] as const;
    coded.forEach(([facts, actOn], i) => {
      const expected = evaluateSync(untypedFacts(facts), { asOf: '2026-12-05', actOn })
        .results.filter((r) => r.status !== 'not-applicable')
        .map((r) => [r.ruleId, r.status]);
      expect(
        lines[i]!.results.map((r) => [r.ruleId, r.status]),
        lines[i]!.id,
      ).toEqual(expected);
    });
    // What the run read, and skipped, is said: the title, the total row, the Chinese values, the dates' forms.
    expect(out.stderr).toContain('is a title above the header, skipped: 某县设施农业用地备案台账');
    expect(out.stderr).toMatch(/skipped 1 total row \(合计\/小计\/总计\), not a case: line 7/);
    expect(out.stderr).toMatch(/projectType: read "设施农业" as facility-agriculture \(2 records\), "設施農業" as facility-agriculture \(1 record\)/);
    expect(out.stderr).toMatch(/structureType: "钢架大棚" \(1 record\) is no value the rules know/);
    expect(out.stderr).toContain("column '备案日期': read dates written YYYY年M月D日 (2 records), YYYY-MM-DD with a time of day (1 record)");
  }, 60_000);
});
