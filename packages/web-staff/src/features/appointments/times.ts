import { formatDateTime } from '../../lib/format';

const timeFormat = new Intl.DateTimeFormat('en', { timeStyle: 'short' });

/** The value a datetime-local input shows for an instant, in the browser's time zone. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The instant a datetime-local input names (browser's time zone), or null when it is empty or unreadable. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** "3 Dec 2026, 10:00 – 11:00" (the end's date only when it differs). */
export function formatSpan(startsAt: string | null | undefined, endsAt: string | null | undefined): string {
  if (!startsAt) return '';
  if (!endsAt) return formatDateTime(startsAt);
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const sameDay = start.toDateString() === end.toDateString();
  return `${formatDateTime(startsAt)} – ${sameDay ? timeFormat.format(end) : formatDateTime(endsAt)}`;
}
