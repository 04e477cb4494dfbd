import "server-only";
import { isAPIError } from "better-auth/api";
import { cookies } from "next/headers";
import { prisma } from "../db/client";
import { InvalidCredentialsError } from "../errors";
import { dropProfileCookie, readProfileCookie } from "../profile/cookie-jar";
import { adoptAnonymousProfile } from "./adopt-profile";
import { clientIp } from "./client-ip";
import { createAccount } from "./create-account";
import { readEnv } from "../env";
import { accountKey, clearRateLimit, consumeRateLimit, ipKey, perIpLimits, SIGN_IN_PER_ACCOUNT } from "./rate-limit";
import { recordSignInLockout } from "./sign-in-lockout";
import { authRequestHeaders } from "./request-headers";
import type { SignInInput, SignUpInput } from "./schemas";
import { auth } from "./server";

/**
 * Creates the account, signs it in (better-auth sets the session cookie through nextCookies) and hands it the
 * visitor's anonymous progress. The anonymous cookie is then dropped: after signing out on a shared computer, the
 * next person must not see this account's progress through it. Every refusal, a taken email included, is one
 * generic answer (lib/auth/create-account.ts).
 */
export async function signUpAccount({ name, email, password }: SignUpInput, now: Date): Promise<void> {
  await consumeRateLimit(
    prisma,
    [[ipKey("sign-up", await clientIp()), perIpLimits(readEnv().AUTH_IP_LIMIT).signUp]],
    now,
  );
  const userId = await createAccount(auth, { name, email, password }, await authRequestHeaders());
  await adoptAnonymousProfile(prisma, userId, (await readProfileCookie(now))?.id);
  await dropProfileCookie();
}

/**
 * Signs in, rate limited per account and per address. A wrong password and an unknown email get the same answer
 * (and both count against the limits), so the form says nothing about which accounts exist.
 */
export async function signInAccount({ email, password }: SignInInput, now: Date): Promise<void> {
  await consumeRateLimit(
    prisma,
    [
      [accountKey(email), SIGN_IN_PER_ACCOUNT],
      [ipKey("sign-in", await clientIp()), perIpLimits(readEnv().AUTH_IP_LIMIT).signIn],
    ],
    now,
    (tx, key) => recordSignInLockout(tx, key, now),
  );
  try {
    await auth.api.signInEmail({ body: { email, password }, headers: await authRequestHeaders() });
  } catch (error) {
    if (isAPIError(error) && (error.status === "UNAUTHORIZED" || error.status === "BAD_REQUEST"))
      throw new InvalidCredentialsError();
    throw error;
  }
  await clearRateLimit(prisma, accountKey(email));
}

export async function signOutHere(): Promise<void> {
  await auth.api.signOut({ headers: await authRequestHeaders() });
}

/** Ends every session of the account (other browsers included), then this one's cookie. */
export async function signOutEverywhere(): Promise<void> {
  const headers = await authRequestHeaders();
  await auth.api.revokeSessions({ headers });
  // The session row is gone now, so signOut may refuse: the cookie is cleared by name either way.
  await auth.api.signOut({ headers }).catch(() => undefined);
  (await cookies()).delete((await auth.$context).authCookies.sessionToken.name);
}
