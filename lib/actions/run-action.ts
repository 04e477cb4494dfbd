import "server-only";
import type { z } from "zod";
import { toFailure, toValidationFailure } from "../errors/messages";
import { assertSameOrigin } from "./assert-same-origin";
import type { ActionResult } from "./result";

/**
 * The frame every server action runs in: refuse a cross-site request, parse the untrusted input with its zod schema, run the work, and turn
 * any failure into a typed result. A refused request never reaches the database half-done: the work itself
 * writes in one transaction.
 */
export async function runAction<S extends z.ZodType, T>(schema: S, input: unknown, work: (input: z.infer<S>) => Promise<T>): Promise<ActionResult<T>> {
  try {
    await assertSameOrigin();
  } catch (error) {
    return toFailure(error);
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) return toValidationFailure(parsed.error);
  try {
    return { ok: true, data: await work(parsed.data) };
  } catch (error) {
    return toFailure(error);
  }
}
