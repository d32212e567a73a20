import type { Em } from './orm.js';

interface RawQueryRunner {
  executeQuery(query: { sql: string; parameters: readonly unknown[]; query: { kind: 'RawNode' }; queryId: { queryId: string } }): Promise<{ rows: unknown[] }>;
}

/**
 * Runs SQL with PostgreSQL's own $1, $2 … placeholders on the entity manager's connection (its
 * open transaction, if any). Unlike `em.execute`, an array stays one parameter, so it can feed
 * `unnest($1::uuid[])`.
 */
export async function executeNative(em: Em, text: string, params: unknown[]): Promise<unknown[]> {
  const runner = (em.getTransactionContext() ?? em.getConnection().getClient()) as RawQueryRunner;
  const result = await runner.executeQuery({ sql: text, parameters: params, query: { kind: 'RawNode' }, queryId: { queryId: 'atrium-native' } });
  return result.rows;
}

/**
 * Lets the open transaction's commit return before the database has written its log to disk.
 * Until that write (a fraction of a second later, or at the next ordinary commit), a crash can lose
 * the whole transaction, never part of it. Only for work that can be redone or lost without harm;
 * it ends with the transaction, so the pooled connection stays durable.
 */
export async function commitWithoutFlush(tx: Em): Promise<void> {
  await tx.execute('set local synchronous_commit = off');
}
