import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadConfig, type AppConfig } from '../config.js';

/** A database of a benchmark's own on the PostgreSQL server, and a configuration that uses it. */
export interface BenchDatabase {
  name: string;
  url: string;
  /** A connection to the server's default database (for statistics and the final drop). */
  admin: pg.Client;
  config: AppConfig;
  drop(): Promise<void>;
}

/**
 * Makes a fresh database on the server at BENCH_DATABASE_URL (or DATABASE_URL, else the local
 * PostgreSQL), so a benchmark never touches real data, and a silent configuration for it.
 */
export async function createBenchDatabase(settings: Record<string, string> = {}): Promise<BenchDatabase> {
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `atrium_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    SERVE_APPS: 'false',
    SEED_DEMO: 'false',
    DATABASE_URL: url.toString(),
    SECRET_KEY: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'silent',
    ...settings,
  });
  return {
    name,
    url: url.toString(),
    admin,
    config,
    drop: async () => {
      await admin.query(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}
