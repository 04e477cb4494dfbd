import type { Question } from "../content/schemas/question";
import { contentLangFor } from "../content/pick-lang";
import { cardKeysOf } from "./card-keys";
import {
  CLOCK_SKEW_MS,
  EARLIEST_REVIEW,
  SyncEventSchema,
  type CardEvent,
  type ReviewEvent,
  type SyncItemResult,
  type UndoEvent,
} from "./sync-protocol";

export type Rejected = Extract<SyncItemResult, { status: "rejected" }>;
export type ParsedReview = { index: number; kind: "review"; event: ReviewEvent; reviewedAt: Date; question: Question };
export type ParsedUndo = { index: number; kind: "undo"; event: UndoEvent; at: Date };
export type ParsedCard = { index: number; kind: "card"; event: CardEvent; at: Date };
export type ParsedItem = ParsedReview | ParsedUndo | ParsedCard | Rejected;

/** Looks up a published question by id (the content snapshot on the server, a fixture in tests). */
export type QuestionLookup = (id: string) => Question | undefined;

export const reject = (index: number, id: unknown, field: string, message: string): Rejected => ({
  index,
  id: typeof id === "string" ? id : null,
  status: "rejected",
  field: field ? `events[${index}].${field}` : `events[${index}]`,
  message,
});

/** A device's clock: refused when it runs more than the allowed skew ahead of ours, or before the app existed. */
function clockProblem(at: Date, now: Date): string | undefined {
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS)
    return `is more than ${CLOCK_SKEW_MS / 60_000} minutes ahead of the server's clock (${now.toISOString()}): check the device's clock`;
  if (at.getTime() < EARLIEST_REVIEW.getTime())
    return `is before ${EARLIEST_REVIEW.toISOString()}: the device's clock is wrong`;
  return undefined;
}

/** A suspend, unsuspend or bury: of a card that exists, at a plausible time. */
function parseCardEvent(index: number, event: CardEvent, questionOf: QuestionLookup, now: Date): ParsedItem {
  const question = questionOf(event.questionId);
  if (!question) return reject(index, event.id, "questionId", `no published question "${event.questionId}"`);
  if (!cardKeysOf(question).some((k) => k.clozeIndex === event.clozeIndex))
    return reject(index, event.id, "clozeIndex", `question "${question.id}" has no card ${event.clozeIndex}`);
  const at = new Date(event.at);
  const problem = clockProblem(at, now);
  return problem ? reject(index, event.id, "at", problem) : { index, kind: "card", event, at };
}

/**
 * Checks each event by itself, before anything is read from the database: its shape (SyncEventSchema), that the
 * question is published and has that card, and that its time is plausible. A bad event is refused alone, naming its
 * field; the others go on. What needs the database (ids already used, what an undo names) is decided afterwards.
 */
export function parseSyncItems(events: readonly unknown[], questionOf: QuestionLookup, now: Date): ParsedItem[] {
  return events.map((raw, index): ParsedItem => {
    const rawId = typeof raw === "object" && raw !== null ? (raw as { id?: unknown }).id : undefined;
    const parsed = SyncEventSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return reject(index, rawId, issue.path.join("."), issue.message);
    }
    const event = parsed.data;
    if (event.kind === "undo") {
      const at = new Date(event.at);
      const problem = clockProblem(at, now);
      return problem ? reject(index, event.id, "at", problem) : { index, kind: "undo", event, at };
    }
    if (event.kind === "card") return parseCardEvent(index, event, questionOf, now);
    const question = questionOf(event.questionId);
    if (!question) return reject(index, event.id, "questionId", `no published question "${event.questionId}"`);
    if (!cardKeysOf(question).some((k) => k.clozeIndex === event.clozeIndex))
      return reject(index, event.id, "clozeIndex", `question "${question.id}" has no card ${event.clozeIndex}`);
    if (event.answer) {
      const points = question.langs[contentLangFor(question, event.lang)]?.keyPoints;
      if (!points)
        return reject(
          index,
          event.id,
          "answer",
          `question "${question.id}" has no key points to check an answer against`,
        );
      if (event.answer.verdicts.length !== points.length)
        return reject(
          index,
          event.id,
          "answer.verdicts",
          `must hold ${points.length} verdicts, one per key point, not ${event.answer.verdicts.length}`,
        );
    }
    const reviewedAt = new Date(event.reviewedAt);
    const problem = clockProblem(reviewedAt, now);
    return problem
      ? reject(index, event.id, "reviewedAt", problem)
      : { index, kind: "review", event, reviewedAt, question };
  });
}
