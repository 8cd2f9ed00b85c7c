import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Debian's Chromium, driven by playwright-core: no browser is ever downloaded.
const CHROMIUM = '/usr/bin/chromium';
const root = join(import.meta.dirname, '../..');
const shots = process.env.E2E_SCREENSHOTS;

let server: Server;
let browser: Browser;
let page: Page;
let url: string;

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (.ci/run does)`);
  const out = mkdtempSync(join(tmpdir(), 'landuse-form-'));
  // The example imports the package's entry points, built into dist/ (when missing or stale).
  execFileSync('node', ['scripts/ensure-build.mjs'], { cwd: root, stdio: 'pipe' });
  execFileSync('npx', ['vite', 'build', '--config', 'examples/form/vite.config.ts'], { cwd: root, env: { ...process.env, FORM_OUT_DIR: out }, stdio: 'pipe' });
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(out, path === '/' ? 'index.html' : path);
    if (!file.startsWith(out) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  page = await browser.newPage({ locale: 'zh-CN' });
  await page.goto(url);
  await page.getByTestId('site-value').waitFor();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const typeSite = async (value: string, unit: 'm2' | 'mu' | 'ha') => {
  await page.getByTestId('site-unit').selectOption(unit);
  await page.getByTestId('site-value').fill(value);
};

// Every test names the filing day: what the form says depends on the law in force that day,
// never on the day the test runs (the suite passes under any clock).
const fileOn = (date: string) => page.getByTestId('filed-on').fill(date);

describe('facility-agriculture filing form in Chromium, filed while the measures were in force', () => {
  beforeAll(() => fileOn('2025-06-30'));
  it('typing 501 m² shows the 500 m² message beside the site field', async () => {
    await typeSite('501', 'm2');
    await expect.poll(() => page.getByTestId('site-error').textContent()).toMatch(/不超过500平方米/);
    expect(await page.getByTestId('filed-on-error').count()).toBe(0);
    if (shots) await page.screenshot({ path: join(shots, 'form-501-m2.png'), fullPage: true });
  });
  it('500 m² clears it', async () => {
    await typeSite('500', 'm2');
    await expect.poll(() => page.getByTestId('site-error').count()).toBe(0);
  });
  it('0.75 亩 passes', async () => {
    await typeSite('0.75', 'mu');
    await expect.poll(() => page.getByTestId('site-error').count()).toBe(0);
    await expect.poll(() => page.getByTestId('ok').count()).toBe(1);
  });
  it('0.0501 公顷 fails', async () => {
    await typeSite('0.0501', 'ha');
    await expect.poll(() => page.getByTestId('site-error').textContent()).toMatch(/501平方米/);
    if (shots) await page.screenshot({ path: join(shots, 'form-0.0501-ha.png'), fullPage: true });
  });
  it('turning only the unit to 亩 shows the message on the value field, which the user did not touch', async () => {
    await typeSite('300', 'm2');
    await expect.poll(() => page.getByTestId('site-error').count()).toBe(0);
    await page.getByTestId('site-unit').selectOption('mu');
    await expect.poll(() => page.getByTestId('site-error').textContent()).toMatch(/本项目用地200000平方米/);
  });
});

describe('the same form at the edges of the measures in force (2023-12-04 … 2026-12-03)', () => {
  it('filed on the last day in force, 2026-12-03: judged under the measures', async () => {
    await fileOn('2026-12-03');
    await typeSite('501', 'm2');
    await expect.poll(() => page.getByTestId('site-error').textContent()).toMatch(/不超过500平方米/);
    expect(await page.getByTestId('filed-on-error').count()).toBe(0);
  });
  it('filed the day after, 2026-12-04: the form says the measures lapsed and shows no pass', async () => {
    await fileOn('2026-12-04');
    await typeSite('1500', 'm2');
    await expect.poll(() => page.getByTestId('filed-on-error').textContent()).toMatch(/施行期为2023-12-04至2026-12-03/);
    expect(await page.getByTestId('filed-on-error').textContent()).toMatch(/2026-12-04（actOn）不在施行期内/);
    expect(await page.getByTestId('ok').count()).toBe(0);
    expect(await page.getByTestId('site-error').count()).toBe(0);
    if (shots) await page.screenshot({ path: join(shots, 'form-lapsed.png'), fullPage: true });
  });
  it('filed the day before they took effect, 2023-12-03: likewise not judged under them', async () => {
    await fileOn('2023-12-03');
    await typeSite('300', 'm2');
    await expect.poll(() => page.getByTestId('filed-on-error').textContent()).toMatch(/2023-12-03（actOn）不在施行期内/);
    expect(await page.getByTestId('ok').count()).toBe(0);
  });
  it('filed on the first day, 2023-12-04: 300 m² passes', async () => {
    await fileOn('2023-12-04');
    await typeSite('300', 'm2');
    await expect.poll(() => page.getByTestId('ok').count()).toBe(1);
    expect(await page.getByTestId('filed-on-error').count()).toBe(0);
  });
});
