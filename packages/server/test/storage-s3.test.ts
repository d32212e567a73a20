// S3-compatible storage against a real S3-compatible server (s3rver) on loopback: storing,
// reading and removing, a failed stream leaving nothing behind, and a document going up and
// down through the HTTP routes with the app keeping its files in the bucket.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { DocumentVersion } from '../src/modules/documents/document.entity.js';
import { createFileStorage } from '../src/storage/create-storage.js';
import { FileNotStoredError } from '../src/storage/file-storage.js';
import { UploadRefusedError, receiveUpload } from '../src/storage/receive-upload.js';
import { S3Storage } from '../src/storage/s3-storage.js';
import { addContact, addMatter, emailAt, portalFirm, registeredMember, startTestApp, type TestApp } from './harness.js';

const BUCKET = 'atrium-test';
const KEYS = { S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' };

let server: S3rver;
let directory: string;
let endpoint: string;
let storage: S3Storage;
let app: TestApp;

function s3Config() {
  const config = loadConfig({ S3_BUCKET: BUCKET, S3_ENDPOINT: endpoint, S3_FORCE_PATH_STYLE: 'true', ...KEYS });
  if (!config.s3) throw new Error('no S3 configuration');
  return config.s3;
}

/** Keys in the bucket under a prefix, read straight from the server. */
async function keysUnder(prefix: string): Promise<string[]> {
  const client = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
  try {
    const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix }));
    return (listed.Contents ?? []).flatMap((object) => (object.Key ? [object.Key] : []));
  } finally {
    client.destroy();
  }
}

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'atrium-s3-'));
  server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, allowMismatchedSignatures: true, vhostBuckets: false, configureBuckets: [{ name: BUCKET }] });
  const address = await server.run();
  endpoint = `http://127.0.0.1:${address.port}`;
  storage = new S3Storage(s3Config());
  app = await startTestApp({ storage: new S3Storage(s3Config()) });
});

afterAll(async () => {
  await app?.close();
  storage?.close();
  await server?.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('S3-compatible storage', () => {
  it('is what the configuration picks when S3_BUCKET is set', () => {
    const config = loadConfig({ S3_BUCKET: BUCKET, S3_ENDPOINT: endpoint, ...KEYS });
    expect(createFileStorage(config).kind).toBe('s3');
    expect(createFileStorage(loadConfig({})).kind).toBe('local');
  });

  it('stores, opens and removes a file; removing twice is fine; a missing file is reported', async () => {
    const key = `tests/${randomUUID()}`;
    await storage.put(key, Readable.from([Buffer.from('hello '), Buffer.from('bucket')]), 'text/plain');
    expect(await text(await storage.open(key))).toBe('hello bucket');
    await storage.remove(key);
    await storage.remove(key);
    await expect(storage.open(key)).rejects.toBeInstanceOf(FileNotStoredError);
  });

  it('streams a file larger than one part in parts', async () => {
    const key = `tests/${randomUUID()}`;
    const part = Buffer.alloc(1024 * 1024, 7);
    await storage.put(key, Readable.from(Array.from({ length: 6 }, () => part)), 'application/octet-stream');
    const stored = await storage.open(key);
    let size = 0;
    for await (const chunk of stored) size += Buffer.byteLength(chunk);
    expect(size).toBe(6 * 1024 * 1024);
    await storage.remove(key);
  });

  it('leaves nothing when the stream fails, small or past the first part', async () => {
    const prefix = `tests/${randomUUID()}`;
    const failing = (chunks: number) =>
      Readable.from(
        (async function* () {
          for (let i = 0; i < chunks; i += 1) yield Buffer.alloc(1024 * 1024, 1);
          throw new Error('the client went away');
        })(),
      );
    await expect(storage.put(`${prefix}/small`, failing(1), 'application/pdf')).rejects.toThrow('the client went away');
    await expect(storage.put(`${prefix}/large`, failing(7), 'application/pdf')).rejects.toThrow('the client went away');
    // Through the upload checker: too large is refused with its own error, and nothing is kept.
    const refused = receiveUpload(storage, Readable.from(Array.from({ length: 3 }, () => Buffer.alloc(1024 * 1024, 2))), { fileName: 'big.pdf', contentType: 'application/pdf' }, { maxBytes: 2 * 1024 * 1024, allowedTypes: ['pdf'] }, prefix);
    await expect(refused).rejects.toBeInstanceOf(UploadRefusedError);
    expect(await keysUnder(prefix)).toEqual([]);
  });

  it('takes an upload through the HTTP route and gives it back to staff and to the client', async () => {
    const pf = await portalFirm(app);
    const who = `s3-${randomUUID().slice(0, 6)}`;
    const contactId = await addContact(pf.adminApi, { firstName: 'Sam', lastName: who, emails: [{ address: emailAt(pf.firm, who) }] });
    const matter = await addMatter(pf.adminApi, { name: 'Bucket matter', responsibleStaffId: pf.admin.id, participants: [{ contactId, role: 'CLIENT' }] });
    const member = await registeredMember(app, pf, { who, contactId, matterIds: [matter.id] });

    const content = 'kept in the bucket';
    const response = await fetch(`${app.url}/files/matters/${matter.id}/documents?share=true`, {
      method: 'POST',
      headers: { cookie: `atrium_staff=${pf.adminApi.cookie('atrium_staff') ?? ''}`, 'x-atrium-upload': '1', 'x-file-name': 'Letter.pdf', 'content-type': 'application/pdf' },
      body: content,
    });
    expect(response.status).toBe(201);
    const { document } = (await response.json()) as { document: { id: string } };
    const version = await app.orm.em.fork().findOneOrFail(DocumentVersion, { document: document.id });
    expect(await keysUnder(`firms/${pf.firm.id}/`)).toEqual([version.storageKey]);

    const staffDownload = await fetch(`${app.url}/files/documents/${document.id}`, { headers: { cookie: `atrium_staff=${pf.adminApi.cookie('atrium_staff') ?? ''}` } });
    expect(staffDownload.status).toBe(200);
    expect(await staffDownload.text()).toBe(content);
    const clientDownload = await fetch(`${app.url}/p/${pf.firm.slug}/files/documents/${document.id}`, { headers: { cookie: `atrium_client=${member.client.cookie('atrium_client') ?? ''}` } });
    expect(clientDownload.status).toBe(200);
    expect(clientDownload.headers.get('content-length')).toBe(String(content.length));
    expect(await clientDownload.text()).toBe(content);
  });
});
