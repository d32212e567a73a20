/** An instant in the reader's own time zone. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** "3 December 2026, 10:00 – 11:00" (the end's date only when it differs). */
export function formatSpan(startsAt: string, endsAt: string | null): string {
  if (!endsAt) return formatDateTime(startsAt);
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const sameDay = start.toDateString() === end.toDateString();
  const endText = sameDay ? new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(end) : formatDateTime(endsAt);
  return `${formatDateTime(startsAt)} – ${endText}`;
}
