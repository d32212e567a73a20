// Gives the whole run one freshly migrated database: a new database on the PostgreSQL server at
// TEST_DATABASE_URL (or DATABASE_URL), or else an in-memory PGlite served over the PostgreSQL protocol.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrate, openDatabase } from '../src/db/orm.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    embedded: boolean;
  }
}

async function createDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `atrium_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
    },
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  let url: string;
  let teardown: () => Promise<void>;
  if (serverUrl) {
    const database = await createDatabase(serverUrl);
    url = database.url;
    teardown = database.drop;
  } else {
    const db = await PGlite.create();
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
    await server.start();
    const port = Number(server.getServerConn().split(':').at(-1));
    url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    teardown = async () => {
      await server.stop();
      await db.close();
    };
  }
  const orm = await openDatabase({ kind: 'postgres', url, poolSize: 1 });
  await migrate(orm);
  await orm.close(true);
  project.provide('databaseUrl', url);
  project.provide('embedded', !serverUrl);
  return teardown;
}
