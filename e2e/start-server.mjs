// Starts the built server for the browser tests on a fresh database (a new database on the
// PostgreSQL server at TEST_DATABASE_URL/DATABASE_URL, or a new embedded one in a temporary
// folder), with a real SMTP server beside it: every message it receives is parsed and written
// as JSON into the mail folder that e2e/environment.ts names, for the tests to read.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';

const port = process.env.E2E_PORT ?? '4410';
const mailDir = join(tmpdir(), `atrium-e2e-mail-${port}`);
const require = createRequire(join(process.cwd(), 'packages', 'server', 'package.json'));
const { SMTPServer } = require('smtp-server');
const { simpleParser } = require('mailparser');

rmSync(mailDir, { recursive: true, force: true });
mkdirSync(mailDir, { recursive: true });
let received = 0;
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, _session, callback) {
    simpleParser(stream)
      .then((mail) => {
        const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? '');
        received += 1;
        writeFileSync(join(mailDir, `${String(received).padStart(5, '0')}.json`), JSON.stringify({ to, subject: mail.subject ?? '', text: mail.text ?? '', html: mail.html || '' }));
        callback();
      })
      .catch(callback);
  },
});
await new Promise((resolve) => smtp.listen(0, '127.0.0.1', resolve));
const smtpPort = smtp.server.address().port;

const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
const env = {
  ...process.env,
  PORT: port,
  HOST: '127.0.0.1',
  PUBLIC_URL: `http://127.0.0.1:${port}`,
  SEED_DEMO: 'true',
  LOG_LEVEL: 'warn',
  SMTP_URL: `smtp://127.0.0.1:${smtpPort}?ignoreTLS=true`,
  MAIL_FROM: 'Donnell & Dole <portal@demo.atrium.test>',
};
delete env.DEMO_PASSWORD;

const pg = require('pg');
/** The database made for this run, dropped again when the server stops. */
let runDatabase = null;
/** Or the embedded database's folder, removed when the server stops. */
let runDataDir = null;
if (serverUrl) {
  const name = `atrium_e2e_${Date.now()}`;
  runDatabase = name;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  env.SECRET_KEY = randomBytes(32).toString('hex');
} else {
  delete env.DATABASE_URL;
  runDataDir = mkdtempSync(join(tmpdir(), 'atrium-e2e-'));
  env.DATA_DIR = runDataDir;
}

const child = spawn(process.execPath, ['packages/server/dist/main.js'], { stdio: 'inherit', env });
const stop = (signal) => {
  child.kill(signal);
  smtp.close();
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
child.on('exit', async (code) => {
  smtp.close();
  if (runDatabase) {
    const admin = new pg.Client({ connectionString: serverUrl });
    try {
      await admin.connect();
      await admin.query(`drop database if exists "${runDatabase}" with (force)`);
    } catch (error) {
      process.stderr.write(`could not drop the test database ${runDatabase}: ${error.message}\n`);
    } finally {
      await admin.end().catch(() => undefined);
    }
  }
  if (runDataDir) rmSync(runDataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
