"use server";

import { redirect } from "next/navigation";
import { signInAccount } from "../auth/account-flows";
import { localizeFieldErrors } from "../auth/localize-fields";
import { SignInSchema } from "../auth/schemas";
import type { ActionResult } from "./result";
import { runAction } from "./run-action";

/** The sign-in form: the same answer for an unknown email and a wrong password; rate limited. */
export async function signIn(_previous: ActionResult<string> | undefined, form: FormData): Promise<ActionResult<string>> {
  const input = { email: form.get("email") ?? "", password: form.get("password") ?? "", next: form.get("next") ?? undefined };
  const result = await runAction(SignInSchema, input, async (credentials) => {
    await signInAccount(credentials, new Date());
    return credentials.next;
  });
  if (result.ok) redirect(result.data);
  return localizeFieldErrors(result);
}
