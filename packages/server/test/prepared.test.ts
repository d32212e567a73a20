// Frequent reads as named prepared statements: planned once per connection on PostgreSQL, run
// unnamed inside a transaction, on the embedded database, or when the setting turns them off.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/orm.js';
import { queryPrepared, statementOf } from '../src/db/prepared.js';

const embedded = inject('embedded');
const url = inject('databaseUrl');

const PREPARED = 'select name from pg_prepared_statements';

describe('statementOf', () => {
  it('numbers the placeholders in order, leaves quoted question marks alone, and names each text once', () => {
    const statement = statementOf(`select ? as a, '?' as "b?", ?::int as c where 'it''s?' <> ?`);
    expect(statement.text).toBe(`select $1 as a, '?' as "b?", $2::int as c where 'it''s?' <> $3`);
    expect(statementOf(`select ? as a, '?' as "b?", ?::int as c where 'it''s?' <> ?`).name).toBe(statement.name);
    expect(statementOf('select ? as a').name).not.toBe(statement.name);
    expect(statement.name).toMatch(/^atrium_[0-9a-f]{16}$/);
  });
});

describe.skipIf(embedded)('on PostgreSQL', () => {
  let orm: Database;
  beforeAll(async () => {
    orm = await openDatabase({ kind: 'postgres', url, poolSize: 1, preparedStatements: true });
  });
  afterAll(async () => {
    await orm.close(true);
  });

  it('prepares the statement on the connection once, and binds values rather than writing them in', async () => {
    const names = async () => (await queryPrepared<{ name: string }>(orm.em.fork(), PREPARED, [])).map((row) => row.name);
    expect(await names()).toContain(statementOf(PREPARED).name);
    // Run again on the same connection: pg knows it is prepared and does not prepare it twice.
    expect(await names()).toContain(statementOf(PREPARED).name);

    const awkward = `O'Brien said "?" -- and left; drop table firm`;
    const [row] = await queryPrepared<{ value: string; n: number }>(orm.em.fork(), 'select ?::text as value, ?::int + 1 as n', [awkward, 41]);
    expect(row).toEqual({ value: awkward, n: 42 });
    expect(await names()).toContain(statementOf('select ?::text as value, ?::int + 1 as n').name);
  });

  it("reads inside a transaction on the transaction's own connection, so it sees what the transaction wrote", async () => {
    const slug = `prepared-${Date.now()}`;
    const read = 'select name from firm where slug = ?';
    await expect(
      orm.em.fork().transactional(async (tx) => {
        await tx.execute(`insert into firm (id, created_at, updated_at, name, slug, accent_color) values (gen_random_uuid(), now(), now(), 'Seen Inside', ?, '#1f5fbf')`, [slug]);
        expect(await queryPrepared(tx, read, [slug])).toEqual([{ name: 'Seen Inside' }]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await queryPrepared(orm.em.fork(), read, [slug])).toEqual([]);
  });

  it('runs unnamed when the session already holds a statement of that name, as behind a pooler sharing sessions', async () => {
    const sql = 'select 40 + 2 as answer';
    const { name, text } = statementOf(sql);
    // Prepared on the pool's one session by SQL, so pg's own record of what it prepared lacks it.
    await orm.em.fork().execute(`prepare ${name} as ${text}`);
    expect(await queryPrepared(orm.em.fork(), sql, [])).toEqual([{ answer: 42 }]);
    expect(await queryPrepared(orm.em.fork(), sql, [])).toEqual([{ answer: 42 }]);
  });

  it('runs everything unnamed with DATABASE_PREPARED_STATEMENTS=false', async () => {
    const plain = await openDatabase({ kind: 'postgres', url, poolSize: 1, preparedStatements: false });
    try {
      const names = (await queryPrepared<{ name: string }>(plain.em.fork(), PREPARED, [])).map((row) => row.name);
      expect(names).not.toContain(statementOf(PREPARED).name);
      expect(names).toEqual([]);
    } finally {
      await plain.close(true);
    }
  });
});

describe('on the embedded database', () => {
  it('runs the same statement with its values bound', async () => {
    const orm = await openDatabase({ kind: 'embedded', dataDir: 'memory://' });
    try {
      const [row] = await queryPrepared<{ value: string; n: number }>(orm.em.fork(), 'select ?::text as value, ?::int + 1 as n', [`it's ?`, 1]);
      expect(row).toEqual({ value: `it's ?`, n: 2 });
    } finally {
      await orm.close(true);
    }
  }, 60_000);
});
