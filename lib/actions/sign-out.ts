"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { signOutEverywhere, signOutHere } from "../auth/account-flows";
import type { ActionResult } from "./result";
import { runAction } from "./run-action";

const SignOutSchema = z.object({ everywhere: z.boolean().default(false) });

/** Signs this browser out, or with `everywhere` every browser the account is signed in on. */
export async function signOut(input: z.input<typeof SignOutSchema>): Promise<ActionResult<void>> {
  const result = await runAction(SignOutSchema, input, async ({ everywhere }) => {
    if (everywhere) await signOutEverywhere();
    else await signOutHere();
  });
  if (result.ok) redirect("/");
  return result;
}
