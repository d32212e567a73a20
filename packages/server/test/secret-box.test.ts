// Sealed links (the outbox keeps an invitation's link sealed until it is sent).
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SecretBox } from '../src/crypto/secret-box.js';

const LINK = 'https://portal.atrium.test/p/firm/accept#' + randomBytes(32).toString('base64url');

describe('the secret box', () => {
  it('opens what it sealed, and each sealing of one value differs', () => {
    const box = new SecretBox('a key for sealing links');
    const [one, two] = [box.seal(LINK), box.seal(LINK)];
    expect(one).not.toBe(two);
    expect(one).not.toContain(LINK.split('#')[1]);
    expect(box.open(one)).toBe(LINK);
    expect(box.open(two)).toBe(LINK);
  });

  it('never uses one nonce twice, across refills of its random buffer', () => {
    const box = new SecretBox('a key for sealing links');
    const nonces = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const sealed = box.seal(LINK);
      nonces.add(sealed.split('.')[1]!);
      expect(box.open(sealed)).toBe(LINK);
    }
    expect(nonces.size).toBe(1000);
    expect([...nonces].every((nonce) => Buffer.from(nonce, 'base64url').length === 12)).toBe(true);
  });

  it('refuses a value sealed under another key, or altered', () => {
    const sealed = new SecretBox('a key for sealing links').seal(LINK);
    expect(() => new SecretBox('another key').open(sealed)).toThrow();
    const [version, iv, body, tag] = sealed.split('.');
    const flipped = Buffer.from(body!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(() => new SecretBox('a key for sealing links').open([version, iv, flipped.toString('base64url'), tag].join('.'))).toThrow();
    expect(() => new SecretBox('a key for sealing links').open('not sealed')).toThrow(/not a sealed value/);
  });

  it('opens values sealed before, with the key as raw bytes (format v1)', () => {
    const key = createHash('sha256').update('atrium secret box\u0000a key for sealing links').digest();
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const body = Buffer.concat([cipher.update(LINK, 'utf8'), cipher.final()]);
    const sealed = ['v1', iv.toString('base64url'), body.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
    expect(new SecretBox('a key for sealing links').open(sealed)).toBe(LINK);
  });
});
