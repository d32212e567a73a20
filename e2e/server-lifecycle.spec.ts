// The server as an operator meets it: it starts on the embedded database, answers its health
// check, stops cleanly on SIGTERM, and refuses bad configuration with one clear line.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const MAIN = join(process.cwd(), 'packages', 'server', 'dist', 'main.js');

function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, DATABASE_URL: '', TEST_DATABASE_URL: '', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

test('starts on the embedded database, serves, and stops cleanly on SIGTERM', async () => {
  test.setTimeout(90_000);
  const port = 4490 + Math.floor(Math.random() * 9);
  const server = startServer({ PORT: String(port), HOST: '127.0.0.1', DATA_DIR: mkdtempSync(join(tmpdir(), 'atrium-life-')) });
  await expect.poll(() => server.output(), { timeout: 60_000 }).toContain('Atrium is running');
  const health = await fetch(`http://127.0.0.1:${port}/healthz`);
  expect(await health.json()).toEqual({ status: 'ok' });
  server.child.kill('SIGTERM');
  expect(await server.exited).toBe(0);
  expect(server.output()).toContain('"msg":"stopped"');
  expect(server.output()).not.toContain('longer than 10 s');
});

test('refuses an unreachable DATABASE_URL with one clear line and no stack trace', async () => {
  const server = startServer({ PORT: '0', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/atrium', SECRET_KEY: 'k'.repeat(32) });
  expect(await server.exited).toBe(1);
  expect(server.output()).toContain('atrium: cannot reach the PostgreSQL server at DATABASE_URL');
  expect(server.output()).not.toMatch(/\n\s+at /);
});

test('refuses bad settings with one line per problem', async () => {
  const server = startServer({ PORT: 'eighty', SMTP_URL: 'mail.example.com' });
  expect(await server.exited).toBe(1);
  const lines = server.output().trim().split('\n');
  expect(lines[0]).toBe('atrium: Configuration is not valid:');
  expect(lines.slice(1).map((l) => l.trim().split(' ')[1])).toEqual(['PORT', 'SMTP_URL']);
});
