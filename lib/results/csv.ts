import { stringify } from "csv-stringify/sync";

/**
 * A CSV file for spreadsheet programs: UTF-8 with a byte-order mark (so Excel
 * reads accents right), CRLF lines, and every cell that starts with = + - @,
 * a tab or a carriage return prefixed with an apostrophe, so a student named
 * "=SUM(A1)" stays a name instead of becoming a formula (formula injection).
 */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  return stringify([header, ...rows.map((r) => r.map((cell) => (cell === null ? "" : cell)))], {
    bom: true,
    escape_formulas: true,
    record_delimiter: "windows",
  });
}

/** The response for a CSV download; the name is ASCII-safe with a UTF-8 variant. */
export function csvResponse(filename: string, body: string): Response {
  const ascii = filename.replace(/[^A-Za-z0-9._-]+/g, "-");
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
