// "On this day, …" or "On this day in 1901, …" opening a stem (the year may be the blank).
const THIS_DAY = /^On this day(?: in (\d{3,4}|_{3,}))?, (?=\S)/;

/**
 * An "on this day" page opens its summary "On this day, the council signed …": the day is the page's date line, which a
 * stem cut from the page does not show, so every stem of that sentence dangled on "this day" and the title event got no
 * question. The phrase only places the event on the page's date: the claim is as true without it, so the stem goes
 * without it ("The council signed …"), keeping a year it gives ("In 1901, the council signed …"). Null when the stem does
 * not open so.
 */
export function withoutThisDay(stem: string): string | null {
  const m = THIS_DAY.exec(stem);
  if (!m) return null;
  const rest = stem.slice(m[0].length);
  return m[1] ? `In ${m[1]}, ${rest}` : rest.replace(/^[a-z]/, (c) => c.toUpperCase());
}
