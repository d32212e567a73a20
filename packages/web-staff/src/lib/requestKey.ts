/**
 * A random key naming one request, so the server can tell a repeat from a new one.
 * crypto.randomUUID exists only in secure contexts (https, localhost); elsewhere the key is
 * made from getRandomValues, which every browser has.
 */
export function newRequestKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
