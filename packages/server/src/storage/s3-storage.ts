import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { S3Config } from '../config.js';
import { FileNotStoredError, type FileStorage } from './file-storage.js';

/** Parts of a multipart upload: the smallest S3 accepts, so that an upload holds little in memory. */
const PART_BYTES = 5 * 1024 * 1024;

/**
 * Files in an S3-compatible bucket (AWS S3, MinIO, R2…): what a deployment with several servers
 * needs, since every server sees the same files. Uploads stream in parts; at most two parts are
 * held in memory at once.
 */
export class S3Storage implements FileStorage {
  readonly kind = 's3' as const;
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(config: S3Config) {
    this.bucket = config.bucket;
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint ?? undefined,
      forcePathStyle: config.forcePathStyle,
      credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
    });
  }

  async put(key: string, body: Readable, contentType: string): Promise<void> {
    // The stream's own failure (too large, the client went away) is what the caller must see,
    // not the upload's report of it.
    let streamError: unknown = null;
    body.once('error', (error) => {
      streamError = error;
    });
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: key, Body: body, ContentType: contentType },
      partSize: PART_BYTES,
      queueSize: 2,
      // A failed multipart upload is aborted, so no parts linger in the bucket.
      leavePartsOnError: false,
    });
    try {
      await upload.done();
    } catch (error) {
      await this.remove(key).catch(() => undefined);
      throw streamError ?? error;
    }
    if (streamError) {
      await this.remove(key).catch(() => undefined);
      throw streamError;
    }
  }

  async open(key: string): Promise<Readable> {
    try {
      const response = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!(response.Body instanceof Readable)) throw new Error(`S3 gave no stream for ${key}`);
      return response.Body;
    } catch (error) {
      if (error instanceof NoSuchKey || (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404)) throw new FileNotStoredError(key);
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  /** Closes the client's connections. */
  close(): void {
    this.client.destroy();
  }
}
