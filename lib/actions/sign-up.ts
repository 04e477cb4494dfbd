"use server";

import { redirect } from "next/navigation";
import { signUpAccount } from "../auth/account-flows";
import { localizeFieldErrors } from "../auth/localize-fields";
import { SignUpSchema } from "../auth/schemas";
import type { ActionResult } from "./result";
import { runAction } from "./run-action";

/** The sign-up form. On success the new account is signed in, owns the visitor's progress, and goes on to `next`. */
export async function signUp(_previous: ActionResult<string> | undefined, form: FormData): Promise<ActionResult<string>> {
  const input = { name: form.get("name") ?? "", email: form.get("email") ?? "", password: form.get("password") ?? "", next: form.get("next") ?? undefined };
  const result = await runAction(SignUpSchema, input, async ({ next, ...account }) => {
    await signUpAccount({ ...account, next }, new Date());
    return next;
  });
  if (result.ok) redirect(result.data);
  return localizeFieldErrors(result);
}
