const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

/** A date and time as a teacher reads it: "28 Nov 2026, 14:05". */
export function formatDateTime(date: Date): string {
  return dateTime.format(date);
}

const dateOnly = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" });

/** A date as a teacher reads it: "28 Nov 2026". */
export function formatDate(date: Date): string {
  return dateOnly.format(date);
}
