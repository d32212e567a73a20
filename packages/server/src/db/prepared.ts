import { createHash } from 'node:crypto';
import { PostgreSqlConnection } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { executeNative } from './native-sql.js';
import type { Em } from './orm.js';

interface Statement {
  name: string;
  text: string;
}

const statements = new Map<string, Statement>();

/**
 * The statement for SQL written with `?` placeholders, as `em.execute` takes it: the placeholders
 * become PostgreSQL's own ($1, $2 …) in order, except inside quoted literals and names, and the name
 * comes from the text (pg refuses two texts under one name on a connection).
 */
export function statementOf(sql: string): Statement {
  let statement = statements.get(sql);
  if (!statement) {
    let text = '';
    let n = 0;
    let quote: string | null = null;
    for (const char of sql) {
      if (quote) {
        if (char === quote) quote = null;
        text += char;
      } else if (char === "'" || char === '"') {
        quote = char;
        text += char;
      } else if (char === '?') {
        n += 1;
        text += `$${n}`;
      } else {
        text += char;
      }
    }
    statement = { name: `atrium_${createHash('sha256').update(text).digest('hex').slice(0, 16)}`, text };
    statements.set(sql, statement);
  }
  return statement;
}

/**
 * Pools where named statements proved not to work: a connection pooler that hands one server
 * session to several clients (PgBouncer before 1.21, or in transaction mode without prepared
 * statement support) leaves a statement behind that the next client prepares again (42P05), or
 * runs a client's statement on a session that never prepared it (26000).
 */
const unnamedOnly = new WeakSet<pg.Pool>();
const NAMING_ERRORS = new Set(['42P05', '26000']);

/** Runs every statement of this database's pool unnamed (DATABASE_PREPARED_STATEMENTS=false). */
export async function turnOffPreparedStatements(em: Em): Promise<void> {
  const connection = em.getConnection();
  if (connection instanceof PostgreSqlConnection) unnamedOnly.add((await connection.getNativeClient()) as pg.Pool);
}

async function runOnPool<T>(pool: pg.Pool, { name, text }: Statement, values: unknown[]): Promise<T[]> {
  if (!unnamedOnly.has(pool)) {
    try {
      return (await pool.query<T & pg.QueryResultRow>({ name, text, values })).rows;
    } catch (error) {
      if (!NAMING_ERRORS.has((error as { code?: string }).code ?? '')) throw error;
      unnamedOnly.add(pool);
    }
  }
  return (await pool.query<T & pg.QueryResultRow>(text, values)).rows;
}

/**
 * Runs a read that many requests make (a session's lookup, a sign-in's first read, a client's
 * lists) as a named prepared statement, with its values bound rather than written into the text.
 * PostgreSQL then plans it once per connection instead of on every call, which for a join of
 * several tables costs more than running it.
 *
 * Outside a transaction and on the PostgreSQL driver only. Inside a transaction, and on the
 * embedded database, the same statement runs unnamed on the entity manager's connection.
 */
export async function queryPrepared<T>(em: Em, sql: string, params: readonly unknown[]): Promise<T[]> {
  const statement = statementOf(sql);
  const values = [...params];
  const connection = em.getConnection();
  const started = Date.now();
  const rows =
    em.getTransactionContext() || !(connection instanceof PostgreSqlConnection)
      ? ((await executeNative(em, statement.text, values)) as T[])
      : await runOnPool<T>((await connection.getNativeClient()) as pg.Pool, statement, values);
  // Logged as the ORM logs its own statements (with debug on, and for statement counts in tests).
  em.config.getLogger().logQuery({ query: statement.text, params: values, took: Date.now() - started, results: rows.length, level: 'info' });
  return rows;
}
