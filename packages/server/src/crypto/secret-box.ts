import { createCipheriv, createDecipheriv, createHash, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../config.js';

/**
 * Seals short secrets (an invitation link waiting in the outbox) with AES-256-GCM under the
 * deployment's key, so a copy of the database alone does not reveal them.
 */
export class SecretBox {
  // A key object, made once: given raw bytes, every cipher would import the key anew, which costs
  // more than the encryption of a link itself.
  private readonly key: KeyObject;
  // Nonces are slices of one larger random buffer, each used once: a bulk invitation seals
  // thousands of links, and a call to the random source per 12 bytes costs more than the sealing.
  private nonces = Buffer.alloc(0);
  private nextNonce = 0;

  constructor(secretKey: string) {
    this.key = createSecretKey(createHash('sha256').update(`atrium secret box\u0000${secretKey}`).digest());
  }

  seal(plain: string): string {
    const iv = this.nonce();
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64url'), body.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
  }

  /** A fresh random 96-bit nonce; never the same slice twice. */
  private nonce(): Buffer {
    if (this.nextNonce + NONCE_BYTES > this.nonces.length) {
      this.nonces = randomBytes(NONCE_BYTES * NONCES_PER_FILL);
      this.nextNonce = 0;
    }
    const nonce = this.nonces.subarray(this.nextNonce, this.nextNonce + NONCE_BYTES);
    this.nextNonce += NONCE_BYTES;
    return nonce;
  }

  open(sealed: string): string {
    const [version, iv, body, tag] = sealed.split('.');
    if (version !== 'v1' || !iv || !body || !tag) throw new Error('not a sealed value');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }
}

const NONCE_BYTES = 12;
const NONCES_PER_FILL = 256;

/** The configured key; on the embedded database, one made on first start and kept beside the data. */
export function resolveSecretKey(config: AppConfig): string {
  if (config.secretKey) return config.secretKey;
  const file = join(config.dataDir, 'secret-key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(config.dataDir, { recursive: true });
  const key = randomBytes(32).toString('hex');
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}
