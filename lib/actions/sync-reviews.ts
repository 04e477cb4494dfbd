import "server-only";
import { getQuestion } from "../data/content";
import { loadLearnerSchedule } from "../data/learner-schedule";
import { dueForOptimisation, startOptimiser } from "../scheduling/fit-job";
import { privateJson } from "../data/private-json";
import { prisma } from "../db/client";
import { AppError, ConflictError, InvalidInputError } from "../errors";
import { toFailure } from "../errors/messages";
import { applySyncBatch } from "../review/apply-sync-batch";
import { parseSyncEnvelope } from "../review/parse-sync-request";
import type { SyncResponse } from "../review/sync-protocol";
import { loadActor } from "../session/actor";
import { assertSameOrigin } from "./assert-same-origin";

const STATUS: Partial<Record<AppError["code"], number>> = { forbidden: 403, conflict: 409, "invalid-input": 400 };

/** An error as the app words it (lib/errors/messages.ts), with the HTTP status that fits its code. */
async function failure(error: unknown, status?: number): Promise<Response> {
  const { error: body } = await toFailure(error);
  const code = error instanceof AppError ? error.code : undefined;
  return privateJson({ error: body }, status ?? (code && STATUS[code]) ?? 500);
}

/**
 * `POST /api/review/sync`: stores a batch of a device's flashcard events for the acting learner (created, cookie
 * and all, on their first write, as a server action would) and answers per item, with the state of every card the
 * batch touched. A batch made under another learner's profile is refused whole (409): it is theirs to save.
 */
export async function syncReviews(request: Request): Promise<Response> {
  const now = new Date();
  try {
    await assertSameOrigin();
  } catch (error) {
    return failure(error);
  }
  const parsed = parseSyncEnvelope(await request.text());
  if (!parsed.ok) return failure(new InvalidInputError(parsed.field, parsed.message), parsed.status);
  const { envelope } = parsed;
  try {
    const actor = loadActor(now);
    const profile = await actor.noteTimeZone(envelope.timeZone);
    if (envelope.profileId !== null && envelope.profileId !== profile.id) throw new ConflictError("other-learner");
    const settings = await actor.settings();
    const { schedule, reviews, fitReviews } = await loadLearnerSchedule(prisma, profile.id, settings.timeZone, now);
    const outcome = await applySyncBatch(prisma, {
      profileId: profile.id,
      events: envelope.events,
      questionOf: getQuestion,
      desiredRetention: settings.desiredRetention,
      schedule,
      now,
    });
    // Every doubling of the log (from 200 ratings) refits the learner's parameters, in the background.
    // Only ratings count towards the log's size (a card action is no rating).
    const stored = outcome.results.filter(
      (r) => r.status === "stored" && (envelope.events[r.index] as { kind?: unknown } | undefined)?.kind === "review",
    ).length;
    if (dueForOptimisation(reviews + stored, fitReviews))
      void startOptimiser(prisma, profile.id, settings.timeZone, now).catch((e) => console.error(e));
    const body: SyncResponse = { profileId: profile.id, ...outcome, serverTime: now.toISOString() };
    return privateJson(body);
  } catch (error) {
    return failure(error);
  }
}
