import type { PrismaClient } from "@prisma/client";
import { isAPIError } from "better-auth/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, type Auth } from "@/lib/auth/create-auth";
import { liveResetLink } from "@/lib/auth/reset-link";
import { createTempDatabase } from "../helpers/temp-db";

/** better-auth's reset, change-password and change-email flows as the app configures them, on a real database. */
let db: PrismaClient;
let auth: Auth;
const sent: { kind: "reset" | "email"; to: string; token: string }[] = [];
const resets: { id: string; email: string }[] = [];

beforeAll(async () => {
  ({ db } = await createTempDatabase());
  auth = createAuth({
    db,
    secret: "integration-test-secret-0123456789abcdef",
    baseURL: "http://localhost:3000",
    secureCookies: false,
    resetLinkExpiresInSec: 15 * 60,
    mail: {
      sendResetLink: async (to, token) => void sent.push({ kind: "reset", to: to.email, token }),
      sendEmailChangeLink: async (to, token) => void sent.push({ kind: "email", to: to.email, token }),
    },
    onPasswordReset: async (user) => void resets.push(user),
  });
});
afterAll(() => db.$disconnect());

const PASSWORD = "a long enough passphrase";
let n = 0;
async function signUp() {
  const email = `recover-${++n}@example.com`;
  const { user } = await auth.api.signUpEmail({ body: { name: `Person ${n}`, email, password: PASSWORD } });
  return { user, email };
}
async function signIn(email: string, password = PASSWORD) {
  const { headers } = await auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
  return new Headers({ cookie: headers.get("set-cookie")!.split(";")[0]! });
}
const lastMail = (to: string) => sent.filter((m) => m.to === to).at(-1);
const refusal = (work: Promise<unknown>) =>
  work.then(
    () => "accepted",
    (error: unknown) => (isAPIError(error) ? `refused ${error.statusCode}` : `fault ${String(error)}`),
  );

describe("password reset by emailed link", () => {
  it("answers an unknown address exactly like a real one, and mails only the real one", async () => {
    const { email } = await signUp();
    const real = await auth.api.requestPasswordReset({ body: { email } });
    const unknown = await auth.api.requestPasswordReset({ body: { email: "nobody@example.com" } });
    expect(unknown).toEqual(real);
    expect(lastMail(email)?.kind).toBe("reset");
    expect(lastMail("nobody@example.com")).toBeUndefined();
  });

  it("works once, ends every session of the account, and calls the audit hook with no token", async () => {
    const { user, email } = await signUp();
    await signIn(email);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(2);
    await auth.api.requestPasswordReset({ body: { email } });
    const { token } = lastMail(email)!;
    expect(await liveResetLink(db, token, new Date())).toEqual({ userId: user.id });

    await auth.api.resetPassword({ body: { token, newPassword: "another long passphrase" } });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(resets.at(-1)).toEqual({ id: user.id, email });
    expect(JSON.stringify(resets)).not.toContain(token);
    expect(await liveResetLink(db, token, new Date())).toBeNull();
    expect(await refusal(auth.api.resetPassword({ body: { token, newPassword: "a third long passphrase" } }))).toBe(
      "refused 400",
    );
    expect(await refusal(signIn(email))).toBe("refused 401");
    await signIn(email, "another long passphrase");
  });

  it("expires after the configured time", async () => {
    const { email } = await signUp();
    const before = Date.now();
    await auth.api.requestPasswordReset({ body: { email } });
    const { token } = lastMail(email)!;
    const row = await db.verification.findFirstOrThrow({ where: { identifier: `reset-password:${token}` } });
    expect(row.expiresAt.getTime() - before).toBeGreaterThanOrEqual(15 * 60 * 1000 - 1000);
    expect(row.expiresAt.getTime() - before).toBeLessThanOrEqual(15 * 60 * 1000 + 5000);
    expect(await liveResetLink(db, token, new Date(row.expiresAt.getTime() + 1))).toBeNull();

    await db.verification.update({ where: { id: row.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await refusal(auth.api.resetPassword({ body: { token, newPassword: "another long passphrase" } }))).toBe(
      "refused 400",
    );
    await signIn(email);
  });
});

describe("change password", () => {
  it("needs the current password, and signs out every other session while keeping a fresh one here", async () => {
    const { user, email } = await signUp();
    const here = await signIn(email);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(2);
    const body = {
      currentPassword: "not the password at all",
      newPassword: "a new long passphrase",
      revokeOtherSessions: true,
    };
    expect(await refusal(auth.api.changePassword({ body, headers: here }))).toBe("refused 400");

    const { token } = await auth.api.changePassword({ body: { ...body, currentPassword: PASSWORD }, headers: here });
    const left = await db.session.findMany({ where: { userId: user.id } });
    expect(left.map((s) => s.token)).toEqual([token]);
    await signIn(email, "a new long passphrase");
  });
});

describe("change email", () => {
  it("mails a confirmation to the new address, and changes the email only when it is followed, once", async () => {
    const { user, email } = await signUp();
    const here = await signIn(email);
    await auth.api.changeEmail({ body: { newEmail: "moved-here@example.com" }, headers: here });
    const mail = lastMail("moved-here@example.com")!;
    expect(mail.kind).toBe("email");
    expect(lastMail(email)).toBeUndefined();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(email);

    await auth.api.verifyEmail({ query: { token: mail.token } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe("moved-here@example.com");
    expect(await refusal(auth.api.verifyEmail({ query: { token: mail.token } }))).toBe("refused 401");
  });

  it("answers an address another account uses like any other, and sends it nothing", async () => {
    const taken = await signUp();
    const { email } = await signUp();
    const here = await signIn(email);
    const before = sent.length;
    const answer = await auth.api.changeEmail({ body: { newEmail: taken.email }, headers: here });
    expect(answer).toEqual({ status: true });
    expect(sent.length).toBe(before);
  });
});
