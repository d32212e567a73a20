import { z } from 'zod';

const uuid = z.uuid();

/** IDs are UUIDs; anything else names nothing and must never reach a uuid column. */
export function isUuid(value: string): boolean {
  return uuid.safeParse(value).success;
}

/** A LIKE pattern matching the text anywhere, with %, _ and \\ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
