import { join } from 'node:path';
import type { AppConfig } from '../config.js';
import type { FileStorage } from './file-storage.js';
import { LocalDiskStorage } from './local-disk-storage.js';
import { S3Storage } from './s3-storage.js';

/** The file storage the configuration asks for: an S3 bucket when S3_BUCKET is set, else local disk under DATA_DIR/files. */
export function createFileStorage(config: AppConfig): FileStorage {
  if (config.s3) return new S3Storage(config.s3);
  return new LocalDiskStorage(join(config.dataDir, 'files'));
}
