// Migration tooling, run against a scratch in-memory database so that it never touches real data.
//   create  applies the committed migrations, then writes a new one for whatever the entities add
//   check   applies the committed migrations and fails when the entities want more (a missing migration)
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate, openDatabase } from '../db/orm.js';

const here = dirname(fileURLToPath(import.meta.url));
// Compiled to dist/scripts; the sources live in src/db/migrations.
const sourceDir = resolve(here, '..', '..', 'src', 'db', 'migrations');

function rewriteIndex(): void {
  const names = readdirSync(sourceDir)
    .filter((file) => /^Migration\d+.*\.ts$/.test(file))
    .map((file) => file.replace(/\.ts$/, ''))
    .sort();
  const lines = [
    '// The list of migrations, oldest first. `pnpm migration:create` writes a new file here and rewrites this list.',
    "import type { MigrationObject } from '@mikro-orm/core';",
    ...names.map((name) => `import { ${name} } from './${name}.js';`),
    '',
    'export const migrations: MigrationObject[] = [',
    ...names.map((name) => `  { name: '${name}', class: ${name} },`),
    '];',
    '',
  ];
  writeFileSync(join(sourceDir, 'index.ts'), lines.join('\n'));
}

async function main(command: string | undefined): Promise<number> {
  const orm = await openDatabase({ kind: 'embedded', dataDir: 'memory://' });
  try {
    await migrate(orm);
    const pending = await orm.schema.getUpdateSchemaSQL({ wrap: false });
    if (command === 'check') {
      if (pending.trim() === '') {
        console.log('migrations: the committed migrations match the entities.');
        return 0;
      }
      console.error('migrations: the entities differ from the committed migrations. Run `pnpm migration:create`. Missing SQL:');
      console.error(pending);
      return 1;
    }
    if (command === 'create') {
      if (pending.trim() === '') {
        console.log('migrations: nothing to create; the entities match the migrations.');
        return 0;
      }
      const result = await orm.migrator.create(sourceDir);
      rewriteIndex();
      console.log(`migrations: wrote ${result.fileName}`);
      return 0;
    }
    console.error('usage: migrations create | check');
    return 2;
  } finally {
    await orm.close(true);
  }
}

process.exitCode = await main(process.argv[2]);
