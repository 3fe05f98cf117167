// Dates in the reader's own locale; an unknown or unreadable date shows as nothing.
export function formatDate(iso: string | null | undefined, withTime = false): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return withTime
    ? d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
    : d.toLocaleDateString(undefined, { dateStyle: 'medium' });
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}
