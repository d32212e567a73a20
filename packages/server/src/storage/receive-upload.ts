import { createHash, randomUUID } from 'node:crypto';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import type { FileStorage } from './file-storage.js';

/** The firm's rules for uploads (from the portal settings). */
export interface UploadRules {
  maxBytes: number;
  /** Lower-case extensions without the dot. */
  allowedTypes: readonly string[];
}

export interface StoredUpload {
  key: string;
  fileName: string;
  contentType: string;
  size: number;
  /** Hex SHA-256 of the content, to recognise a file uploaded twice. */
  sha256: string;
}

export type UploadProblem = 'NO_NAME' | 'TYPE_NOT_ALLOWED' | 'TOO_LARGE' | 'EMPTY';

/** An upload refused before or while it was stored; nothing is left in storage. */
export class UploadRefusedError extends Error {
  constructor(
    readonly problem: UploadProblem,
    message: string,
  ) {
    super(message);
    this.name = 'UploadRefusedError';
  }
}

/** A file name fit to keep and to send back in Content-Disposition: no path, no control characters. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 200);
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** Counts and hashes what passes through, and fails the stream as soon as it is too large. */
class Meter extends Transform {
  size = 0;
  private readonly hash = createHash('sha256');

  constructor(private readonly maxBytes: number, private readonly fileName: string) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) {
      done(new UploadRefusedError('TOO_LARGE', `${this.fileName} is larger than ${megabytes(this.maxBytes)}, the most this firm accepts.`));
      return;
    }
    this.hash.update(chunk);
    done(null, chunk);
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

/**
 * Streams an upload into storage under a new key, checking its name and type first and its size
 * as it arrives; never holds the whole file in memory. On any refusal or failure nothing is
 * left stored. `keyPrefix` groups a firm's files (e.g. `firms/<id>/documents`).
 */
export async function receiveUpload(
  storage: FileStorage,
  body: Readable,
  file: { fileName: string; contentType: string | null; declaredSize?: number | null },
  rules: UploadRules,
  keyPrefix: string,
): Promise<StoredUpload> {
  const fileName = cleanFileName(file.fileName);
  if (!fileName) throw new UploadRefusedError('NO_NAME', 'The file has no name.');
  const extension = extensionOf(fileName);
  if (!rules.allowedTypes.includes(extension)) {
    const allowed = rules.allowedTypes.map((type) => `.${type}`).join(', ');
    throw new UploadRefusedError('TYPE_NOT_ALLOWED', `${fileName}: files of this type${extension ? ` (.${extension})` : ''} cannot be uploaded. Allowed: ${allowed}.`);
  }
  if (file.declaredSize != null && file.declaredSize > rules.maxBytes) {
    throw new UploadRefusedError('TOO_LARGE', `${fileName} is larger than ${megabytes(rules.maxBytes)}, the most this firm accepts.`);
  }
  const contentType = file.contentType && /^[\w.+-]+\/[\w.+-]+$/.test(file.contentType) ? file.contentType : 'application/octet-stream';
  const key = `${keyPrefix}/${randomUUID()}`;
  const meter = new Meter(rules.maxBytes, fileName);
  body.on('error', (error) => meter.destroy(error));
  try {
    await storage.put(key, body.pipe(meter), contentType);
  } catch (error) {
    await storage.remove(key).catch(() => undefined);
    throw error;
  }
  if (meter.size === 0) {
    await storage.remove(key).catch(() => undefined);
    throw new UploadRefusedError('EMPTY', `${fileName} is empty.`);
  }
  return { key, fileName, contentType, size: meter.size, sha256: meter.digest() };
}
