/**
 * The README's GIS recipe, run with Debian's gdal-bin (issue 24, item 5): a GBK shapefile in
 * CGCS2000 / Gauss-Krüger (EPSG:4545) with Chinese field names goes in as a GeoJSON
 * FeatureCollection that keeps its CRS, is checked, and comes out as a GBK shapefile with the
 * same CRS and field names. Skipped, with one line, where ogr2ogr is absent.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist/cli.js');
const gdal = spawnSync('ogr2ogr', ['--version'], { encoding: 'utf8' }).status === 0;
if (!gdal) console.log('GIS recipe: skipped, ogr2ogr (Debian: gdal-bin) is not installed');

const dir = mkdtempSync(join(tmpdir(), 'landuse-gis-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);
const square = (x: number, side: number) => [
  [
    [x, 2700000],
    [x + side, 2700000],
    [x + side, 2700000 + side],
    [x, 2700000 + side],
    [x, 2700000],
  ],
];

describe.skipIf(!gdal)('the GIS recipe keeps the projection and the Chinese field names', () => {
  it('EPSG:4545 shapefile (GBK) → GeoJSON with its crs → batch → GBK shapefile in EPSG:4545', () => {
    const layer = {
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4545' } },
      features: [
        {
          type: 'Feature',
          properties: { 项目编号: 'LJ-1', 项目类型: '设施农业', 用地面积: 480, 建筑面积: 300 },
          geometry: { type: 'Polygon', coordinates: square(500000, 20) },
        },
        {
          type: 'Feature',
          properties: { 项目编号: 'LJ-2', 项目类型: '设施农业', 用地面积: 600, 建筑面积: 300 },
          geometry: { type: 'Polygon', coordinates: square(500100, 25) },
        },
      ],
    };
    writeFileSync(at('source.geojson'), JSON.stringify(layer));
    // The bureau's layer: a shapefile whose attributes are GBK, without a .cpg saying so.
    execFileSync('ogr2ogr', ['-lco', 'ENCODING=GBK', '-f', 'ESRI Shapefile', at('parcels.shp'), at('source.geojson')]);
    rmSync(at('parcels.cpg'));
    writeFileSync(at('map.json'), JSON.stringify({ 用地面积: 'siteAreaM2', 建筑面积: 'floorAreaM2', 项目类型: 'projectType' }));

    // The recipe, as the README writes it.
    execFileSync('ogr2ogr', ['--config', 'SHAPE_ENCODING', 'GBK', '-f', 'GeoJSON', '-lco', 'RFC7946=NO', at('parcels.geojson'), at('parcels.shp')]);
    execFileSync(
      process.execPath,
      [
        cli,
        'batch',
        at('parcels.geojson'),
        '--map',
        at('map.json'),
        '--id',
        '项目编号',
        '--as-of',
        '2025-06-30',
        '--citations',
        'none',
        '-o',
        at('checked.geojson'),
      ],
      {
        stdio: 'pipe',
      },
    );
    execFileSync('ogr2ogr', ['-lco', 'ENCODING=GBK', '-select', '项目编号,lr_worst,lr_fail,lr_viol', at('checked.shp'), at('checked.geojson')]);

    const checked = JSON.parse(readFileSync(at('checked.geojson'), 'utf8')) as { crs: unknown; features: { properties: Record<string, unknown> }[] };
    expect(checked.crs).toEqual(layer.crs);
    expect(checked.features.map((f) => [f.properties.项目编号, f.properties.lr_worst])).toEqual([
      ['LJ-1', 'undetermined'],
      ['LJ-2', 'not-eligible'],
    ]);
    expect(readFileSync(at('checked.cpg'), 'utf8').trim()).toBe('GBK');
    const info = execFileSync('ogrinfo', ['-so', at('checked.shp'), 'checked'], { encoding: 'utf8' });
    expect(info).toContain('CGCS2000 / 3-degree Gauss-Kruger CM 108E');
    expect(info).toMatch(/ID\["EPSG",4545\]/);
    const first = execFileSync('ogrinfo', ['-q', at('checked.shp'), 'checked', '-fid', '1'], { encoding: 'utf8' });
    expect(first).toMatch(/项目编号 \(String\) = LJ-2/);
    expect(first).toMatch(/lr_worst \(String\) = not-eligible/);
  }, 60_000);
});
