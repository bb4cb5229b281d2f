// Calendar days (UTC) of the dates a person writes in a file: an exemption's or an approval's `expires`.

/** Days since 1970-01-01 of a YYYY-MM-DD date, or why it is none. */
export function calendarDay(text: string): number | 'not-a-date' | 'impossible' {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return 'not-a-date';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return 'impossible';
  return time / 86_400_000;
}

/** The day (since 1970-01-01, UTC) of an instant. */
export function utcDay(now: Date): number {
  return Math.floor(now.getTime() / 86_400_000);
}

/** A day (since 1970-01-01) as YYYY-MM-DD. */
export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
