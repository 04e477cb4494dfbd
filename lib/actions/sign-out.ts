"use server";

import { redirectHere } from "../session/redirect-here";
import type { z } from "zod";
import { signOutEverywhere, signOutHere } from "../auth/account-flows";
import { SignOutSchema } from "../auth/schemas";
import { runAction } from "./run-action";

/** Signs this browser out, or with `everywhere` every browser the account is signed in on. */
export async function signOut(input: z.input<typeof SignOutSchema>) {
  const result = await runAction(SignOutSchema, input, async ({ data: { everywhere } }) => {
    if (everywhere) await signOutEverywhere();
    else await signOutHere();
  });
  if (result.ok) await redirectHere("/");
  return result;
}
