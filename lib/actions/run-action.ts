import "server-only";
import type { z } from "zod";
import type { Viewer } from "../auth/viewer";
import { toFailure, toValidationFailure } from "../errors/messages";
import type { ActionResult } from "../errors/result";
import { loadActor, type Actor, type SignedInActor } from "../session/actor";
import { requireAdmin, requireInstructor, requireViewer } from "../session/require-viewer";
import { assertSameOrigin } from "./assert-same-origin";

/** What the work of an action is handed: its parsed input, who acts, and the one clock reading it uses. */
export type ActionContext<D, A = Actor> = { data: D; actor: A; now: Date };

type Guard = () => Promise<Viewer>;

async function run<S extends z.ZodType, A, T>(
  schema: S,
  input: unknown,
  admit: (actor: Actor) => Promise<A>,
  work: (context: ActionContext<z.infer<S>, A>) => Promise<T>,
): Promise<ActionResult<T>> {
  try {
    await assertSameOrigin();
  } catch (error) {
    return toFailure(error);
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) return toValidationFailure(parsed.error);
  try {
    const now = new Date();
    const actor = await admit(loadActor(now));
    return { ok: true, data: await work({ data: parsed.data, actor, now }) };
  } catch (error) {
    return toFailure(error);
  }
}

const signedIn =
  (guard: Guard) =>
  async (actor: Actor): Promise<SignedInActor> => ({ ...actor, user: await guard() });

/**
 * The frame every server action runs in, as dub's action client: refuse a cross-site request, parse the untrusted
 * input with its zod schema, admit the actor, run the work with `{ data, actor, now }`, and turn any failure into a
 * typed result. A refused request never reaches the database half-done: the work itself writes in one transaction.
 */
export function runAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  work: (context: ActionContext<z.infer<S>>) => Promise<T>,
) {
  return run(schema, input, async (actor) => actor, work);
}

/** For actions of a signed-in person: anyone else gets the typed "sign in first" failure. */
export function runSignedInAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  work: (context: ActionContext<z.infer<S>, SignedInActor>) => Promise<T>,
) {
  return run(schema, input, signedIn(requireViewer), work);
}

/** For instructor actions (classes, assignments, grading); admins qualify too. */
export function runInstructorAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  work: (context: ActionContext<z.infer<S>, SignedInActor>) => Promise<T>,
) {
  return run(schema, input, signedIn(requireInstructor), work);
}

/** For admin actions (roles). */
export function runAdminAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  work: (context: ActionContext<z.infer<S>, SignedInActor>) => Promise<T>,
) {
  return run(schema, input, signedIn(requireAdmin), work);
}
