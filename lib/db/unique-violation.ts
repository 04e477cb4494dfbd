/**
 * Whether Prisma refused a write for a unique constraint (P2002). Checked by shape, not `instanceof`: the
 * PostgreSQL client is generated separately (lib/db/connect.ts) and throws its own runtime's error class.
 */
export function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { name?: unknown }).name === "PrismaClientKnownRequestError" &&
    (error as { code?: unknown }).code === "P2002"
  );
}
