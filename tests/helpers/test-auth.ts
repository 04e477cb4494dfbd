import type { PrismaClient } from "@prisma/client";
import { createAuth, type Auth } from "@/lib/auth/create-auth";

/** better-auth on a test database, as a local http server would configure it. */
export function createTestAuth(db: PrismaClient): Auth {
  return createAuth({
    db,
    secret: "integration-test-secret-0123456789abcdef",
    baseURL: "http://localhost:3000",
    secureCookies: false,
  });
}
