// Starts the built server for the browser tests on a fresh database: a new database on the
// PostgreSQL server at TEST_DATABASE_URL/DATABASE_URL, or else a new embedded one in a temporary folder.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const port = process.env.E2E_PORT ?? '4410';
const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
const env = { ...process.env, PORT: port, HOST: '127.0.0.1', PUBLIC_URL: `http://127.0.0.1:${port}`, SEED_DEMO: 'true', LOG_LEVEL: 'warn' };
delete env.DEMO_PASSWORD;

if (serverUrl) {
  const require = createRequire(join(process.cwd(), 'packages', 'server', 'package.json'));
  const pg = require('pg');
  const name = `atrium_e2e_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
} else {
  delete env.DATABASE_URL;
  env.DATA_DIR = mkdtempSync(join(tmpdir(), 'atrium-e2e-'));
}

const child = spawn(process.execPath, ['packages/server/dist/main.js'], { stdio: 'inherit', env });
const stop = (signal) => child.kill(signal);
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
child.on('exit', (code) => process.exit(code ?? 0));
