import { z } from "zod";
import { RESULT_FILTERS, RESULT_SORTS } from "./summarize-results";

/** The results page's sort and filter, from the address bar; anything unknown falls back to the default. */
export const ResultsQuerySchema = z.object({
  sort: z.enum(RESULT_SORTS).catch("name"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  show: z.enum(RESULT_FILTERS).catch("all"),
  /** The assignment (class) shown; absent = the first. */
  class: z.string().max(64).optional().catch(undefined),
});
export type ResultsQuery = z.infer<typeof ResultsQuerySchema>;

export function parseResultsQuery(raw: Record<string, string | string[] | undefined>): ResultsQuery {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return ResultsQuerySchema.parse({ sort: first(raw.sort), dir: first(raw.dir), show: first(raw.show), class: first(raw.class) });
}
