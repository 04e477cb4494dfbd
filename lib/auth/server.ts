import "server-only";
import { nextCookies } from "better-auth/next-js";
import { prisma } from "../db/client";
import { readEnv } from "../env";
import { sessionSecret } from "../profile/secret";
import { createAuth, type Auth } from "./create-auth";
import { siteOf } from "./site-url";

const globalForAuth = globalThis as unknown as { auth?: Auth };

function create(): Auth {
  return createAuth({
    db: prisma,
    secret: sessionSecret(),
    ...siteOf(readEnv()),
    // Lets auth.api calls inside server actions set and clear the session cookie (must be the last plugin).
    plugins: [nextCookies()],
  });
}

/** The app's better-auth instance: one per process. */
export const auth = globalForAuth.auth ?? create();
if (readEnv().NODE_ENV !== "production") globalForAuth.auth = auth;
