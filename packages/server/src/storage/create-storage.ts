import { join } from 'node:path';
import type { AppConfig } from '../config.js';
import type { FileStorage } from './file-storage.js';
import { LocalDiskStorage } from './local-disk-storage.js';

/** The file storage the configuration asks for: local disk under DATA_DIR/files by default. */
export function createFileStorage(config: AppConfig): FileStorage {
  return new LocalDiskStorage(join(config.dataDir, 'files'));
}
