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
  /** Account mail. Without it (scripts, tests of other flows) better-auth refuses reset and email-change requests. */
  mail?: AccountMail;
  /** How long a reset link works (PASSWORD_RESET_MINUTES); better-auth's default is an hour. */
  resetLinkExpiresInSec?: number;
  /**
   * audit: password reset. Called once a password was reset through an emailed link, after the new password is
   * saved and every session of the account ended. The audit log is wired here; it must not record the token.
   */
  onPasswordReset?: (user: { id: string; email: string }) => Promise<void>;
};

/** Sends the links of better-auth's own flows; only the token is ours to place in a page of this site. */
export type AccountMail = {
  /** "Forgot password?": a single-use link to /reset-password carrying `token`. */
  sendResetLink(to: { name: string; email: string }, token: string): Promise<void>;
  /** A new address to confirm: the link to /confirm-email carrying `token` goes to the NEW address. */
  sendEmailChangeLink(to: { name: string; email: string }, token: string): Promise<void>;
};

const DAY = 60 * 60 * 24;

/**
 * better-auth on our Prisma database: email and password (scrypt hashes), sessions stored in the `session` table
 * behind an httpOnly, SameSite=Lax cookie. Only server code calls it (auth.api.*): there is no client library
 * and no /api/auth route, so the only ways in are our own actions, with their zod checks and rate limits.
 */
export function createAuth({
  db,
  secret,
  baseURL,
  secureCookies,
  plugins = [],
  mail,
  resetLinkExpiresInSec = 60 * 60,
  onPasswordReset,
}: AuthOptions) {
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
      // better-auth's reset flow: a random token in the `verification` table, deleted when used, expiring.
      sendResetPassword: mail && (({ user, token }) => mail.sendResetLink(user, token)),
      resetPasswordTokenExpiresIn: resetLinkExpiresInSec,
      // Whoever had the password (the reason for a reset, often) is signed out everywhere.
      revokeSessionsOnPasswordReset: true,
      onPasswordReset: async ({ user }) => onPasswordReset?.({ id: user.id, email: user.email }),
    },
    // Only the email-change flow sends this (no verification on sign-up or sign-in): `user.email` is the new address.
    emailVerification: {
      sendVerificationEmail: mail && (({ user, token }) => mail.sendEmailChangeLink(user, token)),
      expiresIn: DAY,
    },
    session: { expiresIn: 30 * DAY, updateAge: DAY },
    user: {
      // Confirmed by a link sent to the new address; the address changes only when it is followed.
      changeEmail: { enabled: true },
      additionalFields: {
        // Never settable through sign-up: roles are granted by an admin or `npm run user:role`.
        role: { type: "string", required: false, defaultValue: "candidate", input: false },
      },
    },
    // Our own rate limits (lib/auth/rate-limit.ts) guard sign-in per account and per IP, in the database.
    rateLimit: { enabled: false },
    advanced: {
      // Mail is sent after the answer: "check your inbox" takes as long for an unknown address as for a real one.
      backgroundTasks: { handler: (sending) => void sending },
      useSecureCookies: secureCookies,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure: secureCookies },
    },
    plugins,
  });
}

export type Auth = ReturnType<typeof createAuth>;
