// The list of migrations, oldest first. `pnpm migration:create` writes a new file here and rewrites this list.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122011740 } from './Migration20261122011740.js';
import { Migration20261122014807 } from './Migration20261122014807.js';
import { Migration20261203074546 } from './Migration20261203074546.js';
import { Migration20261203075645 } from './Migration20261203075645.js';
import { Migration20261203075740 } from './Migration20261203075740.js';
import { Migration20261203075758 } from './Migration20261203075758.js';
import { Migration20261203075908 } from './Migration20261203075908.js';
import { Migration20261203080120 } from './Migration20261203080120.js';
import { Migration20261204195848 } from './Migration20261204195848.js';
import { Migration20261204201033 } from './Migration20261204201033.js';
import { Migration20261204213242 } from './Migration20261204213242.js';

export const migrations: MigrationObject[] = [
  { name: 'Migration20261122011740', class: Migration20261122011740 },
  { name: 'Migration20261122014807', class: Migration20261122014807 },
  { name: 'Migration20261203074546', class: Migration20261203074546 },
  { name: 'Migration20261203075645', class: Migration20261203075645 },
  { name: 'Migration20261203075740', class: Migration20261203075740 },
  { name: 'Migration20261203075758', class: Migration20261203075758 },
  { name: 'Migration20261203075908', class: Migration20261203075908 },
  { name: 'Migration20261203080120', class: Migration20261203080120 },
  { name: 'Migration20261204195848', class: Migration20261204195848 },
  { name: 'Migration20261204201033', class: Migration20261204201033 },
  { name: 'Migration20261204213242', class: Migration20261204213242 },
];
