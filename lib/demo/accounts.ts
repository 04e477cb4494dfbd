import type { PrismaClient } from "@prisma/client";
import type { Auth } from "../auth/create-auth";
import type { Role } from "../auth/roles";
import { setUserRole } from "../auth/set-role";
import { profileIdForUser } from "../auth/user-profile";
import type { Viewer } from "../auth/viewer";

/** Published in the README: these accounts exist only on local and test databases (see refusal.ts). */
export const DEMO_PASSWORD = "goldmine-demo-2026";

export type DemoAccount = { email: string; name: string; role: Role };

export const DEMO_ADMIN: DemoAccount = { email: "admin@demo.goldmine.local", name: "Demo Admin", role: "admin" };
export const DEMO_INSTRUCTOR: DemoAccount = {
  email: "teacher@demo.goldmine.local",
  name: "Demo Instructor",
  role: "instructor",
};
export const DEMO_LIN: DemoAccount = { email: "lin@demo.goldmine.local", name: "Lin Wei", role: "candidate" };
export const DEMO_SAM: DemoAccount = { email: "sam@demo.goldmine.local", name: "Sam Carter", role: "candidate" };
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [DEMO_ADMIN, DEMO_INSTRUCTOR, DEMO_LIN, DEMO_SAM];

/**
 * The demo account, signed up through better-auth (a real scrypt hash) the first time; afterwards its name,
 * role and password are put back to the published ones, so the README's logins always work.
 */
export async function ensureDemoAccount(
  db: PrismaClient,
  auth: Auth,
  account: DemoAccount,
): Promise<{ viewer: Viewer; created: boolean }> {
  const existing = await db.user.findUnique({ where: { email: account.email } });
  let userId: string;
  if (existing) {
    userId = existing.id;
    if (existing.name !== account.name) await db.user.update({ where: { id: userId }, data: { name: account.name } });
    await restorePassword(auth, userId);
  } else {
    const { user } = await auth.api.signUpEmail({
      body: { name: account.name, email: account.email, password: DEMO_PASSWORD },
    });
    userId = user.id;
    // Sign-up also signs in; nobody holds that session's cookie, so it would only sit in the table.
    await db.session.deleteMany({ where: { userId } });
  }
  const { role } = await setUserRole(db, { id: userId }, account.role);
  return {
    viewer: { userId, name: account.name, email: account.email, role, profileId: await profileIdForUser(db, userId) },
    created: !existing,
  };
}

async function restorePassword(auth: Auth, userId: string): Promise<void> {
  const ctx = await auth.$context;
  const credential = await ctx.internalAdapter.findCredentialAccount(userId);
  // A hash that is not scrypt's (edited by hand) throws rather than failing to match: replace it all the same.
  const matches = credential?.password
    ? await ctx.password.verify({ password: DEMO_PASSWORD, hash: credential.password }).catch(() => false)
    : false;
  if (matches) return;
  const hash = await ctx.password.hash(DEMO_PASSWORD);
  if (credential) await ctx.internalAdapter.updatePassword(userId, hash);
  else await ctx.internalAdapter.linkAccount({ userId, providerId: "credential", accountId: userId, password: hash });
}
