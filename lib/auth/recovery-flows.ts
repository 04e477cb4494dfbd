import "server-only";
import { isAPIError } from "better-auth/api";
import { recordAuditEvent } from "../audit/record-audit-event";
import { prisma } from "../db/client";
import { readEnv } from "../env";
import { ConflictError, InvalidInputError } from "../errors";
import { clientIp } from "./client-ip";
import { isWeakPassword } from "./password-policy";
import {
  accountChangeKey,
  consumeRateLimit,
  ipKey,
  perIpLimits,
  resetRequestKey,
  SIGN_IN_PER_ACCOUNT,
} from "./rate-limit";
import { authRequestHeaders } from "./request-headers";
import { liveResetLink } from "./reset-link";
import type { ChangeEmailInput, ChangePasswordInput, RequestPasswordResetInput, ResetPasswordInput } from "./schemas";
import { auth, mailer } from "./server";
import type { Viewer } from "./viewer";

/** Mail that would reach nobody (production without SMTP) must not pretend a link is on its way. */
function assertMailReachesPeople(): void {
  if (!mailer.canReachPeople) throw new ConflictError("mail-unavailable");
}

/** An APIError better-auth raises for a refused request (4xx); anything else stays a fault. */
const refused = (error: unknown) => isAPIError(error) && error.statusCode < 500;

/**
 * "Forgot password?": better-auth makes the single-use, expiring token and calls our mail sender, but only when an
 * account uses the address; either way the caller gets the same answer, and the mail leaves after it (create-auth's
 * background tasks). Limited per address asked for and per client address, like sign-in.
 */
export async function requestPasswordReset({ email }: RequestPasswordResetInput, now: Date): Promise<void> {
  assertMailReachesPeople();
  await consumeRateLimit(
    prisma,
    [
      [resetRequestKey(email), SIGN_IN_PER_ACCOUNT],
      [ipKey("password-reset", await clientIp()), perIpLimits(readEnv().AUTH_IP_LIMIT).signIn],
    ],
    now,
  );
  await auth.api.requestPasswordReset({ body: { email }, headers: await authRequestHeaders() });
}

/**
 * Sets a new password with an emailed link. The link is checked first, so a used or expired one says so before
 * the password is judged (against the account's own name and email, as at sign-up). better-auth deletes the token
 * and ends every session of the account; the person then signs in with the new password.
 */
export async function resetPasswordWithLink({ token, password }: ResetPasswordInput, now: Date): Promise<void> {
  const link = await liveResetLink(prisma, token, now);
  const user =
    link && (await prisma.user.findUnique({ where: { id: link.userId }, select: { name: true, email: true } }));
  if (!user) throw new ConflictError("reset-link-invalid");
  if (isWeakPassword(password, user)) throw new InvalidInputError("password", "passwordWeak");
  try {
    await auth.api.resetPassword({ body: { token, newPassword: password } });
  } catch (error) {
    // Used at the same moment in another tab: better-auth consumes a token once.
    if (refused(error)) throw new ConflictError("reset-link-invalid");
    throw error;
  }
}

/**
 * Changes the password of the signed-in account with its current one. Every other session ends (better-auth
 * revokes them and gives this browser a fresh session), so whoever else knew the old password is signed out.
 */
export async function changePassword(
  viewer: Viewer,
  { currentPassword, newPassword }: ChangePasswordInput,
  now: Date,
): Promise<void> {
  if (isWeakPassword(newPassword, viewer)) throw new InvalidInputError("newPassword", "passwordWeak");
  await consumeRateLimit(prisma, [[accountChangeKey(viewer.userId, "password"), SIGN_IN_PER_ACCOUNT]], now);
  try {
    await auth.api.changePassword({
      body: { currentPassword, newPassword, revokeOtherSessions: true },
      headers: await authRequestHeaders(),
    });
  } catch (error) {
    if (refused(error)) throw new InvalidInputError("currentPassword", "currentPasswordWrong");
    throw error;
  }
  await recordAuditEvent(prisma, now, {
    kind: "password_reset",
    actorId: viewer.userId,
    targetId: viewer.userId,
    details: { via: "change" },
  });
}

/**
 * Asks to move the account to another address: better-auth mails a confirmation link to the NEW address, and the
 * address changes only when it is followed (/confirm-email). An address another account uses gets the same answer
 * and no mail, so the form says nothing about which addresses are registered.
 */
export async function requestEmailChange(viewer: Viewer, { email }: ChangeEmailInput, now: Date): Promise<void> {
  assertMailReachesPeople();
  if (email === viewer.email.toLowerCase()) throw new InvalidInputError("email", "emailUnchanged");
  await consumeRateLimit(prisma, [[accountChangeKey(viewer.userId, "email"), SIGN_IN_PER_ACCOUNT]], now);
  await auth.api.changeEmail({ body: { newEmail: email }, headers: await authRequestHeaders() });
}

/** Follows the link sent to the new address: the account's email becomes it (once; a changed account refuses it). */
export async function confirmEmailChange(token: string): Promise<void> {
  try {
    await auth.api.verifyEmail({ query: { token }, headers: await authRequestHeaders() });
  } catch (error) {
    if (refused(error)) throw new ConflictError("email-link-invalid");
    throw error;
  }
}
