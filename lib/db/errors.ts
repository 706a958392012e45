/** A unique constraint refused the write (Prisma's P2002), whichever provider is in use. */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === "P2002";
}

/** A foreign key refused the write or delete (Prisma's P2003): something still points at the row. */
export function isForeignKeyViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === "P2003";
}
