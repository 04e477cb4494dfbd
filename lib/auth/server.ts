import "server-only";
import { nextCookies } from "better-auth/next-js";
import { prisma } from "../db/client";
import { isProduction, readEnv } from "../env";
import { sessionSecret } from "../profile/secret";
import { createAuth, type Auth } from "./create-auth";

const globalForAuth = globalThis as unknown as { auth?: Auth };

function create(): Auth {
  const env = readEnv();
  const baseURL = env.SITE_URL ?? `http://localhost:${env.PORT}`;
  return createAuth({
    db: prisma,
    secret: sessionSecret(),
    baseURL,
    // A deployment serves over HTTPS (readEnv insists on SITE_URL there); local http://localhost use cannot.
    secureCookies: isProduction(env) && baseURL.startsWith("https:"),
    // Lets auth.api calls inside server actions set and clear the session cookie (must be the last plugin).
    plugins: [nextCookies()],
  });
}

/** The app's better-auth instance: one per process. */
export const auth = globalForAuth.auth ?? create();
if (readEnv().NODE_ENV !== "production") globalForAuth.auth = auth;
