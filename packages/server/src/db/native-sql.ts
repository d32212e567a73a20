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
