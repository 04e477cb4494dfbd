import { RoleSchema } from "../auth/roles";
import { setUserRole } from "../auth/set-role";
import { openDatabase } from "./open-database";
import { AppError } from "../errors";

/** `npm run user:role -- <email> <role>`: grants a role from the command line — how the first admin is made. */
const [email, roleArg] = process.argv.slice(2);
const role = RoleSchema.safeParse(roleArg);
if (!email || !role.success) {
  console.error(`usage: npm run user:role -- <email> <${RoleSchema.options.join("|")}>`);
  if (email && roleArg) console.error(`"${roleArg}" is not a role: use one of ${RoleSchema.options.join(", ")}`);
  process.exit(2);
}
const db = await openDatabase();
try {
  const user = await setUserRole(db, { email }, role.data);
  console.log(`✓ ${user.email} (${user.name}) is now ${user.role}`);
} catch (error) {
  if (!(error instanceof AppError)) throw error;
  console.error(
    error.code === "not-found"
      ? `no account with the email ${email}: sign up first, then run this again`
      : "refused: there must always be at least one admin",
  );
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
