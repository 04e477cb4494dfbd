import "server-only";
import { nextCookies } from "better-auth/next-js";
import { recordAuditEvent } from "../audit/record-audit-event";
import { prisma } from "../db/client";
import { mailConfigOf, readEnv } from "../env";
import { createMailer, type Mailer } from "../mail/mailer";
import { sessionSecret } from "../profile/secret";
import { accountMail } from "./account-mail";
import { createAuth, type Auth } from "./create-auth";
import { siteOf } from "./site-url";

const globalForAuth = globalThis as unknown as { auth?: Auth; mailer?: Mailer };

/** How the app's mail leaves: SMTP_URL's server, or the local outbox (see lib/mail/mailer.ts). One per process. */
export const mailer = globalForAuth.mailer ?? createMailer(mailConfigOf(readEnv()));

function create(): Auth {
  const env = readEnv();
  const site = siteOf(env);
  return createAuth({
    db: prisma,
    secret: sessionSecret(),
    ...site,
    mail: accountMail(mailer, { baseURL: site.baseURL, resetLinkMinutes: env.PASSWORD_RESET_MINUTES }),
    resetLinkExpiresInSec: env.PASSWORD_RESET_MINUTES * 60,
    // Recorded for the admins' audit log: who reset by link (the account's id only, never the token).
    onPasswordReset: (user) =>
      recordAuditEvent(prisma, new Date(), {
        kind: "password_reset",
        actorId: null,
        targetId: user.id,
        details: { via: "email-link" },
      }),
    // Lets auth.api calls inside server actions set and clear the session cookie (must be the last plugin).
    plugins: [nextCookies()],
  });
}

/** The app's better-auth instance: one per process. */
export const auth = globalForAuth.auth ?? create();
if (readEnv().NODE_ENV !== "production") {
  globalForAuth.auth = auth;
  globalForAuth.mailer = mailer;
}
