#!/usr/bin/env node
// Brings a machine that has only Node (18 or newer) and npm up to what Atrium needs:
// Node 24 and pnpm, both fetched from the npm registry into ./.tools when missing,
// then installs the workspace and runs the requested step with them.
//
//   node scripts/bootstrap.mjs start   install, build, then serve (npm start)
//   node scripts/bootstrap.mjs test    install, then the whole test suite (npm test)
//   node scripts/bootstrap.mjs pnpm …  any pnpm command with the project's Node and pnpm
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const NODE_VERSION = '24.21.0';
const PNPM_VERSION = '10.34.8';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tools = join(root, '.tools');

function say(line) {
  process.stdout.write(`[atrium] ${line}\n`);
}

function fail(line) {
  process.stderr.write(`[atrium] ${line}\n`);
  process.exit(1);
}

function npmInstallInto(prefix, spec) {
  mkdirSync(prefix, { recursive: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(
    npm,
    ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', '--prefix', prefix, spec],
    { stdio: 'inherit', cwd: prefix },
  );
  if (result.status !== 0) fail(`could not install ${spec} from the npm registry (npm exited with ${result.status}).`);
}

function ensureNode() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major >= 24) return process.execPath;
  const platform = process.platform === 'win32' ? 'win' : process.platform;
  const pkg = `node-${platform}-${process.arch}`;
  const prefix = join(tools, `node-${NODE_VERSION}`);
  const bin = process.platform === 'win32'
    ? join(prefix, 'node_modules', pkg, 'bin', 'node.exe')
    : join(prefix, 'node_modules', pkg, 'bin', 'node');
  if (!existsSync(bin)) {
    say(`Node ${process.versions.node} is older than 24; fetching Node ${NODE_VERSION} (${pkg}) into .tools …`);
    npmInstallInto(prefix, `${pkg}@${NODE_VERSION}`);
    if (!existsSync(bin)) fail(`the ${pkg} package did not contain ${bin}.`);
  }
  return bin;
}

function ensurePnpm() {
  const prefix = join(tools, `pnpm-${PNPM_VERSION}`);
  const entry = join(prefix, 'node_modules', 'pnpm', 'bin', 'pnpm.cjs');
  if (!existsSync(entry)) {
    say(`fetching pnpm ${PNPM_VERSION} into .tools …`);
    npmInstallInto(prefix, `pnpm@${PNPM_VERSION}`);
  }
  return entry;
}

/** A `pnpm` command on the PATH for the scripts pnpm itself runs (they call `pnpm …`). */
function pnpmShim(nodeBin, pnpmEntry) {
  const bin = join(tools, 'bin');
  mkdirSync(bin, { recursive: true });
  if (process.platform === 'win32') {
    writeFileSync(join(bin, 'pnpm.cmd'), `@"${nodeBin}" "${pnpmEntry}" %*\r\n`);
  } else {
    writeFileSync(join(bin, 'pnpm'), `#!/bin/sh\nexec "${nodeBin}" "${pnpmEntry}" "$@"\n`, { mode: 0o755 });
  }
  return bin;
}

const node = ensureNode();
const pnpm = ensurePnpm();
const shimDir = pnpmShim(node, pnpm);
const env = {
  ...process.env,
  PATH: `${shimDir}${delimiter}${dirname(node)}${delimiter}${process.env.PATH ?? ''}`,
  ATRIUM_PNPM: pnpm,
  npm_config_update_notifier: 'false',
};

function pnpmSync(args) {
  const result = spawnSync(node, [pnpm, ...args], { stdio: 'inherit', cwd: root, env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Runs a long-lived child, passing Ctrl-C and SIGTERM on so it can shut down cleanly. */
function runForwardingSignals(command, args) {
  const child = spawn(command, args, { stdio: 'inherit', cwd: root, env });
  const forward = (signal) => {
    if (!child.killed) child.kill(signal);
  };
  process.on('SIGINT', () => forward('SIGINT'));
  process.on('SIGTERM', () => forward('SIGTERM'));
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal ? 0 : 1));
  });
}

const [step, ...rest] = process.argv.slice(2);
const lockfile = existsSync(join(root, 'pnpm-lock.yaml'));
const install = () =>
  pnpmSync(['install', lockfile && process.env.CI ? '--frozen-lockfile' : '--prefer-offline', '--reporter=append-only']);

switch (step) {
  case 'start':
    install();
    pnpmSync(['run', 'build']);
    runForwardingSignals(node, [join(root, 'packages', 'server', 'dist', 'main.js'), ...rest]);
    break;
  case 'test':
    install();
    runForwardingSignals(node, [join(root, 'scripts', 'check.mjs'), ...rest]);
    break;
  case 'pnpm':
    runForwardingSignals(node, [pnpm, ...rest]);
    break;
  default:
    fail('usage: node scripts/bootstrap.mjs start | test | pnpm <args>');
}
