/** A row as a raw statement returns it, by column name. */
export type Row = Record<string, unknown>;

/**
 * Splits a raw row into an entity's own columns, under their names (ready for `em.map`), and the
 * extra values the statement read beside them, named with a leading `__` (returned without it).
 */
export function splitRow(row: Row): { own: Row; extra: Row } {
  const own: Row = {};
  const extra: Row = {};
  for (const [key, value] of Object.entries(row)) {
    if (key.startsWith('__')) extra[key.slice(2)] = value;
    else own[key] = value;
  }
  return { own, extra };
}

/** A timestamp column's value as a Date, whether the driver gave a Date or a string. */
export function asDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}
