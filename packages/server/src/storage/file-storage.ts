import type { Readable } from 'node:stream';

/**
 * Where uploaded files live. Keys are chosen by Atrium (never from a file name) and files are
 * written once: a new version of a document is a new key. Every server of a deployment must
 * see the same files, so a deployment with several servers uses object storage.
 */
export interface FileStorage {
  readonly kind: 'local' | 's3';
  /**
   * Stores the stream under the key. When the stream fails (too large, the client went away),
   * the promise rejects and nothing is left under the key.
   */
  put(key: string, body: Readable, contentType: string): Promise<void>;
  /** Opens a stored file for reading, as a stream; rejects with FileNotStoredError when absent. */
  open(key: string): Promise<Readable>;
  /** Removes a stored file; removing one that is not there is not an error. */
  remove(key: string): Promise<void>;
}

export class FileNotStoredError extends Error {
  constructor(readonly key: string) {
    super(`no stored file under ${key}`);
    this.name = 'FileNotStoredError';
  }
}
