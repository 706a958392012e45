import Link from "next/link";

/** A column header that sorts the table by following a link (works without script). */
export function SortHeader({
  label,
  column,
  current,
  dir,
  hrefFor,
  align = "left",
}: {
  label: string;
  column: string;
  current: string;
  dir: "asc" | "desc";
  hrefFor: (column: string, dir: "asc" | "desc") => string;
  align?: "left" | "right";
}) {
  const active = current === column;
  const next = active && dir === "asc" ? "desc" : "asc";
  return (
    <th scope="col" aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : "none"} className={`py-2 pr-4 ${align === "right" ? "text-right" : ""}`}>
      <Link href={hrefFor(column, next)} className="underline-offset-4 hover:underline">
        {label}
        <span aria-hidden="true">{active ? (dir === "asc" ? " ▲" : " ▼") : ""}</span>
        <span className="sr-only">{active ? `, sorted ${dir === "asc" ? "ascending" : "descending"}; sort ${next === "asc" ? "ascending" : "descending"}` : ", sort"}</span>
      </Link>
    </th>
  );
}
