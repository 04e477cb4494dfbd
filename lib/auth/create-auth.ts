import { prismaAdapter } from "better-auth/adapters/prisma";
import { betterAuth } from "better-auth/minimal";
import type { BetterAuthPlugin } from "better-auth";
import type { PrismaClient } from "@prisma/client";
import { providerOf } from "../db/provider";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-policy";

export type AuthOptions = {
  db: PrismaClient;
  secret: string;
  /** The site's own origin, e.g. http://localhost:3000: better-auth rejects requests from any other. */
  baseURL: string;
  /** Secure cookies: in production, and whenever the site is served over HTTPS. */
  secureCookies: boolean;
  plugins?: BetterAuthPlugin[];
};

const DAY = 60 * 60 * 24;

/**
 * better-auth on our Prisma database: email and password (scrypt hashes), sessions stored in the `session` table
 * behind an httpOnly, SameSite=Lax cookie. Only server code calls it (auth.api.*): there is no client library
 * and no /api/auth route, so the only ways in are our own actions, with their zod checks and rate limits.
 */
export function createAuth({ db, secret, baseURL, secureCookies, plugins = [] }: AuthOptions) {
  return betterAuth({
    appName: "Goldmine",
    secret,
    baseURL,
    database: prismaAdapter(db, { provider: providerOf(db) }),
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      autoSignIn: true,
    },
    session: { expiresIn: 30 * DAY, updateAge: DAY },
    user: {
      additionalFields: {
        // Never settable through sign-up: roles are granted by an admin or `npm run user:role`.
        role: { type: "string", required: false, defaultValue: "candidate", input: false },
      },
    },
    // Our own rate limits (lib/auth/rate-limit.ts) guard sign-in per account and per IP, in the database.
    rateLimit: { enabled: false },
    advanced: {
      useSecureCookies: secureCookies,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure: secureCookies },
    },
    plugins,
  });
}

export type Auth = ReturnType<typeof createAuth>;
