#!/usr/bin/env node
// The whole test suite, as `npm test` runs it: generated files up to date, typecheck, lint,
// migrations in step with the entities, unit and integration tests (Vitest) and browser tests
// (Playwright in Chromium). Every step runs; the run fails if any step failed. The last line
// counts the tests: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const reports = join(root, '.test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const ci = process.env.CI === 'true' || process.env.CI === '1';
const browser = process.env.CHROME_PATH ?? '/usr/bin/chromium';
// The bootstrap passes its own pnpm; otherwise the one pnpm is running under, or pnpm on the PATH.
const pnpm = process.env.ATRIUM_PNPM ?? (process.env.npm_execpath?.includes('pnpm') ? process.env.npm_execpath : null);
const results = [];
const counts = { passed: 0, failed: 0, skipped: 0 };

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...options.env } });
  return result.status === 0;
}

function pnpmRun(args, options) {
  return pnpm ? run(process.execPath, [pnpm, ...args], options) : run('pnpm', args, options);
}

function step(name, work) {
  process.stdout.write(`\n── ${name} ──\n`);
  const started = Date.now();
  let ok;
  try {
    ok = work();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    ok = false;
  }
  results.push({ name, ok, seconds: ((Date.now() - started) / 1000).toFixed(1) });
  if (!ok) process.stdout.write(`✗ ${name} failed\n`);
  return ok;
}

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** Compares freshly generated files with the committed ones. */
function sameTree(expectedDir, actualDir, label) {
  const expected = filesUnder(expectedDir);
  const actual = filesUnder(actualDir);
  const stale = [];
  for (const file of new Set([...expected, ...actual])) {
    const a = existsSync(join(expectedDir, file)) ? readFileSync(join(expectedDir, file), 'utf8') : null;
    const b = existsSync(join(actualDir, file)) ? readFileSync(join(actualDir, file), 'utf8') : null;
    if (a !== b) stale.push(file);
  }
  if (stale.length) {
    process.stderr.write(`${label} is stale (${stale.join(', ')}). Run \`pnpm generate\` and commit the result.\n`);
    return false;
  }
  process.stdout.write(`${label} is up to date.\n`);
  return true;
}

function vitestCounts(file) {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  counts.passed += report.numPassedTests ?? 0;
  counts.failed += report.numFailedTests ?? 0;
  counts.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  return true;
}

function playwrightCounts(file) {
  if (!existsSync(file)) return false;
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  counts.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  counts.failed += stats.unexpected ?? 0;
  counts.skipped += stats.skipped ?? 0;
  return true;
}

if (ci && !existsSync(browser)) {
  process.stderr.write(`No Chromium at ${browser}: under CI=true the browser tests must run. Install chromium or set CHROME_PATH.\n`);
  process.stdout.write('0 passed, 1 failed\n');
  process.exit(1);
}

const database = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
process.stdout.write(`Testing against ${database ? 'the PostgreSQL server at TEST_DATABASE_URL/DATABASE_URL' : 'the embedded PGlite database'}.\n`);

const built = step('build the server', () => pnpmRun(['--filter', '@atrium/server', 'run', 'build']));

step('schema and generated types are up to date', () => {
  if (!built) return false;
  const scratch = mkdtempSync(join(tmpdir(), 'atrium-schema-'));
  const sdl = join(scratch, 'schema.graphql');
  const emitted = run(process.execPath, ['packages/server/dist/scripts/emit-schema.js'], { env: { SCHEMA_OUT: sdl } });
  if (!emitted) return false;
  const schemaFresh = readFileSync(sdl, 'utf8') === readFileSync(join(root, 'packages/schema/schema.graphql'), 'utf8');
  if (!schemaFresh) process.stderr.write('packages/schema/schema.graphql is stale. Run `pnpm generate` and commit the result.\n');
  else process.stdout.write('packages/schema/schema.graphql is up to date.\n');
  const generated = pnpmRun(['--filter', '@atrium/schema', 'run', 'codegen'], { env: { CODEGEN_OUT: scratch } });
  const typesFresh =
    generated &&
    sameTree(join(root, 'packages/schema/src/staff'), join(scratch, 'src/staff'), 'packages/schema/src/staff') &&
    sameTree(join(root, 'packages/schema/src/client'), join(scratch, 'src/client'), 'packages/schema/src/client');
  rmSync(scratch, { recursive: true, force: true });
  return schemaFresh && typesFresh;
});

step('migrations match the entities', () => built && run(process.execPath, ['packages/server/dist/scripts/migrations.js', 'check']));
step('typecheck', () => pnpmRun(['-r', 'run', 'typecheck']));
step('lint', () => pnpmRun(['exec', 'eslint', '--max-warnings', '0', '.']));

step('unit and integration tests (Vitest)', () => {
  const report = join(reports, 'vitest.json');
  const ok = pnpmRun(['--filter', '@atrium/server', 'exec', 'vitest', 'run'], { env: { VITEST_JSON_REPORT: report } });
  const counted = vitestCounts(report);
  if (!counted) counts.failed += 1;
  return ok && counted;
});

step('browser tests (Playwright, Chromium)', () => {
  if (!built) return false;
  const apps = pnpmRun(['--filter', '@atrium/web-staff', '--filter', '@atrium/web-client', 'run', 'build']);
  if (!apps) return false;
  if (!existsSync(browser)) process.stdout.write(`No Chromium at ${browser}: the browser tests are reported as skipped.\n`);
  const report = join(reports, 'playwright.json');
  const ok = pnpmRun(['exec', 'playwright', 'test'], { env: { PLAYWRIGHT_JSON_REPORT: report } });
  const counted = playwrightCounts(report);
  if (!counted) counts.failed += 1;
  return ok && counted;
});

process.stdout.write('\n── summary ──\n');
for (const { name, ok, seconds } of results) process.stdout.write(`${ok ? '✓' : '✗'} ${name} (${seconds} s)\n`);
const failedSteps = results.filter((r) => !r.ok).length;
if (failedSteps && counts.failed === 0) counts.failed = failedSteps;
process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
process.exit(failedSteps ? 1 : 0);
