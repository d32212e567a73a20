/**
 * A day (YYYY-MM-DD) as the reader's locale writes it, the same in every time zone: "long" spells
 * the month out, "medium" abbreviates it (for tables).
 */
export function formatDay(day: string, style: 'long' | 'medium' = 'long'): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : new Intl.DateTimeFormat(undefined, { dateStyle: style, timeZone: 'UTC' }).format(date);
}

/** A file's size in B, KB or MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
