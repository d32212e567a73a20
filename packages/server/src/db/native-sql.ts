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

/**
 * Turns off, for the rest of the open transaction, the triggers that check each written row's
 * foreign keys one row at a time (session_replication_role = replica), when the database role may:
 * a superuser, or on PostgreSQL 15 and later a role granted SET on that parameter. Returns whether
 * it did. Primary keys, unique, not-null and check constraints still hold; only the reference
 * checks stop, and the caller takes them over. It must lock every existing row it refers to as
 * those checks would (FOR KEY SHARE, so that none is removed or changes key before the commit),
 * refer otherwise only to rows it writes itself in the same transaction, and call
 * `restoreRowTriggers` before it writes anything else.
 */
export async function skipRowTriggers(tx: Em): Promise<boolean> {
  await executeNative(tx, `do $$ begin set local session_replication_role = replica; exception when insufficient_privilege then null; end $$`, []);
  const [row] = (await executeNative(tx, `select current_setting('session_replication_role') = 'replica' as skipped`, [])) as { skipped: boolean }[];
  return row!.skipped;
}

/** Back to checking every written row's references, for the rest of the transaction. */
export function restoreRowTriggers(tx: Em): Promise<unknown[]> {
  return executeNative(tx, `set local session_replication_role = origin`, []);
}
