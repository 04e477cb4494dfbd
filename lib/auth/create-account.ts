import { isAPIError } from "better-auth/api";
import { ConflictError } from "../errors";
import type { Auth } from "./create-auth";

export type NewAccount = { name: string; email: string; password: string };

/**
 * Creates the account and its session (the cookie goes out through `headers`' response) and returns the user id.
 *
 * Policy for refusals (README, "Accounts and sign-up"): a taken email is refused exactly like any other sign-up
 * better-auth turns down, with one generic ConflictError that says nothing about which accounts exist, and every
 * refusal costs at least the password hash a successful sign-up costs. better-auth answers a taken email before
 * hashing, which would make that answer measurably faster than the others. The per-address sign-up limit, checked
 * before this runs, bounds how many addresses anyone can try. Server faults (5xx, database errors) stay faults.
 */
export async function createAccount(auth: Auth, account: NewAccount, headers: Headers): Promise<string> {
  try {
    return (await auth.api.signUpEmail({ body: account, headers })).user.id;
  } catch (error) {
    if (!isAPIError(error) || error.statusCode >= 500) throw error;
    await (await auth.$context).password.hash(account.password);
    throw new ConflictError("sign-up-refused");
  }
}
