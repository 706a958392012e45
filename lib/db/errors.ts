/** A unique constraint refused the write (Prisma's P2002), whichever provider is in use. */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === "P2002";
}
