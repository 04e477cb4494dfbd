"use server";

import { redirectHere } from "../session/redirect-here";
import { signUpAccount } from "../auth/account-flows";
import { localizeFieldErrors } from "../auth/localize-fields";
import { SignUpSchema } from "../auth/schemas";
import type { ActionResult } from "../errors/result";
import { formInput } from "./form-input";
import { runAction } from "./run-action";

/** The sign-up form. On success the new account is signed in, owns the visitor's progress, and goes on to `next`. */
export async function signUp(
  _previous: ActionResult<string> | undefined,
  form: FormData,
): Promise<ActionResult<string>> {
  // An empty or missing field is "" so its own message ("enter your name") applies.
  const { name = "", email = "", password = "", next } = formInput(form, ["name", "email", "password", "next"]);
  const result = await runAction(SignUpSchema, { name, email, password, next }, async ({ data, now }) => {
    await signUpAccount(data, now);
    return data.next;
  });
  if (result.ok) await redirectHere(result.data);
  return localizeFieldErrors(result);
}
